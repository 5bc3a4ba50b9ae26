/// Renders the response enum of an operation with several success statuses, and the `decodeResponse` that
/// picks its case by the response's status: a status without a body is never decoded, and one the
/// document does not list is an `UndocumentedStatusError`.
enum StatusResponseRenderer {
    static func render(_ statuses: StatusResponses, into printer: inout SwiftPrinter) {
        printer.line()
        printer.documentation(
            Documentation(summary: "A successful response: one case per status the API description documents."))
        printer.block("public enum Response: Sendable, Hashable") { body in
            for statusCase in statuses.cases {
                var documentation = statusCase.documentation
                documentation.details = "Status \(statusCase.status)."
                if documentation.summary == nil { documentation.summary = "Status \(statusCase.status)." }
                if documentation.summary == documentation.details { documentation.details = nil }
                body.documentation(documentation)
                let name = SwiftSpelling.identifier(statusCase.swiftName)
                switch payloadType(statusCase.body) {
                case let payload?: body.line("case \(name)(\(payload))")
                case nil: body.line("case \(name)")
                }
            }
        }
        printer.line()
        printer.line("/// Decodes the body by the response's status; a status without a body is not decoded.")
        printer.block("public func decodeResponse(_ body: Data, _ response: HTTPResponse) throws -> Response") {
            function in
            function.line("switch response.statusCode {")
            for statusCase in statuses.cases {
                let pattern = statusCase.status.uppercased() == "2XX" ? "200...299" : statusCase.status
                let name = SwiftSpelling.identifier(statusCase.swiftName)
                function.line("case \(pattern):")
                function.indented { branch in
                    switch decodeExpression(statusCase.body) {
                    case let expression?: branch.line("return .\(name)(\(expression))")
                    case nil: branch.line("return .\(name)")
                    }
                }
            }
            function.line("default:")
            function.indented { branch in
                branch.line("throw UndocumentedStatusError(statusCode: response.statusCode)")
            }
            function.line("}")
        }
    }

    /// The error-body enum of an operation whose error responses have bodies of different types, and the
    /// `decodeErrorBody` that picks its case: exact codes, then `4XX`/`5XX`, then `default`. An empty or
    /// undecodable body, or a status none covers, is nil.
    static func renderErrorBody(_ statuses: StatusResponses, into printer: inout SwiftPrinter) {
        printer.line()
        printer.documentation(
            Documentation(summary: "The body of an error response: one case per status the API description documents."))
        printer.block("public enum ErrorBody: Sendable, Hashable") { body in
            for statusCase in statuses.cases {
                var documentation = statusCase.documentation
                documentation.details = "Status \(statusCase.status)."
                if documentation.summary == nil { documentation.summary = documentation.details }
                if documentation.summary == documentation.details { documentation.details = nil }
                body.documentation(documentation)
                let payload = payloadType(statusCase.body) ?? "JSONValue"
                body.line("case \(SwiftSpelling.identifier(statusCase.swiftName))(\(payload))")
            }
        }
        printer.line()
        printer.line("/// Decodes an error body by the response's status; nil when it is empty or does not decode.")
        printer.block("public func decodeErrorBody(_ body: Data, _ response: HTTPResponse) -> ErrorBody?") {
            function in
            function.line("switch response.statusCode {")
            var hasDefault = false
            for statusCase in statuses.cases {
                let status = statusCase.status.uppercased()
                let pattern: String
                switch status {
                case "DEFAULT":
                    pattern = "default"
                    hasDefault = true
                case "4XX": pattern = "case 400...499"
                case "5XX": pattern = "case 500...599"
                default: pattern = "case \(statusCase.status)"
                }
                function.line(pattern + ":")
                let payload = payloadType(statusCase.body) ?? "JSONValue"
                let name = SwiftSpelling.identifier(statusCase.swiftName)
                function.indented { branch in
                    branch.line(
                        "return ResponseBodyDecoding.errorJSON(\(payload).self, from: body).map { .\(name)($0) }")
                }
            }
            if !hasDefault {
                function.line("default:")
                function.indented { $0.line("return nil") }
            }
            function.line("}")
        }
    }

    /// The associated value of a case, nil for a status without a body.
    static func payloadType(_ body: ResponseDeclaration) -> String? {
        switch body {
        case .empty, .statuses: nil
        default: OperationRenderer.responseType(body)
        }
    }

    static func decodeExpression(_ body: ResponseDeclaration) -> String? {
        switch body {
        case .json(let type): "try ResponseBodyDecoding.json(\(TypeSpelling.swift(type)).self, from: body)"
        case .text: "try ResponseBodyDecoding.text(body)"
        case .binary: "body"
        case .empty, .statuses: nil
        }
    }
}
