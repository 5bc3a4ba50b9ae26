/// Decides which cases of discriminated unions encode their tag themselves (DESIGN-notes, "Discriminator tags
/// are written by the union"): a case selected by discriminator values whose payload is a generated struct.
///
/// Only a struct encodes as a keyed container the union can add the tag to; a payload that is itself a union,
/// an enum or an alias encodes as it did before. A struct's required string tag property that every such union
/// reads as one value gets that value as its initializer default, so `TextNote(text: "milk")` needs no tag.
enum DiscriminatorTagPlan {
    static func apply(to declarations: inout [TypeDeclaration], operations: inout [OperationDeclaration]) {
        var structures: Set<String> = []
        func collect(_ declaration: TypeDeclaration, path: String) {
            if case .structure = declaration.kind { structures.insert(path) }
            for nested in declaration.nested { collect(nested, path: path + "." + nested.name) }
        }
        for declaration in declarations { collect(declaration, path: declaration.name) }
        for operation in operations {
            for nested in operation.nested { collect(nested, path: "Operations.\(operation.typeName).\(nested.name)") }
        }
        func mark(_ declaration: inout TypeDeclaration) {
            if case .union(var union) = declaration.kind, union.discriminatorProperty != nil {
                for index in union.cases.indices where !union.cases[index].discriminatorValues.isEmpty {
                    if case .named(let path) = union.cases[index].type, structures.contains(path) {
                        union.cases[index].writesTag = true
                    }
                }
                declaration.kind = .union(union)
            }
            for index in declaration.nested.indices { mark(&declaration.nested[index]) }
        }
        for index in declarations.indices { mark(&declarations[index]) }
        for operationIndex in operations.indices {
            for index in operations[operationIndex].nested.indices { mark(&operations[operationIndex].nested[index]) }
        }
        var tags: [String: [String: Set<String>]] = [:]
        func collectTags(_ declaration: TypeDeclaration) {
            if case .union(let union) = declaration.kind, let property = union.discriminatorProperty {
                for unionCase in union.cases where unionCase.writesTag {
                    if case .named(let path) = unionCase.type {
                        tags[path, default: [:]][property, default: []].formUnion(unionCase.discriminatorValues)
                    }
                }
            }
            for nested in declaration.nested { collectTags(nested) }
        }
        for declaration in declarations + operations.flatMap(\.nested) { collectTags(declaration) }
        func setDefaults(_ declaration: inout TypeDeclaration, path: String) {
            if case .structure(var structure) = declaration.kind, let byProperty = tags[path] {
                for index in structure.properties.indices {
                    let property = structure.properties[index]
                    // Only one value can be a default: a struct under several tags of one property keeps it required.
                    guard property.type == .string, !property.isOptional, let values = byProperty[property.jsonKey],
                        values.count == 1
                    else { continue }
                    structure.properties[index].tagDefault = values.first
                }
                declaration.kind = .structure(structure)
            }
            for index in declaration.nested.indices {
                setDefaults(&declaration.nested[index], path: path + "." + declaration.nested[index].name)
            }
        }
        for index in declarations.indices { setDefaults(&declarations[index], path: declarations[index].name) }
        for operationIndex in operations.indices {
            let prefix = "Operations.\(operations[operationIndex].typeName)"
            for index in operations[operationIndex].nested.indices {
                setDefaults(
                    &operations[operationIndex].nested[index],
                    path: prefix + "." + operations[operationIndex].nested[index].name)
            }
        }
    }
}
