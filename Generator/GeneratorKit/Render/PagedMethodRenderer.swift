/// Renders `…Paged` client methods: an `AsyncSequence` of every item of a cursor-paged operation.
enum PagedMethodRenderer {
    static let defaultMaxPages = 1000

    static func render(
        _ operation: OperationDeclaration, paging: PagingDeclaration, arguments: [PropertyDeclaration],
        into printer: inout SwiftPrinter
    ) {
        let itemType = TypeSpelling.swift(paging.itemType)
        var parameters = arguments
        // The sequence's own parameters: the method's, with `pageSize` for a paging argument.
        let siblings = arguments.map(\.swiftName) + ["pageSize"]
        var callArguments = arguments.map {
            "\($0.swiftName): \(Naming.parameterReference($0.swiftName, among: siblings))"
        }
        var setUp: [String] = []
        switch paging.slot {
        case .argument(let name, let pagingType, let limit, let cursor, let limitFirst):
            parameters.removeAll { $0.swiftName == name }
            parameters.append(
                PropertyDeclaration(
                    swiftName: "pageSize", jsonKey: "", type: limit.type, isOptional: true, isBoxed: false,
                    documentation: Documentation(summary: "Items per page; the server's default when nil.")))
            let fields = ordered(
                limit: "\(limit.swiftName): pageSize", cursor: "\(cursor.swiftName): cursor", limitFirst)
            let index = callArguments.firstIndex { $0.hasPrefix(name + ":") }!
            callArguments[index] = "\(name): \(pagingType)(\(fields))"
        case .nested(let argument, let property, let pagingType, let limit, let cursor, let limitFirst):
            let reference = Naming.parameterReference(argument.swiftName, among: siblings)
            let container = TypeSpelling.swift(argument.type)
            setUp.append("var \(reference) = \(reference)" + (argument.isOptional ? " ?? \(container)()" : ""))
            let member = "\(reference).\(Naming.escaped(property.swiftName))"
            let fields = ordered(
                limit: "\(limit.swiftName): \(member)?.\(Naming.escaped(limit.swiftName))",
                cursor: "\(cursor.swiftName): cursor",
                limitFirst)
            setUp.append("\(member) = \(pagingType)(\(fields))")
            let index = parameters.firstIndex { $0.swiftName == argument.swiftName }!
            parameters[index].documentation = Documentation(
                summary: "The request; its `\(property.swiftName)` sets the page size, and the cursor is filled in.")
        }
        // Every parameter the non-paged method documents, so that DocC finds none missing.
        let maxPages = "  - maxPages: The most pages to fetch."
        let parameterDocs = ClientRenderer.parameterDocumentation(parameters).map { $0 + "\n" + maxPages }
        printer.documentation(
            Documentation(
                summary: "Every item of ``\(ClientRenderer.selector(operation))`` — all pages, following the cursor."),
            extra: [
                "Pages are fetched as the sequence is iterated. Iteration ends after the last page; more than "
                    + "`maxPages` pages throw `CursorPagingError.pageLimitReached` instead of stopping silently.",
                parameterDocs ?? "- Parameters:\n" + maxPages,
            ])
        if operation.documentation.deprecated {
            printer.line(
                "@available(*, deprecated, message: \(SwiftLiteral.string("Deprecated in the API description.")))")
        }
        let declarations =
            StructRenderer.parameterList(parameters, among: siblings) + ["maxPages: Int = \(defaultMaxPages)"]
        printer.listBlock(
            "public func \(operation.methodName)Paged(", declarations, ") -> CursorPagedSequence<\(itemType)>"
        ) {
            body in
            body.line("CursorPagedSequence(maxPages: maxPages) { cursor in")
            body.indented { closure in
                for line in setUp { closure.line(line) }
                closure.list("let response = try await self.\(operation.methodName)(", callArguments, ")")
                closure.list("return CursorPage(", pageArguments(paging), ")")
            }
            body.line("}")
        }
    }

    private static func ordered(limit: String, cursor: String, _ limitFirst: Bool) -> String {
        limitFirst ? "\(limit), \(cursor)" : "\(cursor), \(limit)"
    }

    /// `items: response.files ?? []`, `nextCursor: response.nextCursor?.cursors?.next`, `hasNext: …`.
    private static func pageArguments(_ paging: PagingDeclaration) -> [String] {
        let items = "response.\(Naming.escaped(paging.items.swiftName))" + (paging.items.isOptional ? " ?? []" : "")
        let metadata = "response.\(Naming.escaped(paging.metadata.swiftName))" + (paging.metadata.isOptional ? "?" : "")
        let cursors = "\(metadata).\(Naming.escaped(paging.cursors.swiftName))" + (paging.cursors.isOptional ? "?" : "")
        var arguments = ["items: \(items)", "nextCursor: \(cursors).\(Naming.escaped(paging.next.swiftName))"]
        if let hasNext = paging.hasNext {
            arguments.append("hasNext: \(metadata).\(Naming.escaped(hasNext.swiftName))")
        }
        return arguments
    }
}
