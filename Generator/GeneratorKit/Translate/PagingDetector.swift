/// Finds paged operations and how to page them. In order, the first that applies wins:
///
/// 1. `x-paging` on the operation (`PagingExtension`): declared paging, or `false` for none.
/// 2. Wix's shape: a request paging object (`cursor` and `limit`) and a response with one list plus paging
///    metadata (`cursors.next`, optionally `hasNext`).
/// 3. Cursor: an optional string argument named like a cursor (`PagingNames.requestCursor`) and a response
///    field naming the next one (`PagingNames.responseCursor`, at any depth up to three); or, for
///    `starting_after` and `after`, a `last` field (PagerDuty's) or, with a has-more flag, the last item's
///    `id` (Stripe's convention).
/// 4. `Link`: a success response that declares a `Link` header (RFC 8288 `rel="next"`), or a next-page URL
///    field in the body (`PagingNames.responseLink`, Twilio's `next_page_uri`).
/// 5. Page number: an integer `page` argument, with an optional page size (`per_page`, `limit`…).
/// 6. Offset: an integer `offset` argument, with an optional page size (`limit`, `count`…).
///
/// Every convention also needs the response's list (`PagingResponseShape.list`). Such operations get
/// a generated `…Paged` method returning a runtime sequence. An operation that looks paged (a cursor, page or
/// offset argument, or a next-cursor or has-more field) but matches no rule gets a warning naming what is
/// missing, so that its author can add `x-paging`.
struct PagingDetector {
    let types: TypeTranslator
    var shape: PagingResponseShape { PagingResponseShape(types: types) }
    /// The names the paged method adds (its parameters, and its page closure's locals); an operation whose
    /// method already uses one keeps only its plain method.
    static let pageSizeName = "pageSize"
    static let maxPagesName = "maxPages"
    static let cursorName = "cursor"
    static let responseName = "response"
    static let defaultMaxPages = 1000

    func paging(for operation: OperationDeclaration, source: Operation, in item: PathItem) -> PagingDeclaration? {
        switch PagingExtension.read(source, operation: operation, shape: shape, resolver: types.resolver) {
        case .declared(let rule):
            return declaration(operation, rule)
        case .disabled:
            return nil
        case .invalid(let errors):
            for error in errors { types.diagnostics.report(error) }
            return nil
        case .absent:
            break
        }
        if let wix = wixPaging(for: operation) { return wix }
        var conventions = PagingConventions(operation: operation, source: source, item: item, types: types)
        if let rule = conventions.match() {
            return declaration(operation, rule)
        }
        if let missing = conventions.missing {
            types.diagnostics.warn(
                .warning(
                    "operation '\(operation.operationID)' looks paged (\(missing.evidence)) but matches no paging "
                        + "rule: \(missing.reason); it gets no paged method — declare `x-paging` to page it",
                    at: types.resolver.location(of: source.origin)))
        }
        return nil
    }

    /// A rule's paging as the declaration Render prints, or nil when the paged method's names would collide
    /// with the operation's own arguments.
    private func declaration(_ operation: OperationDeclaration, _ rule: PagingRule) -> PagingDeclaration? {
        var arguments = operation.clientMethod.arguments
        arguments.removeAll { $0.swiftName == rule.position?.swiftName || $0.swiftName == rule.size?.swiftName }
        let local = rule.positionLocal
        let added = [Self.maxPagesName, local, Self.responseName] + (rule.size == nil ? [] : [Self.pageSizeName])
        guard !arguments.contains(where: { added.contains($0.swiftName) }),
            operation.clientMethod.flattenedBodyVariable != local, operation.clientMethod.requestVariable != local
        else { return nil }
        if rule.size != nil {
            arguments.append(
                PropertyDeclaration(
                    swiftName: Self.pageSizeName, jsonKey: "", type: .int, isOptional: true,
                    documentation: Documentation(summary: "Items per page; the server's default when nil.")))
        }
        return PagingDeclaration(
            style: rule.style, slot: .arguments(position: rule.position, size: rule.size), items: rule.items,
            itemType: rule.itemType, next: rule.next, nextIsInLastItem: rule.nextIsInLastItem, hasNext: rule.hasMore,
            totalItems: rule.totalItems,
            totalPages: rule.totalPages, methodName: operation.clientMethod.name + "Paged",
            arguments: PropertyDeclaration.initializerOrder(arguments), pageSizeName: Self.pageSizeName,
            maxPagesName: Self.maxPagesName, defaultMaxPages: Self.defaultMaxPages, cursorName: local,
            responseName: Self.responseName)
    }

    /// Wix's shape (rule 2).
    private func wixPaging(for operation: OperationDeclaration) -> PagingDeclaration? {
        guard case .json(.named(let responsePath)) = operation.response,
            let response = structure(responsePath),
            let result = resultShape(response)
        else { return nil }
        guard let slot = requestSlot(operation) else { return nil }
        var hasNext: [PropertyDeclaration]?
        if let flag = result.hasNext { hasNext = [result.metadata, flag] }
        return PagingDeclaration(
            style: .cursor, slot: slot, items: [result.items], itemType: result.itemType,
            next: [result.metadata, result.cursors, result.next], nextIsInLastItem: false, hasNext: hasNext,
            totalItems: nil, totalPages: nil,
            methodName: operation.clientMethod.name + "Paged", arguments: pagedArguments(operation, slot),
            pageSizeName: Self.pageSizeName, maxPagesName: Self.maxPagesName, defaultMaxPages: Self.defaultMaxPages,
            cursorName: Self.cursorName, responseName: Self.responseName)
    }

