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
