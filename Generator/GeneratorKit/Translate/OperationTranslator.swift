import Foundation

/// Turns each operation into a request builder, an error-code type and a client method.
struct OperationTranslator {
    let types: TypeTranslator
    var resolver: ReferenceResolver { types.resolver }
    /// The flattening rule: a body that is a plain struct with at most `maximumFlattenedRequiredProperties`
    /// required properties and at most `maximumFlattenedProperties` in all becomes separate arguments of the
    /// client method; any other takes one `body:` value. What a call site must write is the required
    /// arguments — the optional ones default to nil — so the rule bounds those tightly and the total loosely:
    /// similar operations (create a folder, import a file, ask for an upload URL) then look alike.
    static let maximumFlattenedProperties = 16
    static let maximumFlattenedRequiredProperties = 4

    /// Raised for a construct an operation cannot be generated without; the operation is skipped.
    struct Unsupported: Error {
        var diagnostic: Diagnostic
    }

    func translate(
        _ operation: Operation, in item: PathItem, operationID: String, methodName: String, typeName: String
    ) throws(Diagnostic) -> Result<OperationDeclaration, Unsupported> {
        let pointer = operation.origin.pointer.description
        let scope = TypeTranslator.Scope(
            path: "Operations." + typeName, takenNames: [typeName, "ErrorCode", "ErrorBody", "Response"])
        var parameters: [ParameterDeclaration] = []
        do {
            parameters = try translateParameters(
                mergedParameters(operation, item), operationPointer: pointer, scope: scope)
        } catch let unsupported as Unsupported {
            return .failure(unsupported)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
        var body: BodyDeclaration?
        if let referable = operation.requestBody {
            switch try translateBody(try resolver.requestBody(referable), scope: scope) {
            case .success(let declaration): body = declaration
            case .failure(let unsupported): return .failure(unsupported)
            }
        }
        if let flattened = body?.flattenedProperties {
            let parameterNames = Set(parameters.map(\.swiftName))
            if flattened.contains(where: {
                parameterNames.contains($0.swiftName) || [Self.bodyName, Self.requestName].contains($0.swiftName)
            }) {
                body?.flattenedProperties = nil
            }
        }
        let members = Self.requestMembers(parameters: parameters, body: body)
        let response: ResponseDeclaration
        switch try translateResponse(operation, scope: scope) {
        case .success(let declaration): response = declaration
        case .failure(let unsupported): return .failure(unsupported)
        }
        let errorBody = try translateErrorBody(operation, scope: scope)
        let errorCodes = try ErrorCodeCollector(resolver: resolver).codes(of: operation)
        let method = operation.method.uppercased()
        let explicitIdempotence = operation.extensions["x-idempotent"]?.bool
        return .success(
            OperationDeclaration(
                operationID: operationID,
                typeName: typeName,
                httpMethod: method,
                path: item.path,
                parameters: parameters,
                body: body,
                response: response,
                errorBody: errorBody,
                errorCodeType: errorCodes.isEmpty ? "AnyErrorCode" : typeName + "ErrorCode",
                errorCodes: errorCodes,
                isIdempotent: explicitIdempotence
                    ?? ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"].contains(method),
                documentation: Documentation(
                    summary: operation.summary, details: operation.description, deprecated: operation.deprecated,
                    replacement: operation.extensions["x-replacement"]?.string),
                tag: operation.tags.first ?? "",
                clientName: "",
                requestMembers: members,
                clientMethod: Self.clientMethod(named: methodName, members: members, body: body),
                nested: scope.nested,
                paging: nil,
                pointer: pointer
            ))
    }

    /// The request builder's member that holds the body, and the client method's locals for the body it
    /// builds from flattened arguments and for the request value. The first two are reserved in
    /// `GeneratedCodeNames.operationMembers`; a flattened body keeps its own argument when a field takes one.
    static let bodyName = "body"
    static let requestName = "request"

    /// Parameters, then the body, as the request builder's stored properties.
    static func requestMembers(parameters: [ParameterDeclaration], body: BodyDeclaration?) -> [PropertyDeclaration] {
        var members = parameters.map(\.asMember)
        if let body {
            members.append(
                PropertyDeclaration(
                    swiftName: body.memberName, jsonKey: "", type: body.type, isOptional: !body.isRequired,
                    documentation: body.documentation.isEmpty
                        ? Documentation(summary: "The request body.") : body.documentation))
        }
        return members
    }

    /// The client method: the request's members as arguments, a small body's properties in place of the body.
    static func clientMethod(named name: String, members: [PropertyDeclaration], body: BodyDeclaration?)
        -> ClientMethodDeclaration
    {
        let flattened = body?.flattenedProperties
        let direct = members.filter { flattened == nil || $0.swiftName != body?.memberName }
        var arguments = PropertyDeclaration.initializerOrder(direct + (flattened ?? []))
        let wireTypes = SurfaceIntegerRule.widen(&arguments)
        return ClientMethodDeclaration(
            name: name, arguments: arguments, wireTypes: wireTypes,
            flattenedBodyVariable: flattened == nil ? nil : bodyName, requestVariable: requestName)
    }

    /// Path-item parameters apply unless the operation redefines the same name and location.
    private func mergedParameters(_ operation: Operation, _ item: PathItem) throws(Diagnostic) -> [Parameter] {
        let own = try operation.parameters.map { (referable: Referable<Parameter>) throws(Diagnostic) in
            try resolver.parameter(referable)
        }
        let inherited = try item.parameters.map { (referable: Referable<Parameter>) throws(Diagnostic) in
            try resolver.parameter(referable)
        }
        let overridden = Set(own.map { "\($0.location.rawValue):\($0.name)" })
        let merged = inherited.filter { !overridden.contains("\($0.location.rawValue):\($0.name)") } + own
        return merged + undeclaredPathParameters(operation, path: item.path, declared: merged)
    }

    /// A `{name}` in the path template with no path parameter of that name is a common slip: it becomes a
    /// required `String` parameter, with a warning (an error under `--strict`).
    private func undeclaredPathParameters(_ operation: Operation, path: String, declared: [Parameter]) -> [Parameter] {
        let declaredNames = Set(declared.filter { $0.location == .path }.map(\.name))
        var added: [Parameter] = []
        var remainder = Substring(path)
        while let open = remainder.firstIndex(of: "{"), let close = remainder[open...].firstIndex(of: "}") {
            let name = String(remainder[remainder.index(after: open)..<close])
            remainder = remainder[remainder.index(after: close)...]
            guard !name.isEmpty, !declaredNames.contains(name), !added.contains(where: { $0.name == name }) else {
                continue
            }
            types.diagnostics.warn(
                .warning(
                    "path parameter '\(name)' is used in '\(path)' but not declared; generated as a required String",
                    at: resolver.location(of: operation.origin)))
            added.append(
                Parameter(
                    name: name, location: .path, description: nil, required: true, deprecated: false,
                    schema: .empty(at: operation.origin, types: ["string"]), style: nil, explode: nil,
                    contentMediaType: nil, extensions: JSONObject(members: []), origin: operation.origin))
        }
        return added
    }

    private func translateParameters(_ parameters: [Parameter], operationPointer: String, scope: TypeTranslator.Scope)
        throws -> [ParameterDeclaration]
    {
        let usable = parameters.filter { parameter in
            // Content negotiation and auth headers belong to the transport and the client, not to each call.
            if parameter.location == .header,
                ["accept", "content-type", "authorization"].contains(parameter.name.lowercased())
            {
                return false
            }
            return true
        }
        let names = Naming.uniqued(
            usable.map { Naming.memberName($0.name) }, reserved: GeneratedCodeNames.operationMembers)
        var result: [ParameterDeclaration] = []
        for (index, parameter) in usable.enumerated() {
            let origin = parameter.origin
            guard let schema = parameter.schema else {
                throw Unsupported(
                    diagnostic: resolver.error(
                        "parameter '\(parameter.name)' has neither 'schema' nor 'content'", at: origin))
            }
            let type = try usage(of: schema, nameHint: Naming.typeName(parameter.name), scope: scope)
            // A JSON `content` parameter travels as the value's JSON text, whatever its type.
            let isJSON = parameter.contentMediaType.map { Self.encodingIfSupported(of: $0) == .json } ?? false
            let kind = isJSON ? .jsonText : valueKind(type)
            let style = try parameterStyle(parameter, kind: kind)
            result.append(
                ParameterDeclaration(
                    swiftName: names[index], wireName: parameter.name, location: parameter.location, type: type,
                    isRequired: parameter.required || parameter.location == .path, style: style, valueKind: kind,
                    documentation: Documentation(
                        summary: parameter.description ?? schema.description, deprecated: parameter.deprecated)))
        }
        return result
    }

    private func parameterStyle(_ parameter: Parameter, kind: ParameterDeclaration.ValueKind) throws
        -> ParameterDeclaration.Style
    {
        switch parameter.location {
        case .path, .header:
            guard parameter.style == nil || parameter.style == "simple" else {
                throw Unsupported(
                    diagnostic: resolver.error(
                        "\(parameter.location.rawValue) parameter style '\(parameter.style!)' is not supported",
                        at: parameter.origin))
            }
            if parameter.location == .header && kind == .encodable {
                throw Unsupported(
                    diagnostic: resolver.error(
                        "header parameter '\(parameter.name)' is an object or a union, which is not supported; "
                            + "declare it with 'content' to send it as JSON",
                        at: parameter.origin))
            }
            return .simple
        case .cookie:
            if kind == .encodable {
                throw Unsupported(
                    diagnostic: resolver.error(
                        "cookie parameter '\(parameter.name)' is an object or a union, which is not supported; "
                            + "declare it with 'content' to send it as JSON",
                        at: parameter.origin))
            }
            return .form
        case .query:
            if parameter.extensions["x-query-key-style"]?.string == "dotted" { return .dotted }
            let explode = parameter.explode ?? ((parameter.style ?? "form") == "form")
            switch parameter.style ?? "form" {
            case "deepObject": return .deepObject
            case "form": return explode ? .form : .commaSeparated
            case "spaceDelimited": return .spaceDelimited
            case "pipeDelimited": return .pipeDelimited
            default:
                throw Unsupported(
                    diagnostic: resolver.error("unknown query style '\(parameter.style!)'", at: parameter.origin))
            }
        }
    }

    private func valueKind(_ type: TypeUsage) -> ParameterDeclaration.ValueKind {
        if types.isScalarQueryValue(type) { return .scalar }
        if case .array(let element) = type, types.isScalarQueryValue(element) { return .scalarArray }
        return .encodable
    }

    private func translateBody(_ body: RequestBody, scope: TypeTranslator.Scope) throws(Diagnostic) -> Result<
        BodyDeclaration, Unsupported
    > {
        guard let content = Self.preferredContent(body.content) else {
            let types = body.content.map(\.mediaType).joined(separator: ", ")
            return .failure(
                Unsupported(
                    diagnostic: resolver.error(
                        "request body media type \(types.isEmpty ? "(none)" : types) is not supported", at: body.origin)
                ))
        }
        let documentation = Documentation(summary: body.description)
        let encoding = Self.encoding(of: content.mediaType)
        switch encoding {
        case .binary:
            return .success(
                BodyDeclaration(
                    memberName: Self.bodyName, contentType: content.mediaType, encoding: .binary, type: .data,
                    isRequired: body.required,
                    documentation: documentation))
        case .text:
            return .success(
                BodyDeclaration(
                    memberName: Self.bodyName, contentType: content.mediaType, encoding: .text, type: .string,
                    isRequired: body.required,
                    documentation: documentation))
        case .json, .formURLEncoded, .multipart:
            guard let schema = content.schema else {
                return .success(
                    BodyDeclaration(
                        memberName: Self.bodyName, contentType: content.mediaType, encoding: encoding, type: .jsonValue,
                        isRequired: body.required,
                        documentation: documentation))
            }
            let type = try usage(of: schema, nameHint: "Body", scope: scope)
            var flattened: [PropertyDeclaration]?
            if case .named(let path) = type, let properties = types.flattenableProperties(path),
                properties.count <= Self.maximumFlattenedProperties,
                properties.filter({ !$0.isOptional }).count <= Self.maximumFlattenedRequiredProperties
            {
                flattened = properties
            }
            return .success(
                BodyDeclaration(
                    memberName: Self.bodyName, contentType: content.mediaType, encoding: encoding, type: type,
                    isRequired: body.required,
                    documentation: documentation, flattenedProperties: flattened))
        }
    }

    /// Inline schemas of this operation become types nested in its request builder; those that come from
    /// a shared component (`#/components/responses/PagedTracks/…`) serve several operations, so they
    /// become top-level types named after the component.
    private func usage(of schema: Schema, nameHint: String, scope: TypeTranslator.Scope) throws(Diagnostic) -> TypeUsage
    {
        let tokens = schema.origin.pointer.tokens
        guard tokens.count > 2, tokens[0] == "components", tokens[1] != "schemas" else {
            return try types.usage(of: schema, nameHint: nameHint, scope: scope)
        }
        return try types.usage(of: schema, nameHint: Naming.typeName(tokens[2]), scope: nil)
    }

    static func preferredContent(_ contents: [MediaTypeContent]) -> MediaTypeContent? {
        let ranked = contents.filter { encodingIfSupported(of: $0.mediaType) != nil }
        return ranked.first { encoding(of: $0.mediaType) == .json } ?? ranked.first
    }

    static func encodingIfSupported(of mediaType: String) -> BodyDeclaration.Encoding? {
        let type =
            mediaType.lowercased().split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if type == "application/json" || type.hasSuffix("+json") { return .json }
        if type == "application/x-www-form-urlencoded" { return .formURLEncoded }
        if type == "multipart/form-data" { return .multipart }
        if type.hasPrefix("text/") { return .text }
        if type == "application/octet-stream" || type == "*/*" || type.hasPrefix("image/") || type.hasPrefix("video/")
            || type.hasPrefix("audio/") || type == "application/pdf" || type == "application/zip"
        {
            return .binary
        }
        return nil
    }

    static func encoding(of mediaType: String) -> BodyDeclaration.Encoding {
        encodingIfSupported(of: mediaType) ?? .binary
    }

    private func translateResponse(_ operation: Operation, scope: TypeTranslator.Scope) throws(Diagnostic) -> Result<
        ResponseDeclaration, Unsupported
    > {
        let successes = operation.responses.filter { $0.status.hasPrefix("2") }
        guard successes.count > 1 else {
            guard let only = successes.first else { return .success(.empty) }
            return .success(
                try responseBody(try resolver.response(only.response), nameHint: "ResponseBody", scope: scope))
        }
        // Exact statuses are tried before the range, whatever the document's order.
        let ordered =
            successes.filter { $0.status.uppercased() != "2XX" } + successes.filter { $0.status.uppercased() == "2XX" }
        let names = Naming.uniqued(ordered.map { Self.statusCaseName($0.status) }, reserved: [])
        var cases: [StatusResponses.Case] = []
        for (index, success) in ordered.enumerated() {
            let response = try resolver.response(success.response)
            cases.append(
                StatusResponses.Case(
                    swiftName: names[index], status: success.status,
                    body: try responseBody(response, nameHint: Naming.typeName(names[index]) + "Body", scope: scope),
                    documentation: Documentation(summary: response.description)))
        }
        return .success(.statuses(StatusResponses(typePath: scope.path + ".Response", cases: cases)))
    }

    /// What one response's body decodes to; a response without content has none, and is never decoded.
    private func responseBody(_ response: Response, nameHint: String, scope: TypeTranslator.Scope) throws(Diagnostic)
        -> ResponseDeclaration
    {
        guard !response.content.isEmpty else { return .empty }
        guard let content = Self.preferredContent(response.content) else { return .binary }
        switch Self.encoding(of: content.mediaType) {
        case .binary: return .binary
        case .text: return .text
        case .json, .formURLEncoded, .multipart:
            guard let schema = content.schema else { return .json(.jsonValue) }
            return .json(try usage(of: schema, nameHint: nameHint, scope: scope))
        }
    }

    /// The documented error responses' JSON bodies (`4XX`, `5XX`, `default`, exact codes): one type when
    /// they all share it (the status is on the thrown error already), else an enum with a case per status.
    private func translateErrorBody(_ operation: Operation, scope: TypeTranslator.Scope) throws(Diagnostic)
        -> ErrorBodyDeclaration?
    {
        let errors = operation.responses.filter {
            $0.status.hasPrefix("4") || $0.status.hasPrefix("5") || $0.status == "default"
        }
        let rank: (String) -> Int = { status in
            status == "default" ? 2 : status.uppercased().hasSuffix("XX") ? 1 : 0
        }
        let ordered = errors.enumerated().sorted {
            (rank($0.element.status), $0.offset) < (rank($1.element.status), $1.offset)
        }
        .map(\.element)
        var documented: [(status: String, type: TypeUsage, description: String?)] = []
        for error in ordered {
            let response = try resolver.response(error.response)
            guard case .json(let type) = try responseBody(response, nameHint: "ErrorResponseBody", scope: scope) else {
                continue
            }
            documented.append((error.status, type, response.description))
        }
        guard let first = documented.first else { return nil }
        if documented.allSatisfy({ $0.type == first.type }) { return .single(first.type) }
        let names = Naming.uniqued(documented.map { Self.statusCaseName($0.status) }, reserved: [])
        return .statuses(
            StatusResponses(
                typePath: scope.path + ".ErrorBody",
                cases: documented.enumerated().map { index, error in
                    StatusResponses.Case(
                        swiftName: names[index], status: error.status, body: .json(error.type),
                        documentation: Documentation(summary: error.description))
                }))
    }

    /// The enum case of a success status: its reason phrase (`201` → `created`), `success` for the `2XX`
    /// range, `status` and the code for the rest.
    static func statusCaseName(_ status: String) -> String {
        let phrases = [
            "200": "ok", "201": "created", "202": "accepted", "203": "nonAuthoritativeInformation",
            "204": "noContent", "205": "resetContent", "206": "partialContent", "207": "multiStatus",
            "208": "alreadyReported", "226": "imUsed", "400": "badRequest", "401": "unauthorized",
            "402": "paymentRequired", "403": "forbidden", "404": "notFound", "405": "methodNotAllowed",
            "406": "notAcceptable", "408": "requestTimeout", "409": "conflict", "410": "gone",
            "412": "preconditionFailed", "413": "contentTooLarge", "415": "unsupportedMediaType",
            "422": "unprocessableContent", "429": "tooManyRequests", "500": "internalServerError",
            "501": "notImplemented", "502": "badGateway", "503": "serviceUnavailable", "504": "gatewayTimeout",
            "default": "default", "4XX": "clientError", "5XX": "serverError", "2XX": "success",
        ]
        if let phrase = phrases[status.uppercased()] ?? phrases[status] { return phrase }
        return Naming.memberName("status " + status)
    }
}
