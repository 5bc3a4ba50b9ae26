/// Reads a response's model for the paging rules: where its list is, and paths to fields by name.
struct PagingResponseShape {
    let types: TypeTranslator

    /// The response's list: the response itself when it is an array, else its one array property (or the one
    /// named `items`, `data`, `results`… among several), looked for one level deeper when it has none.
    struct List {
        var path: [PropertyDeclaration]
        var element: TypeUsage
        /// The response struct the other paths start from; nil when the response is the list.
        var root: StructDeclaration?
    }

    func list(of response: ResponseDeclaration) -> List? {
        guard case .json(let type) = response else { return nil }
        if case .array(let element) = resolved(type) {
            return List(path: [], element: element, root: nil)
        }
        guard let root = structure(type) else { return nil }
        if let (property, element) = pickList(root) {
            return List(path: [property], element: element, root: root)
        }
        for property in root.properties {
            guard let inner = structure(property.type), let (list, element) = pickList(inner) else { continue }
            return List(path: [property, list], element: element, root: root)
        }
        return nil
    }

    /// The struct a type names (through aliases), or nil.
    func structure(_ type: TypeUsage) -> StructDeclaration? {
        guard case .named(let path) = type, case .named(let target) = types.aliasTarget(path),
            case .structure(let structure) = types.declarationsByPath[target]?.kind
        else { return nil }
        return structure
    }

    /// The type with aliases followed.
    func resolved(_ type: TypeUsage) -> TypeUsage {
        guard case .named(let path) = type else { return type }
        return types.aliasTarget(path)
    }

    private func pickList(_ structure: StructDeclaration) -> (PropertyDeclaration, TypeUsage)? {
        let lists = structure.properties.compactMap { property -> (PropertyDeclaration, TypeUsage)? in
            if case .array(let element) = resolved(property.type) { return (property, element) }
            return nil
        }
        if lists.count == 1 { return lists[0] }
        for name in PagingNames.items {
            let named = lists.filter { PagingNames.normalized($0.0.jsonKey) == name }
            if named.count == 1 { return named[0] }
        }
        return nil
    }

    /// The shallowest path (up to `PagingNames.maximumDepth` properties) from `root` to a property whose
    /// normalized JSON name is in `names` and whose type `accepts`; the first in declaration order at that depth.
    func path(in root: StructDeclaration?, named names: Set<String>, accepts: (TypeUsage) -> Bool)
        -> [PropertyDeclaration]?
    {
        guard let root else { return nil }
        var level: [([PropertyDeclaration], StructDeclaration)] = [([], root)]
        for _ in 0..<PagingNames.maximumDepth {
            var deeper: [([PropertyDeclaration], StructDeclaration)] = []
            for (prefix, node) in level {
                for property in node.properties {
                    if names.contains(PagingNames.normalized(property.jsonKey)), accepts(resolved(property.type)) {
                        return prefix + [property]
                    }
                    if let inner = structure(property.type) { deeper.append((prefix + [property], inner)) }
                }
            }
            level = deeper
        }
        return nil
    }

    /// The path named by dotted JSON names (`paging.next_cursor`) from `root`, or nil when a name is missing.
    func path(in root: StructDeclaration?, dotted: String) -> [PropertyDeclaration]? {
        var current = root
        var path: [PropertyDeclaration] = []
        for name in dotted.split(separator: ".", omittingEmptySubsequences: false) {
            guard let structure = current,
                let property = structure.properties.first(where: { $0.jsonKey == name })
            else { return nil }
            path.append(property)
            current = self.structure(property.type)
        }
        return path
    }

    static func isInteger(_ type: TypeUsage) -> Bool {
        switch type {
        case .int, .int32, .int64: true
        default: false
        }
    }
}