    /// The plain method's arguments, with `pageSize` in place of a paging argument: an `Int`, whatever
    /// integer the wire's `limit` is, as counts are `Int` at the API surface; Render converts it.
    private func pagedArguments(_ operation: OperationDeclaration, _ slot: PagingDeclaration.Slot)
        -> [PropertyDeclaration]
    {
        var arguments = operation.clientMethod.arguments
        switch slot {
        case .argument(let name, _, _, _, _):
            arguments.removeAll { $0.swiftName == name }
            arguments.append(
                PropertyDeclaration(
                    swiftName: Self.pageSizeName, jsonKey: "", type: .int, isOptional: true,
                    documentation: Documentation(summary: "Items per page; the server's default when nil.")))
            return PropertyDeclaration.initializerOrder(arguments)
        case .arguments:
            return arguments
        case .nested(let argument, let property, _, _, _, _):
            // The request argument now also carries the paging: say so, as every argument is documented.
            for index in arguments.indices where arguments[index].swiftName == argument.swiftName {
                arguments[index].documentation = Documentation(
                    summary:
                        "The request; its `\(property.swiftName)` sets the page size, and the cursor is filled in.")
            }
            return arguments
        }
    }

    private func structure(_ path: String) -> StructDeclaration? {
        guard case .named(let target) = types.aliasTarget(path),
            case .structure(let structure) = types.declarationsByPath[target]?.kind
        else { return nil }
        return structure
    }

    private struct PagingShape {
        var path: String
        var limit: PropertyDeclaration
        var cursor: PropertyDeclaration
        /// Whether `limit` comes before `cursor` in the initializer.
        var limitFirst: Bool
    }

    /// A struct with `cursor: String` and an integer `limit`, everything optional: the paging object.
    private func pagingShape(_ type: TypeUsage) -> PagingShape? {
        guard case .named(let path) = type, let paging = structure(path),
            let cursorIndex = paging.properties.firstIndex(where: { $0.jsonKey == "cursor" && $0.type == .string }),
            let limitIndex = paging.properties.firstIndex(where: { $0.jsonKey == "limit" && isInteger($0.type) }),
            paging.properties.allSatisfy({ $0.isOptional })
        else { return nil }
        return PagingShape(
            path: path, limit: paging.properties[limitIndex], cursor: paging.properties[cursorIndex],
            limitFirst: limitIndex < cursorIndex)
    }

    private func isInteger(_ type: TypeUsage) -> Bool {
        switch type {
        case .int, .int32, .int64: true
        default: false
        }
    }

    /// Where the request carries the paging object: a parameter, a flattened body field, or one level
    /// deeper inside a body field (`query.cursorPaging`).
    private func requestSlot(_ operation: OperationDeclaration) -> PagingDeclaration.Slot? {
        let arguments = operation.parameters.map(\.asMember) + (operation.body?.flattenedProperties ?? [])
        let added = [Self.pageSizeName, Self.maxPagesName, Self.cursorName, Self.responseName]
        guard !arguments.contains(where: { added.contains($0.swiftName) }) else {
            return nil
        }
        for argument in arguments where argument.isOptional {
            if let shape = pagingShape(argument.type) {
                return .argument(
                    name: argument.swiftName, pagingType: shape.path, limit: shape.limit, cursor: shape.cursor,
                    limitFirst: shape.limitFirst)
            }
        }
        for argument in arguments {
            guard case .named(let path) = argument.type, let container = structure(path),
                !argument.isOptional || container.properties.allSatisfy(\.isOptional)
            else { continue }
            for property in container.properties where property.isOptional {
                if let shape = pagingShape(property.type) {
                    return .nested(
                        argument: argument, property: property, pagingType: shape.path, limit: shape.limit,
                        cursor: shape.cursor, limitFirst: shape.limitFirst)
                }
            }
        }
        return nil
    }

    private struct ResultShape {
        var items: PropertyDeclaration
        var itemType: TypeUsage
        var metadata: PropertyDeclaration
        var cursors: PropertyDeclaration
        var next: PropertyDeclaration
        var hasNext: PropertyDeclaration?
    }

    private func resultShape(_ response: StructDeclaration) -> ResultShape? {
        let lists = response.properties.compactMap { property -> (PropertyDeclaration, TypeUsage)? in
            if case .array(let element) = property.type { return (property, element) }
            return nil
        }
        guard lists.count == 1 else { return nil }
        for metadata in response.properties {
            guard case .named(let path) = metadata.type, let shape = structure(path),
                let cursors = shape.properties.first(where: { $0.jsonKey == "cursors" }),
                case .named(let cursorsPath) = cursors.type, let cursorsShape = structure(cursorsPath),
                let next = cursorsShape.properties.first(where: { $0.jsonKey == "next" && $0.type == .string })
            else { continue }
            let hasNext = shape.properties.first { $0.jsonKey == "hasNext" && $0.type == .bool }
            return ResultShape(
                items: lists[0].0, itemType: lists[0].1, metadata: metadata, cursors: cursors, next: next,
                hasNext: hasNext)
        }
        return nil
    }
}
