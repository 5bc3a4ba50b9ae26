/// Decides the client namespaces: one per tag (`files` → `FilesClient`), in the document's tag order.
struct ClientPlan {
    /// Operations without a tag go to a client named after this.
    static let untaggedName = "default"
    let tagOrder: [String]

    /// The user's names for tags' clients, and the prefix of every top-level type name.
    let overrides: NameOverrides
    let typeNamePrefix: String

    init(document: OpenAPIDocument, overrides: NameOverrides = NameOverrides(), typeNamePrefix: String = "") {
        self.overrides = overrides
        self.typeNamePrefix = typeNamePrefix
        var order = document.tags.map(\.name)
        var listed = Set(order)
        var descriptions: [String: String] = [:]
        for tag in document.tags { descriptions[tag.name] = tag.description }
        for item in document.paths {
            for operation in item.operations {
                let tag = operation.tags.first ?? Self.untaggedName
                if listed.insert(tag).inserted { order.append(tag) }
            }
        }
        self.tagOrder = order
        self.descriptions = descriptions
    }

    private let descriptions: [String: String]

    var clientTypeNames: [String] {
        tagOrder.map { typeNamePrefix + Naming.typeName(overrides.byTag[$0]?.swiftName ?? $0) + "Client" }
    }

    /// The client namespaces that have operations, each operation's `clientName` set to its namespace.
    func clients(for operations: inout [OperationDeclaration]) -> [ClientDeclaration] {
        let typeNames = Naming.uniqued(clientTypeNames)
        let propertyNames = Naming.uniqued(tagOrder.map { Naming.memberName(overrides.byTag[$0]?.swiftName ?? $0) })
        let tag = { (operation: OperationDeclaration) in operation.tag.isEmpty ? Self.untaggedName : operation.tag }
        let typeNamesByTag = Dictionary(zip(tagOrder, typeNames), uniquingKeysWith: { first, _ in first })
        for index in operations.indices {
            operations[index].clientName = typeNamesByTag[tag(operations[index])] ?? ""
        }
        let operationsByTag = Dictionary(grouping: operations, by: tag)
        return tagOrder.indices.compactMap { index in
            let tag = tagOrder[index]
            guard let ids = operationsByTag[tag]?.map(\.operationID) else { return nil }
            return ClientDeclaration(
                name: typeNames[index], propertyName: propertyNames[index],
                documentation: Documentation(summary: descriptions[tag] ?? "The `\(tag)` operations."),
                operationIDs: ids)
        }
    }
}
