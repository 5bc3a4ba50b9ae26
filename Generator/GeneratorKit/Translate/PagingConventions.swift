/// The conventional paging shapes (rules 3–6 of `PagingDetector`), tried in order on one operation; when none
/// matches but the operation looks paged, `missing` says what it lacks.
struct PagingConventions {
    let operation: OperationDeclaration
    let source: Operation
    let item: PathItem
    let types: TypeTranslator
    /// Why an operation that looks paged matched no rule: what makes it look paged, and what is missing.
    private(set) var missing: (evidence: String, reason: String)?

    init(operation: OperationDeclaration, source: Operation, item: PathItem, types: TypeTranslator) {
        self.operation = operation
        self.source = source
        self.item = item
        self.types = types
    }

    private var shape: PagingResponseShape { PagingResponseShape(types: types) }
    private var arguments: [PropertyDeclaration] { operation.clientMethod.arguments }

    /// The first optional argument whose wire name is in `names` and whose type `accepts`.
    private func argument(_ names: Set<String>, _ accepts: (TypeUsage) -> Bool) -> PropertyDeclaration? {
        arguments.first {
            $0.isOptional && names.contains(PagingNames.normalized(name(of: $0))) && accepts(shape.resolved($0.type))
        }
    }

    private func name(of member: PropertyDeclaration) -> String {
        member.jsonKey.isEmpty ? member.swiftName : member.jsonKey
    }

    private static func isString(_ type: TypeUsage) -> Bool { type == .string }

    mutating func match() -> PagingRule? {
        let cursor = argument(PagingNames.requestCursor, Self.isString)
        let page = argument(PagingNames.pageNumber, PagingResponseShape.isInteger)
        let offset = argument(PagingNames.offset, PagingResponseShape.isInteger)
        let list = shape.list(of: operation.response)
        let root = list?.root
        let nextCursor =
            shape.path(in: root, named: PagingNames.responseCursor, accepts: Self.isString)
            ?? shape.path(in: root, named: PagingNames.responseCursorLoose, accepts: Self.isString)
        let strictHasMore = shape.path(in: root, named: PagingNames.hasMore) { $0 == .bool }
        let hasMore = strictHasMore ?? shape.path(in: root, named: PagingNames.hasMoreLoose) { $0 == .bool }
        // A next-cursor or has-more field tells only beside a top-level list, or in a metadata object without
        // a list: an entity with an embedded page of a sub-list (Stripe's `customer.sources.has_more`) is not
        // itself paged.
        let tellingField =
            (list?.path.count ?? 2) <= 1
            ? (shape.path(in: root, named: PagingNames.responseCursor, accepts: Self.isString) ?? strictHasMore)
                .flatMap { isBesideTheList($0) ? $0 : nil } : nil
        let evidence =
            [cursor, page, offset].compactMap { $0 }.map { "parameter '\(name(of: $0))'" }
            + (tellingField.map { ["response field '\(Self.dotted($0))'"] } ?? [])
        guard let list else {
            if !evidence.isEmpty || declaresLink {
                let because = evidence.isEmpty ? "a `Link` response header" : evidence.joined(separator: ", ")
                missing = (because, "its success response has no list (a JSON array, or one array property)")
            }
            return nil
        }
        var rule = PagingRule(style: .cursor, items: list.path, itemType: list.element)
        rule.hasMore = hasMore
        if let cursor, let nextCursor {
            rule.position = cursor
            rule.next = nextCursor
            rule.size = argument(PagingNames.cursorSize, PagingResponseShape.isInteger)
            return rule
        }
        let takesLastItem =
            cursor.map {
                PagingNames.requestLastItemCursor.contains(PagingNames.normalized(name(of: $0)))
            } ?? false
        if let cursor, takesLastItem,
            let last = shape.path(in: root, named: PagingNames.responseLastItemCursor, accepts: Self.isString)
        {
            rule.position = cursor
            rule.next = last
            rule.size = argument(PagingNames.cursorSize, PagingResponseShape.isInteger)
            return rule
        }
        if let cursor, hasMore != nil, takesLastItem,
            let item = shape.structure(list.element),
            let id = item.properties.first(where: {
                $0.jsonKey == PagingNames.itemID && shape.resolved($0.type) == .string
            })
        {
            rule.position = cursor
            rule.next = [id]
            rule.nextIsInLastItem = true
            rule.size = argument(PagingNames.cursorSize, PagingResponseShape.isInteger)
            return rule
        }
        let bodyLink = shape.path(in: root, named: PagingNames.responseLink, accepts: Self.isString)
        if declaresLink || bodyLink != nil {
            rule.style = .link
            rule.next = declaresLink ? [] : bodyLink ?? []
            rule.size = argument(
                PagingNames.pageNumberSize.union(PagingNames.cursorSize), PagingResponseShape.isInteger)
            return rule
        }
        rule.totalItems = shape.path(in: root, named: PagingNames.totalItems, accepts: PagingResponseShape.isInteger)
        rule.totalPages = shape.path(in: root, named: PagingNames.totalPages, accepts: PagingResponseShape.isInteger)
        if let page {
            rule.style = .pages(firstPage: firstPage(of: page))
            rule.position = page
            rule.size = argument(PagingNames.pageNumberSize, PagingResponseShape.isInteger)
            return rule
        }
        if let offset {
            rule.style = .offset
            rule.position = offset
            rule.size = argument(PagingNames.offsetSize, PagingResponseShape.isInteger)
            return rule
        }
        if let cursor {
            missing = (
                "parameter '\(name(of: cursor))'",
                "its response has no next-cursor field (next_cursor, next_page_token, next, cursor…) and declares "
                    + "no `Link` header"
            )
        } else if !evidence.isEmpty {
            missing = (
                evidence.joined(separator: ", "),
                "it has no cursor, page or offset parameter (cursor, page_token, page, offset…) to ask for the next page"
            )
        }
        return nil
    }

    /// Whether a response field is at the top level, or one level down in an object that holds no list.
    private func isBesideTheList(_ path: [PropertyDeclaration]) -> Bool {
        switch path.count {
        case 1: return true
        case 2:
            let container = shape.structure(path[0].type)?.properties ?? []
            return !container.contains { if case .array = shape.resolved($0.type) { true } else { false } }
        default: return false
        }
    }

    /// `paging.next_cursor`: a path as the wire spells it.
    static func dotted(_ path: [PropertyDeclaration]) -> String {
        path.map { $0.jsonKey.isEmpty ? $0.swiftName : $0.jsonKey }.joined(separator: ".")
    }

    /// Whether a success response declares a `Link` header (RFC 8288).
    private var declaresLink: Bool {
        for (status, referable) in source.responses where status.hasPrefix("2") {
            guard let response = try? types.resolver.response(referable) else { continue }
            if response.headers.contains(where: { $0.name.lowercased() == "link" }) { return true }
        }
        return false
    }

    /// 0 when the page parameter defaults to 0 (zero-based pages, as Spring's), else 1.
    private func firstPage(of page: PropertyDeclaration) -> Int {
        let parameters = (source.parameters + item.parameters).compactMap { try? types.resolver.parameter($0) }
        let declared = parameters.first { $0.name == page.jsonKey }
        return declared?.schema?.defaultValue?.numberLiteral == "0" ? 0 : 1
    }
}
