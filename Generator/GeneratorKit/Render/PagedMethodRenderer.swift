/// Renders `…Paged` client methods: an `AsyncSequence` of every item of a paged operation, over the runtime's
/// `CursorPagedSequence`, `CountedPagedSequence` or `LinkPagedSequence` as the paging's style says.
enum PagedMethodRenderer {
    static func render(_ operation: OperationDeclaration, paging: PagingDeclaration, into printer: inout SwiftPrinter) {
        let itemType = TypeSpelling.swift(paging.itemType)
        let pageSize = paging.pageSizeName
        let cursor = paging.cursorName
        let maxPages = paging.maxPagesName
        // Every argument documented, as on the plain method, so that DocC finds none missing.
        let parameterDocs =
            (ClientRenderer.parameterDocumentation(paging.arguments) ?? "- Parameters:")
            + "\n  - \(maxPages): The most pages to fetch."
        printer.documentation(
            Documentation(summary: "Every item of ``\(ClientRenderer.selector(operation))`` — \(how(paging))."),
            extra: [
                "Pages are fetched as the sequence is iterated. Iteration ends after the last page\(end(paging)); "
                    + "more than `\(maxPages)` pages throw `CursorPagingError.pageLimitReached` instead of stopping "
                    + "silently.",
                parameterDocs,
            ])
        printer.deprecation(operation.documentation)
        // The sequence's own parameters: the paged method's, so that `self` is spelled as they declare it.
        let siblings = operation.clientMethod.arguments.map(\.swiftName) + [pageSize]
        let declarations =
            StructRenderer.parameterList(paging.arguments, among: siblings) + [
                "\(maxPages): Int = \(paging.defaultMaxPages)"
            ]
        let sequence = sequenceType(paging.style)
        printer.listBlock("public func \(paging.methodName)(", declarations, ") -> \(sequence)<\(itemType)>") {
            body in
            body.line("\(sequence)(\(sequenceArguments(paging))) { \(cursor) in")
            body.indented { closure in
                switch paging.slot {
                case .argument, .nested:
                    renderWixCall(operation, paging, siblings: siblings, into: &closure)
                case .arguments(let position, let size):
                    // Each value at the plain method's argument type: a request built here gets the wire's
                    // conversion from `ClientRenderer.renderRequest`, as the plain method's does.
                    let surfaceTypes = Dictionary(
                        operation.clientMethod.arguments.map { ($0.swiftName, $0.type) },
                        uniquingKeysWith: { first, _ in first })
                    let value = { (member: PropertyDeclaration) -> String in
                        let type = surfaceTypes[member.swiftName] ?? member.type
                        if member.swiftName == position?.swiftName { return converted(cursor, to: type) }
                        if member.swiftName == size?.swiftName { return convertedSize(pageSize, to: type) }
                        return SwiftSpelling.parameterReference(member.swiftName, among: siblings)
                    }
                    if paging.style == .link {
                        ClientRenderer.renderRequest(operation, into: &closure, value: value)
                        closure.line(
                            "let \(paging.responseName) = try await self.sender.send(FollowingLink(\(operation.clientMethod.requestVariable), link: \(cursor)))"
                        )
                    } else {
                        let arguments = operation.clientMethod.arguments.map { "\($0.swiftName): \(value($0))" }
                        closure.list(
                            "let \(paging.responseName) = try await self.\(operation.methodName)(", arguments, ")")
                    }
                }
                closure.list("return \(pageType(paging.style))(", pageArguments(paging), ")")
            }
            body.line("}")
        }
    }

    private static func how(_ paging: PagingDeclaration) -> String {
        switch paging.style {
        case .cursor: "all pages, following the cursor"
        case .pages: "all pages, by page number"
        case .offset: "all pages, by offset"
        case .link: "all pages, following the `Link` header's next page on the client's origin"
        }
    }

    private static func end(_ paging: PagingDeclaration) -> String {
        switch paging.style {
        case .cursor, .link: ""
        case .pages, .offset: " (an empty or short page, or the server's total reached)"
        }
    }

    /// `CursorPagedSequence<FileDescriptor>`: what the paged method returns.
    static func returnType(_ paging: PagingDeclaration) -> String {
        "\(sequenceType(paging.style))<\(TypeSpelling.swift(paging.itemType))>"
    }

    private static func sequenceType(_ style: PagingDeclaration.Style) -> String {
        switch style {
        case .cursor: "CursorPagedSequence"
        case .pages, .offset: "CountedPagedSequence"
        case .link: "LinkPagedSequence"
        }
    }

    private static func pageType(_ style: PagingDeclaration.Style) -> String {
        switch style {
        case .cursor: "CursorPage"
        case .pages, .offset: "CountedPage"
        case .link: "LinkedPage"
        }
    }

    private static func sequenceArguments(_ paging: PagingDeclaration) -> String {
        let maxPages = "maxPages: \(paging.maxPagesName)"
        let pageSize: String
        if case .arguments(_, .some) = paging.slot { pageSize = paging.pageSizeName } else { pageSize = "nil" }
        switch paging.style {
        case .cursor, .link: return maxPages
        case .pages(let firstPage):
            return "counting: .pages(firstPage: \(firstPage)), pageSize: \(pageSize), \(maxPages)"
        case .offset: return "counting: .items, pageSize: \(pageSize), \(maxPages)"
        }
    }

