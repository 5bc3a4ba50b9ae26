/// Renders one operation's request builder: a value in `Operations` that holds the call's inputs and
/// turns them into an `HTTPRequest` without any network.
enum OperationRenderer {
    static func render(_ operation: OperationDeclaration, into printer: inout SwiftPrinter) {
        printer.block("extension Operations") { namespace in
            namespace.documentation(operation.documentation, extra: ["`\(operation.httpMethod) \(operation.path)`"])
            namespace.deprecation(operation.documentation)
            namespace.block("public struct \(operation.typeName): APIOperation, Hashable") { body in
                // The APIOperation requirements get comments of their own: the protocol's say what each is for
                // in general, these what it is for this operation (docs/DESIGN-notes.md, "Documentation").
                // Several success statuses declare `Response` as an enum of their own, further down.
                if case .statuses = operation.response {
                } else {
                    body.line("/// What a successful response decodes to.")
                    body.line("public typealias Response = \(responseType(operation.response))")
                }
                body.line("/// The application error codes an error response of this operation may carry.")
                body.line("public typealias ErrorCode = \(operation.errorCodeType)")
                if case .single(let type) = operation.errorBody {
                    body.line("/// What the body of a documented error response decodes to.")
                    body.line("public typealias ErrorBody = \(TypeSpelling.swift(type))")
                }
                body.line()
                body.line("/// The operation's `operationId` in the API description.")
                body.line("public static let operationID = \(SwiftSpelling.stringLiteral(operation.operationID))")
                body.line(
                    operation.isIdempotent
                        ? "/// `true`: sending the request again has no further effect, so a client may retry it."
                        : "/// `false`: sending the request again may repeat its effect, so a client sends it once.")
                body.line("public static let isIdempotent = \(operation.isIdempotent)")
                renderEndpoint(operation, into: &body)
                let members = operation.requestMembers
                if !members.isEmpty { body.line() }
                for member in members {
                    body.documentation(member.documentation)
                    body.line(
                        "public var \(SwiftSpelling.identifier(member.swiftName)): \(TypeSpelling.swift(member.type, optional: member.isOptional))"
                    )
                }
                body.line()
                body.line("/// Creates the request; optional inputs default to nil.")
                body.listBlock("public init(", StructRenderer.parameterList(members), ")") { initializer in
                    for member in members {
                        initializer.line(
                            "\(SwiftSpelling.selfMember(member.swiftName)) = \(SwiftSpelling.parameterReference(member.swiftName, among: members.map(\.swiftName)))"
                        )
                    }
                }
                body.line()
                renderMakeRequest(operation, into: &body)
                if case .statuses(let statuses) = operation.response {
                    StatusResponseRenderer.render(statuses, into: &body)
                }
                if case .statuses(let statuses) = operation.errorBody {
                    StatusResponseRenderer.renderErrorBody(statuses, into: &body)
                }
                ModelRenderer.renderNested(operation.nested, into: &body)
            }
        }
    }

    /// `static let endpoint`: the method, the path template and each input's wire name, for servers (the
    /// simulator) that route requests to the builder and read its inputs back.
    static func renderEndpoint(_ operation: OperationDeclaration, into printer: inout SwiftPrinter) {
        var items = [".\(operation.httpMethod.lowercased())", SwiftSpelling.stringLiteral(operation.path)]
        for parameter in operation.parameters {
            let name = SwiftSpelling.stringLiteral(parameter.swiftName)
            let wireName = SwiftSpelling.stringLiteral(parameter.wireName)
            items.append(".\(parameter.location.rawValue)(\(name), wireName: \(wireName))")
        }
        if let body = operation.body { items.append(".body(\(SwiftSpelling.stringLiteral(body.memberName)))") }
        printer.line(
            "/// The method, path template and wire name of each input, for servers that route to this operation.")
        printer.list("public static let endpoint: APIEndpoint? = APIEndpoint(", items, ")")
    }

    static func responseType(_ response: ResponseDeclaration) -> String {
        switch response {
        case .json(let type): TypeSpelling.swift(type)
        case .empty: "EmptyResponse"
        case .binary: "Data"
        case .text: "String"
        case .statuses(let statuses): statuses.typePath
        }
    }

