/// Gives every operation a stable ID and unique Swift names, in document order.
struct OperationIdentity {
    var operation: Operation
    var pathItem: PathItem
    var operationID: String
    var methodName: String
    var typeName: String

    /// Identities in document order; a warning goes to `diagnostics` for each operation renamed to avoid a
    /// collision.
    /// `reservedTypeNames` are the top-level names the builders must not take: inside `extension Operations`
    /// a builder named like a model (or a runtime type such as `QueryItems`) would shadow it.
    static func assign(
        _ document: OpenAPIDocument, reservedTypeNames: Set<String>, diagnostics: DiagnosticCollector,
        overrides: NameOverrides = NameOverrides()
    ) -> [OperationIdentity] {
        var pending: [(Operation, PathItem, String)] = []
        for item in document.paths {
            for operation in item.operations {
                // Without an operationId, the method and path name it: `get /pets/{id}` → `getPetsId`.
                let id = operation.operationID ?? (operation.method + " " + item.path)
                pending.append((operation, item, id))
            }
        }
        // A chosen name (`x-swift-name` on the operation) names the method as written and the builder
        // capitalised; the derived names are made unique around the chosen ones.
        let chosen = pending.map { overrides.entry(at: $0.0.origin.pointer) }
        var methodAllocator = NameAllocator(reserved: ["init", "sender"])
        // `Operations` would shadow the namespace the builders live in.
        var typeAllocator = NameAllocator(reserved: reservedTypeNames.union(["Operations"]), ignoringCase: true)
        var chosenMethodNames: [Int: String] = [:]
        var chosenTypeNames: [Int: String] = [:]
        // Derived names count as taken too: a chosen name never pushes another operation's aside.
        let derivedMethods = Set(pending.indices.filter { chosen[$0] == nil }.map { Naming.memberName(pending[$0].2) })
        let derivedTypes = NameAllocator(
            reserved: pending.indices.filter { chosen[$0] == nil }.map { Naming.typeName(pending[$0].2) },
            ignoringCase: true)
        for (index, entry) in chosen.enumerated() {
            guard let entry else { continue }
            let method = Naming.memberName(entry.swiftName)
            let type = Naming.typeName(entry.swiftName)
            if methodAllocator.isTaken(method) || typeAllocator.isTaken(type) || derivedMethods.contains(method)
                || derivedTypes.isTaken(type)
            {
                diagnostics.report(
                    .error(
                        "the Swift name '\(entry.swiftName)' of operation '\(pending[index].2)' is already taken",
                        at: entry.location))
            }
            methodAllocator.reserve(method)
            typeAllocator.reserve(type)
            chosenMethodNames[index] = method
            chosenTypeNames[index] = type
        }
        let methodNames = pending.indices.map {
            chosenMethodNames[$0] ?? methodAllocator.claim(Naming.memberName(pending[$0].2))
        }
        let typeNames = pending.indices.map {
            chosenTypeNames[$0] ?? typeAllocator.claim(Naming.typeName(pending[$0].2))
        }
        let identities = pending.indices.map { index in
            let (operation, item, id) = pending[index]
            if chosen[index] == nil,
                methodNames[index] != Naming.memberName(id) || typeNames[index] != Naming.typeName(id)
            {
                let message =
                    methodNames[index] != Naming.memberName(id)
                    ? "operation '\(id)' is named '\(methodNames[index])' in Swift because '\(Naming.memberName(id))' is already taken"
                    : "operation '\(id)' has the request builder 'Operations.\(typeNames[index])' because '\(Naming.typeName(id))' is already taken"
                diagnostics.warn(
                    .warning(
                        message,
                        at: document.source.location(
                            ofOffset: operation.origin.offset, pointer: operation.origin.pointer)))
            }
            return OperationIdentity(
                operation: operation, pathItem: item, operationID: id, methodName: methodNames[index],
                typeName: typeNames[index])
        }
        return identities
    }
}
