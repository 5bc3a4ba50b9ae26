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
        _ document: OpenAPIDocument, reservedTypeNames: Set<String>, diagnostics: DiagnosticCollector
    ) -> [OperationIdentity] {
        var pending: [(Operation, PathItem, String)] = []
        for item in document.paths {
            for operation in item.operations {
                // Without an operationId, the method and path name it: `get /pets/{id}` → `getPetsId`.
                let id = operation.operationID ?? (operation.method + " " + item.path)
                pending.append((operation, item, id))
            }
        }
        let methodNames = Naming.uniqued(pending.map { Naming.memberName($0.2) }, reserved: ["init", "sender"])
        // `Operations` would shadow the namespace the builders live in.
        let typeNames = Naming.uniqued(
            pending.map { Naming.typeName($0.2) }, reserved: reservedTypeNames.union(["Operations"]), ignoringCase: true
        )
        let identities = pending.indices.map { index in
            let (operation, item, id) = pending[index]
            if methodNames[index] != Naming.memberName(id) || typeNames[index] != Naming.typeName(id) {
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