    static func renderMakeRequest(_ operation: OperationDeclaration, into printer: inout SwiftPrinter) {
        printer.documentation(
            Documentation(summary: "The `\(operation.httpMethod) \(operation.path)` request with these inputs."))
        printer.block("public func makeRequest() throws -> HTTPRequest") { body in
            let queryParameters = operation.parameters.filter { $0.location == .query }
            if !queryParameters.isEmpty {
                body.line("var query = QueryItems()")
                for parameter in queryParameters {
                    body.line(queryStatement(parameter))
                }
            }
            let headerParameters = operation.parameters.filter { $0.location == .header }
            var fixedHeaders: [String] = []
            if operation.response.hasJSONBody {
                fixedHeaders.append("HTTPHeader(name: \"Accept\", value: \"application/json\")")
            }
            if let requestBody = operation.body {
                // A multipart body's content type names the boundary that separates its parts.
                let contentType =
                    requestBody.encoding == .multipart
                    ? "MultipartBody.contentType(boundary: boundary)"
                    : SwiftSpelling.stringLiteral(requestBody.contentType)
                if requestBody.encoding == .multipart { body.line("let boundary = MultipartBody.makeBoundary()") }
                fixedHeaders.append("HTTPHeader(name: \"Content-Type\", value: \(contentType))")
            }
            let cookieParameters = operation.parameters.filter { $0.location == .cookie }
            let headerKeyword = headerParameters.isEmpty && cookieParameters.isEmpty ? "let" : "var"
            if !fixedHeaders.isEmpty || !headerParameters.isEmpty || !cookieParameters.isEmpty {
                body.list("\(headerKeyword) headers: [HTTPHeader] = [", fixedHeaders, "]", trailingComma: true)
            }
            for parameter in headerParameters {
                let name = SwiftSpelling.selfMember(parameter.swiftName)
                let literal = SwiftSpelling.stringLiteral(parameter.wireName)
                if parameter.isRequired {
                    body.line(
                        "headers.append(HTTPHeader(name: \(literal), value: \(headerValue(name, parameter))))")
                } else {
                    body.block("if let value = \(name)") { conditional in
                        conditional.line(
                            "headers.append(HTTPHeader(name: \(literal), value: \(headerValue("value", parameter))))"
                        )
                    }
                }
            }
            renderCookies(cookieParameters, into: &body)
            let path = pathExpression(operation)
            for statement in path.statements { body.line(statement) }
            var arguments = [
                "method: .\(operation.httpMethod.lowercased())",
                "path: \(path.expression)",
            ]
            if !queryParameters.isEmpty { arguments.append("query: query") }
            if !fixedHeaders.isEmpty || !headerParameters.isEmpty || !cookieParameters.isEmpty {
                arguments.append("headers: headers")
            }
            if let requestBody = operation.body { arguments.append("body: \(bodyExpression(requestBody))") }
            body.line("return HTTPRequest(")
            body.indented { list in
                for (index, argument) in arguments.enumerated() {
                    list.line(argument + (index == arguments.count - 1 ? "" : ","))
                }
            }
            body.line(")")
        }
    }

    /// The text of a header or cookie value: JSON for a `content` parameter, else the scalar's (or the
    /// scalars' comma-joined) `queryValue`.
    /// Cookie parameters, as one `Cookie` header field of `name=value` pairs (values percent-encoded
    /// by `CookieHeader`); none when no cookie is set.
    static func renderCookies(_ parameters: [ParameterDeclaration], into body: inout SwiftPrinter) {
        guard !parameters.isEmpty else { return }
        body.line("var cookies = CookieHeader()")
        for parameter in parameters {
            let name = SwiftSpelling.selfMember(parameter.swiftName)
            let literal = SwiftSpelling.stringLiteral(parameter.wireName)
            if parameter.isRequired {
                body.line("cookies.append(\(literal), \(headerValue(name, parameter)))")
            } else {
                body.block("if let value = \(name)") { conditional in
                    conditional.line("cookies.append(\(literal), \(headerValue("value", parameter)))")
                }
            }
        }
        body.block("if let field = cookies.field") { conditional in
            conditional.line("headers.append(field)")
        }
    }

    static func headerValue(_ expression: String, _ parameter: ParameterDeclaration) -> String {
        if parameter.valueKind == .jsonText { return jsonText(expression, parameter) }
        return headerValue(expression, parameter.type)
    }

    /// `try JSONBody.text(value)`, with the wire adapter applied; `expression` is never optional.
    static func jsonText(_ expression: String, _ parameter: ParameterDeclaration) -> String {
        var required = parameter
        required.isRequired = true
        return "try JSONBody.text(\(encodableValue(expression, required)))"
    }

    static func headerValue(_ expression: String, _ type: TypeUsage) -> String {
        if case .array = type { return "\(expression).map(\\.queryValue).joined(separator: \",\")" }
        return "\(expression).queryValue"
    }