    /// The `Int` position as the argument's type.
    private static func converted(_ local: String, to type: TypeUsage) -> String {
        switch type {
        case .int32: "Int32(clamping: \(local))"
        case .int64: "Int64(\(local))"
        default: local
        }
    }

    /// `pageSize` is an `Int`; a narrower wire integer takes it clamped (the server refuses a size over its
    /// maximum, which any such clamp stays above).
    private static func convertedSize(_ pageSize: String, to type: TypeUsage) -> String {
        type == .int ? pageSize : "\(pageSize).map { \(TypeSpelling.swift(type))(clamping: $0) }"
    }

    /// Wix's paging object: the call with the object built from `pageSize` and the cursor.
    private static func renderWixCall(
        _ operation: OperationDeclaration, _ paging: PagingDeclaration, siblings: [String],
        into closure: inout SwiftPrinter
    ) {
        let pageSize = paging.pageSizeName
        let cursor = paging.cursorName
        var callArguments = operation.clientMethod.arguments.map {
            "\($0.swiftName): \(SwiftSpelling.parameterReference($0.swiftName, among: siblings))"
        }
        switch paging.slot {
        case .argument(let name, let pagingType, let limit, let cursorProperty, let limitFirst):
            let fields = ordered(
                limit: "\(limit.swiftName): \(convertedSize(pageSize, to: limit.type))",
                cursor: "\(cursorProperty.swiftName): \(cursor)", limitFirst)
            let index = callArguments.firstIndex { $0.hasPrefix(name + ":") }!
            callArguments[index] = "\(name): \(pagingType)(\(fields))"
        case .nested(let argument, let property, let pagingType, let limit, let cursorProperty, let limitFirst):
            let reference = SwiftSpelling.parameterReference(argument.swiftName, among: siblings)
            let container = TypeSpelling.swift(argument.type)
            closure.line("var \(reference) = \(reference)" + (argument.isOptional ? " ?? \(container)()" : ""))
            let member = "\(reference).\(SwiftSpelling.identifier(property.swiftName))"
            let fields = ordered(
                limit: "\(limit.swiftName): \(member)?.\(SwiftSpelling.identifier(limit.swiftName))",
                cursor: "\(cursorProperty.swiftName): \(cursor)",
                limitFirst)
            closure.line("\(member) = \(pagingType)(\(fields))")
        case .arguments:
            break
        }
        closure.list("let \(paging.responseName) = try await self.\(operation.methodName)(", callArguments, ")")
    }

    private static func ordered(limit: String, cursor: String, _ limitFirst: Bool) -> String {
        limitFirst ? "\(limit), \(cursor)" : "\(cursor), \(limit)"
    }

    /// `response.a?.b`: a path from the response, optional-chained where a step is optional.
    private static func chain(_ base: String, _ path: [PropertyDeclaration]) -> (text: String, isOptional: Bool) {
        var text = base
        for (index, step) in path.enumerated() {
            text += "." + SwiftSpelling.identifier(step.swiftName)
            if index < path.count - 1, step.isOptional { text += "?" }
        }
        return (text, path.contains(where: \.isOptional))
    }

    /// A count as an `Int`, whatever integer the wire's is.
    private static func count(_ base: String, _ path: [PropertyDeclaration]) -> String {
        let (text, isOptional) = chain(base, path)
        guard let type = path.last?.type, type != .int else { return text }
        return isOptional ? "(\(text)).map { Int(clamping: $0) }" : "Int(clamping: \(text))"
    }

    /// `items: response.files ?? []`, `nextCursor: response.nextCursor?.cursors?.next`, `hasNext: …`.
    private static func pageArguments(_ paging: PagingDeclaration) -> [String] {
        let response = paging.style == .link ? paging.responseName + ".body" : paging.responseName
        let items = chain(response, paging.items)
        var arguments = ["items: \(items.text)" + (items.isOptional ? " ?? []" : "")]
        switch paging.style {
        case .cursor where paging.nextIsInLastItem:
            let list = items.isOptional ? "(\(items.text) ?? [])" : items.text
            arguments.append("nextCursor: \(chain(list + ".last?", paging.next).text)")
            if let hasNext = paging.hasNext { arguments.append("hasNext: \(chain(response, hasNext).text)") }
        case .cursor:
            arguments.append("nextCursor: \(chain(response, paging.next).text)")
            if let hasNext = paging.hasNext { arguments.append("hasNext: \(chain(response, hasNext).text)") }
        case .pages, .offset:
            if let total = paging.totalItems { arguments.append("totalItems: \(count(response, total))") }
            if let pages = paging.totalPages { arguments.append("totalPages: \(count(response, pages))") }
            if let hasNext = paging.hasNext { arguments.append("hasMore: \(chain(response, hasNext).text)") }
        case .link where paging.next.isEmpty:
            arguments.append("next: \(paging.responseName).next")
        case .link:
            arguments.append("next: \(paging.responseName).resolving(\(chain(response, paging.next).text))")
        }
        return arguments
    }
}
