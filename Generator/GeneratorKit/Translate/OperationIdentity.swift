/// Gives every operation a stable ID and unique Swift names, in document order.
struct OperationIdentity {
    var operation: Operation
    var pathItem: PathItem
    var operationID: String
    var methodName: String
    var typeName: String

    static func assign(_ document: OpenAPIDocument) -> [OperationIdentity] {
        var pending: [(Operation, PathItem, String)] = []
        for item in document.paths {
            for operation in item.operations {
                // Without an operationId, the method and path name it: `get /pets/{id}` → `getPetsId`.
                let id = operation.operationID ?? (operation.method + " " + item.path)
                pending.append((operation, item, id))
            }
        }
        let methodNames = Naming.uniqued(pending.map { Naming.memberName($0.2) }, reserved: ["init", "sender"])
        let typeNames = Naming.uniqued(pending.map { Naming.typeName($0.2) })
        return pending.indices.map {
            OperationIdentity(
                operation: pending[$0].0, pathItem: pending[$0].1, operationID: pending[$0].2,
                methodName: methodNames[$0], typeName: typeNames[$0])
        }
    }
}
