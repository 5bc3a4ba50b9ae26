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
                    PagedMethodRenderer.render(operation, paging: paging, into: &body)
                }
            }
        }
    }

    static func renderMethod(_ operation: OperationDeclaration, into printer: inout SwiftPrinter) {
        let method = operation.clientMethod
        let parameterDocs = parameterDocumentation(method.arguments)
        printer.documentation(operation.documentation, extra: parameterDocs.map { [$0] } ?? [])
        printer.deprecation(operation.documentation)
        let response = OperationRenderer.responseType(operation.response)
        let result = response == "EmptyResponse" ? "" : " -> \(response)"
        let parameters = StructRenderer.parameterList(method.arguments)
        let siblings = method.arguments.map(\.swiftName)
        printer.listBlock(
            "public func \(SwiftSpelling.identifier(method.name))(", parameters, ") async throws\(result)"
        ) {
            body in
            renderRequest(operation, into: &body) { member in
                SwiftSpelling.parameterReference(member.swiftName, among: siblings)
            }
            let request = method.requestVariable
            body.line(
                result.isEmpty
                    ? "_ = try await self.sender.send(\(request))" : "return try await self.sender.send(\(request))")
        }
    }

    /// The expression that passes an argument to the request member of `wireType` (see `SurfaceIntegerRule`):
    /// the argument itself when the types agree, else converted with clamping.
    static func wireValue(_ reference: String, of member: PropertyDeclaration, wireType: TypeUsage?) -> String {
        guard let wireType else { return reference }
        let type = TypeSpelling.swift(wireType)
        return member.isOptional ? "\(reference).map { \(type)(clamping: $0) }" : "\(type)(clamping: \(reference))"
    }

    /// The lines that build the request value (`let request = Operations.ListFiles(…)`), each argument's value
    /// given by `value`; a flattened body is built first.
    static func renderRequest(
        _ operation: OperationDeclaration, into body: inout SwiftPrinter, value: (PropertyDeclaration) -> String
    ) {
        let method = operation.clientMethod
        func argument(_ member: PropertyDeclaration) -> String {
            "\(member.swiftName): \(wireValue(value(member), of: member, wireType: method.wireTypes[member.swiftName]))"
        }
        // The request initializer's arguments, in its order: each member from the method argument of the
        // same name, or the body from the value built of the flattened arguments.
        var requestArguments: [String] = []
        for member in PropertyDeclaration.initializerOrder(operation.requestMembers) {
            if let variable = method.flattenedBodyVariable, member.swiftName == operation.body?.memberName {
                requestArguments.append("\(member.swiftName): \(variable)")
            } else {
                requestArguments.append(argument(member))
            }
        }
        if let variable = method.flattenedBodyVariable, let requestBody = operation.body,
            let flattened = requestBody.flattenedProperties
        {
            let fields = PropertyDeclaration.initializerOrder(flattened).map(argument)
            body.list("let \(variable) = \(TypeSpelling.swift(requestBody.type))(", fields, ")")
        }
        let request = method.requestVariable
        body.list("let \(request) = Operations.\(operation.typeName)(", requestArguments, ")")
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
        operation.clientMethod.name + "(" + operation.clientMethod.arguments.map { $0.swiftName + ":" }.joined() + ")"
    }
}
