/// Makes recursive types finite: a struct property whose type leads back to the struct is boxed, and
/// a union that contains itself is marked indirect (by boxing its payload the same way).
enum RecursionBreaker {
    static func breakCycles(in declarations: inout [TypeDeclaration], operations: inout [OperationDeclaration]) {
        var edges: [String: [String]] = [:]
        DeclarationWalk.forEach(in: declarations, operations: operations) { declaration, path in
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
        }
        // `path` stores `target` inline; the two are on a cycle when `target` leads back to `path`,
        // that is when both are in one strongly connected component. Computed once for all types:
        // searching from every property costs time quadratic in the length of a chain of types.
        let component = stronglyConnectedComponents(edges)
        func reaches(_ start: String, _ goal: String) -> Bool {
            start == goal || (component[start] != nil && component[start] == component[goal])
        }
        DeclarationWalk.update(&declarations, operations: &operations) { declaration, path in
            switch declaration.kind {
            case .structure(var structure):
                for index in structure.properties.indices {
                    if let target = directTarget(structure.properties[index].type), reaches(target, path) {
                        // The stored property behind the public one: `_` + its name.
                        structure.properties[index].boxStorageName = "_" + structure.properties[index].swiftName
                    }
                }
                declaration.kind = .structure(structure)
            case .union(var union):
                union.isIndirect = union.cases.contains { directTarget($0.type).map { reaches($0, path) } ?? false }
                declaration.kind = .union(union)
            default:
                break
            }
        }
    }

    /// Each node's strongly connected component, as a number (Tarjan's algorithm, with an explicit
    /// stack: chains of types can be thousands long).
    static func stronglyConnectedComponents(_ edges: [String: [String]]) -> [String: Int] {
        var order: [String: Int] = [:]
        var lowLink: [String: Int] = [:]
        var stack: [String] = []
        var onStack: Set<String> = []
        var component: [String: Int] = [:]
        var components = 0
        func visit(_ node: String) {
            order[node] = order.count
            lowLink[node] = order[node]
            stack.append(node)
            onStack.insert(node)
        }
        for start in edges.keys where order[start] == nil {
            visit(start)
            var work: [(node: String, nextEdge: Int)] = [(start, 0)]
            while let (node, nextEdge) = work.last {
                let successors = edges[node] ?? []
                if nextEdge < successors.count {
                    work[work.count - 1].nextEdge += 1
                    let successor = successors[nextEdge]
                    if order[successor] == nil {
                        visit(successor)
                        work.append((successor, 0))
                    } else if onStack.contains(successor) {
                        lowLink[node] = min(lowLink[node]!, order[successor]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent]!, lowLink[node]!) }
                guard lowLink[node] == order[node] else { continue }
                while let member = stack.popLast() {
                    onStack.remove(member)
                    component[member] = components
                    if member == node { break }
                }
                components += 1
            }
        }
        return component
    }

    /// The type a value of this usage stores inline; arrays and dictionaries already store on the heap.
    static func directTarget(_ usage: TypeUsage) -> String? {
        if case .named(let path) = usage { return path }
        return nil
    }
}