    static func queryStatement(_ parameter: ParameterDeclaration) -> String {
        let name = SwiftSpelling.stringLiteral(parameter.wireName)
        let value = SwiftSpelling.selfMember(parameter.swiftName)
        if parameter.valueKind == .jsonText {
            return parameter.isRequired
                ? "query.append(\(name), \(jsonText(value, parameter)))"
                : "query.append(\(name), try \(value).map { \(jsonText("$0", parameter)) })"
        }
        guard parameter.valueKind != .encodable else {
            let encoded = encodableValue(value, parameter)
            switch parameter.style {
            case .dotted: return "try query.appendDotted(\(name), \(encoded))"
            case .deepObject: return "try query.appendDeepObject(\(name), \(encoded))"
            case .form: return "try query.appendForm(\(name), \(encoded), explode: true)"
            case .commaSeparated, .spaceDelimited, .pipeDelimited, .simple:
                return "try query.appendForm(\(name), \(encoded), explode: false)"
            }
        }
        switch (parameter.style, parameter.valueKind) {
        case (.commaSeparated, .scalarArray): return "query.appendCommaSeparated(\(name), \(value))"
        case (.spaceDelimited, .scalarArray): return "query.appendJoined(\(name), \(value), separator: \" \")"
        case (.pipeDelimited, .scalarArray): return "query.appendJoined(\(name), \(value), separator: \"|\")"
        default: return "query.append(\(name), \(value))"
        }
    }

    /// The value with its wire adapter applied (`format: date` → `RFC3339FullDate`), ready to encode.
    static func encodableValue(_ value: String, _ parameter: ParameterDeclaration) -> String {
        guard TypeSpelling.needsAdapter(parameter.type) else { return value }
        return parameter.isRequired
            ? TypeSpelling.wrap(value, parameter.type) : TypeSpelling.wrapOptional(value, parameter.type)
    }

    /// The path as string literals joined with each parameter's segment, and the statements that encode those
    /// segments first (`let folderIDSegment = try PathEncoding.segment(self.folderID, parameter: "folderId")`).
    ///
    /// The `parameter:` variants refuse an empty value, which would drop the segment from the path; binding
    /// each segment to a local keeps the path expression within a line, however many parameters it has.
    static func pathExpression(_ operation: OperationDeclaration) -> (statements: [String], expression: String) {
        var statements: [String] = []
        var pieces: [String] = []
        var literal = ""
        var remainder = Substring(operation.path)
        while let open = remainder.firstIndex(of: "{"), let close = remainder[open...].firstIndex(of: "}") {
            literal += remainder[..<open]
            let name = String(remainder[remainder.index(after: open)..<close])
            if let parameter = operation.parameters.first(where: { $0.location == .path && $0.wireName == name }) {
                if !literal.isEmpty { pieces.append(SwiftSpelling.stringLiteral(literal)) }
                literal = ""
                let value = SwiftSpelling.selfMember(parameter.swiftName)
                let label = "parameter: \(SwiftSpelling.stringLiteral(parameter.wireName))"
                let local = parameter.swiftName + "Segment"
                statements.append(
                    parameter.valueKind == .jsonText
                        ? "let \(local) = try PathEncoding.segment(\(jsonText(value, parameter)), \(label))"
                        : parameter.valueKind == .scalar
                            ? "let \(local) = try PathEncoding.segment(\(value), \(label))"
                            : "let \(local) = try PathEncoding.segment(encoding: \(encodableValue(value, parameter)), \(label))"
                )
                pieces.append(local)
            } else {
                literal += "{\(name)}"
            }
            remainder = remainder[remainder.index(after: close)...]
        }
        literal += remainder
        if !literal.isEmpty || pieces.isEmpty { pieces.append(SwiftSpelling.stringLiteral(literal)) }
        return (statements, pieces.joined(separator: " + "))
    }

    static func bodyExpression(_ body: BodyDeclaration) -> String {
        let value = SwiftSpelling.selfMember(body.memberName)
        switch body.encoding {
        case .json:
            return body.isRequired ? "try JSONBody.encode(\(value))" : "try \(value).map { try JSONBody.encode($0) }"
        case .formURLEncoded:
            return body.isRequired ? "try FormBody.encode(\(value))" : "try \(value).map { try FormBody.encode($0) }"
        case .multipart:
            return body.isRequired
                ? "try MultipartBody.encode(\(value), boundary: boundary)"
                : "try \(value).map { try MultipartBody.encode($0, boundary: boundary) }"
        case .binary: return value
        case .text: return body.isRequired ? "Data(\(value).utf8)" : "\(value).map { Data($0.utf8) }"
        }
    }
}
