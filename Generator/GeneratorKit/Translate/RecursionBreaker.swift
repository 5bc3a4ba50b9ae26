/// Makes recursive types finite: a struct property whose type leads back to the struct is boxed, and
/// a union that contains itself is marked indirect (by boxing its payload the same way).
enum RecursionBreaker {
    static func breakCycles(in declarations: inout [TypeDeclaration], operations: inout [OperationDeclaration]) {
        var edges: [String: [String]] = [:]
        func collect(_ declaration: TypeDeclaration, path: String) {
            switch declaration.kind {
            case .structure(let structure):
                edges[path] = structure.properties.compactMap { directTarget($0.type) }
            case .union(let union):
                edges[path] = union.cases.compactMap { directTarget($0.type) }
            case .alias(let usage):
                edges[path] = directTarget(usage).map { [$0] } ?? []
            case .enumeration:
                edges[path] = []
            }
            for nested in declaration.nested { collect(nested, path: path + "." + nested.name) }
        }
        for declaration in declarations { collect(declaration, path: declaration.name) }
        for operation in operations {
            for nested in operation.nested { collect(nested, path: "Operations.\(operation.typeName).\(nested.name)") }
        }
        func reaches(_ start: String, _ goal: String) -> Bool {
            var stack = [start]
            var visited: Set<String> = []
            while let next = stack.popLast() {
                if next == goal { return true }
                guard visited.insert(next).inserted else { continue }
                stack += edges[next] ?? []
            }
            return false
        }
        func fix(_ declaration: inout TypeDeclaration, path: String) {
            switch declaration.kind {
            case .structure(var structure):
                for index in structure.properties.indices {
                    if let target = directTarget(structure.properties[index].type), reaches(target, path) {
                        structure.properties[index].isBoxed = true
                    }
                }
                declaration.kind = .structure(structure)
            case .union(var union):
                union.isIndirect = union.cases.contains { directTarget($0.type).map { reaches($0, path) } ?? false }
                declaration.kind = .union(union)
            default:
                break
            }
            for index in declaration.nested.indices {
                fix(&declaration.nested[index], path: path + "." + declaration.nested[index].name)
            }
        }
        for index in declarations.indices { fix(&declarations[index], path: declarations[index].name) }
        for operationIndex in operations.indices {
            let prefix = "Operations.\(operations[operationIndex].typeName)"
            for index in operations[operationIndex].nested.indices {
                fix(
                    &operations[operationIndex].nested[index],
                    path: prefix + "." + operations[operationIndex].nested[index].name)
            }
        }
    }

    /// The type a value of this usage stores inline; arrays and dictionaries already store on the heap.
    static func directTarget(_ usage: TypeUsage) -> String? {
        if case .named(let path) = usage { return path }
        return nil
    }
}
