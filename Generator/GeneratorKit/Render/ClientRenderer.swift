/// Renders a client namespace (`FilesClient`): one async method per operation that builds the
/// request value and hands it to the sender.
enum ClientRenderer {
    static func render(
        _ client: ClientDeclaration, operations: [OperationDeclaration], into printer: inout SwiftPrinter
    ) {
        printer.documentation(client.documentation)
        printer.block("public struct \(client.name): Sendable") { body in
            body.line("/// Sends the requests; the library's client, or any replacement for tests.")
            body.line("public let sender: any APIRequestSender")
            body.line()
            body.line("/// Creates the namespace over a sender.")
            body.block("public init(sender: any APIRequestSender)") { initializer in
                initializer.line("self.sender = sender")
            }
            for operation in operations {
                body.line()
                renderMethod(operation, into: &body)
                if let paging = operation.paging {
                    body.line()
                    PagedMethodRenderer.render(
                        operation, paging: paging, arguments: methodArguments(operation), into: &body)
                }
            }
        }
    }

    static func renderMethod(_ operation: OperationDeclaration, into printer: inout SwiftPrinter) {
        let requestMembers = OperationRenderer.storedMembers(operation)
        let parameterMembers = requestMembers.filter {
            $0.swiftName != "body" || operation.body?.flattenedProperties == nil
        }
        let bodyMembers = operation.body?.flattenedProperties ?? []
        let arguments = methodArguments(operation)
        let parameterDocs = parameterDocumentation(arguments)
        printer.documentation(operation.documentation, extra: parameterDocs.map { [$0] } ?? [])
        if operation.documentation.deprecated {
            printer.line(
                "@available(*, deprecated, message: \(SwiftLiteral.string("Deprecated in the API description.")))")
        }
        let response = OperationRenderer.responseType(operation.response)
        let result = response == "EmptyResponse" ? "" : " -> \(response)"
        let parameters = StructRenderer.parameterList(parameterMembers + bodyMembers)
        let siblings = (parameterMembers + bodyMembers).map(\.swiftName)
        let argument = { (member: PropertyDeclaration) in
            "\(member.swiftName): \(Naming.parameterReference(member.swiftName, among: siblings))"
        }
        printer.listBlock("public func \(Naming.escaped(operation.methodName))(", parameters, ") async throws\(result)")
        { body in
            var requestArguments = parameterMembers.filter { $0.swiftName != "body" }.map(argument)
            if let requestBody = operation.body {
                if let flattened = requestBody.flattenedProperties {
                    let fields = StructRenderer.initializerParameters(flattened).map(argument)
                    body.list("let body = \(TypeSpelling.swift(requestBody.type))(", fields, ")")
                }
                requestArguments.append("body: body")
            }
            let ordered = reorderForInitializer(requestArguments, members: requestMembers)
            body.list("let request = Operations.\(operation.typeName)(", ordered, ")")
            body.line(
                result.isEmpty
                    ? "_ = try await self.sender.send(request)" : "return try await self.sender.send(request)")
        }
    }

    /// The `- Parameters:` list of the members the schema describes, or nil when it describes none.
    static func parameterDocumentation(_ members: [PropertyDeclaration]) -> String? {
        let lines = members.compactMap { member -> String? in
            guard let summary = member.documentation.summary?.trimmed, !summary.isEmpty else { return nil }
            return "  - \(member.swiftName): \(summary.docLines.joined(separator: " "))"
        }
        return lines.isEmpty ? nil : (["- Parameters:"] + lines).joined(separator: "\n")
    }

    /// The method's DocC link target, `listFiles(parentFolderID:paging:)`: its name and argument labels.
    static func selector(_ operation: OperationDeclaration) -> String {
        operation.methodName + "(" + methodArguments(operation).map { $0.swiftName + ":" }.joined() + ")"
    }

    /// The client method's arguments in declaration order: parameters (or `body`), then flattened body fields.
    static func methodArguments(_ operation: OperationDeclaration) -> [PropertyDeclaration] {
        let parameterMembers = OperationRenderer.storedMembers(operation).filter {
            $0.swiftName != "body" || operation.body?.flattenedProperties == nil
        }
        return StructRenderer.initializerParameters(parameterMembers + (operation.body?.flattenedProperties ?? []))
    }

    /// The request initializer takes required members first; arguments must follow that order.
    private static func reorderForInitializer(_ arguments: [String], members: [PropertyDeclaration]) -> [String] {
        StructRenderer.initializerParameters(members).compactMap { member in
            arguments.first { $0.hasPrefix(member.swiftName + ":") }
        }
    }
}
