/// Renders `…Paged` client methods: an `AsyncSequence` of every item of a cursor-paged operation.
enum PagedMethodRenderer {
    static func render(_ operation: OperationDeclaration, paging: PagingDeclaration, into printer: inout SwiftPrinter) {
        let itemType = TypeSpelling.swift(paging.itemType)
        let plainArguments = operation.clientMethod.arguments
        let pageSize = paging.pageSizeName
        let cursor = paging.cursorName
        // The sequence's own parameters: the method's, with `pageSize` for a paging argument.
        let siblings = plainArguments.map(\.swiftName) + [pageSize]
        var callArguments = plainArguments.map {
            "\($0.swiftName): \(SwiftSpelling.parameterReference($0.swiftName, among: siblings))"
        }
        var setUp: [String] = []
        switch paging.slot {
        case .argument(let name, let pagingType, let limit, let cursorProperty, let limitFirst):
            // `pageSize` is an `Int`; a narrower wire integer takes it clamped (the server refuses a size over its
            // maximum, which any such clamp stays above).
            let limitValue =
                limit.type == .int ? pageSize : "\(pageSize).map { \(TypeSpelling.swift(limit.type))(clamping: $0) }"
            let fields = ordered(
                limit: "\(limit.swiftName): \(limitValue)", cursor: "\(cursorProperty.swiftName): \(cursor)",
                limitFirst)
            let index = callArguments.firstIndex { $0.hasPrefix(name + ":") }!
            callArguments[index] = "\(name): \(pagingType)(\(fields))"
        case .nested(let argument, let property, let pagingType, let limit, let cursorProperty, let limitFirst):
            let reference = SwiftSpelling.parameterReference(argument.swiftName, among: siblings)
            let container = TypeSpelling.swift(argument.type)
            setUp.append("var \(reference) = \(reference)" + (argument.isOptional ? " ?? \(container)()" : ""))
            let member = "\(reference).\(SwiftSpelling.identifier(property.swiftName))"
            let fields = ordered(
                limit: "\(limit.swiftName): \(member)?.\(SwiftSpelling.identifier(limit.swiftName))",
                cursor: "\(cursorProperty.swiftName): \(cursor)",
                limitFirst)
            setUp.append("\(member) = \(pagingType)(\(fields))")
        }
        let maxPages = paging.maxPagesName
        // Every argument documented, as on the plain method, so that DocC finds none missing.
        let parameterDocs =
            (ClientRenderer.parameterDocumentation(paging.arguments) ?? "- Parameters:")
            + "\n  - \(maxPages): The most pages to fetch."
        printer.documentation(
            Documentation(
                summary: "Every item of ``\(ClientRenderer.selector(operation))`` — all pages, following the cursor."),
            extra: [
                "Pages are fetched as the sequence is iterated. Iteration ends after the last page; more than "
                    + "`\(maxPages)` pages throw `CursorPagingError.pageLimitReached` instead of stopping silently.",
                parameterDocs,
            ])
        printer.deprecation(operation.documentation)
        let declarations =
            StructRenderer.parameterList(paging.arguments, among: siblings)
            + ["\(maxPages): Int = \(paging.defaultMaxPages)"]
        printer.listBlock(
            "public func \(paging.methodName)(", declarations, ") -> CursorPagedSequence<\(itemType)>"
        ) {
            body in
            body.line("CursorPagedSequence(maxPages: \(maxPages)) { \(cursor) in")
            body.indented { closure in
                for line in setUp { closure.line(line) }
                closure.list(
                    "let \(paging.responseName) = try await self.\(operation.methodName)(", callArguments, ")")
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
        let response = paging.responseName
        let items =
            "\(response).\(SwiftSpelling.identifier(paging.items.swiftName))"
            + (paging.items.isOptional ? " ?? []" : "")
        let metadata =
            "\(response).\(SwiftSpelling.identifier(paging.metadata.swiftName))"
            + (paging.metadata.isOptional ? "?" : "")
        let cursors =
            "\(metadata).\(SwiftSpelling.identifier(paging.cursors.swiftName))" + (paging.cursors.isOptional ? "?" : "")
        var arguments = [
            "items: \(items)", "nextCursor: \(cursors).\(SwiftSpelling.identifier(paging.next.swiftName))",
        ]
        if let hasNext = paging.hasNext {
            arguments.append("hasNext: \(metadata).\(SwiftSpelling.identifier(hasNext.swiftName))")
        }
        return arguments
    }
}
