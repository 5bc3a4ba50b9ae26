/// Decides which cases of discriminated unions encode their tag themselves (DESIGN-notes, "Discriminator tags
/// are written by the union"): a case selected by discriminator values whose payload is a generated struct.
///
/// Only a struct encodes as a keyed container the union can add the tag to; a payload that is itself a union,
/// an enum or an alias encodes as it did before. A struct's required string tag property that every such union
/// reads as one value gets that value as its initializer default, so `TextNote(text: "milk")` needs no tag.
enum DiscriminatorTagPlan {
    static func apply(to declarations: inout [TypeDeclaration], operations: inout [OperationDeclaration]) {
        var structures: Set<String> = []
        DeclarationWalk.forEach(in: declarations, operations: operations) { declaration, path in
            if case .structure = declaration.kind { structures.insert(path) }
        }
        DeclarationWalk.update(&declarations, operations: &operations) { declaration, _ in
            if case .union(var union) = declaration.kind, union.discriminatorProperty != nil {
                for index in union.cases.indices where !union.cases[index].discriminatorValues.isEmpty {
                    if case .named(let path) = union.cases[index].type, structures.contains(path) {
                        union.cases[index].writesTag = true
                    }
                }
                declaration.kind = .union(union)
            }
        }
        var tags: [String: [String: Set<String>]] = [:]
        DeclarationWalk.forEach(in: declarations, operations: operations) { declaration, _ in
            if case .union(let union) = declaration.kind, let property = union.discriminatorProperty {
                for unionCase in union.cases where unionCase.writesTag {
                    if case .named(let path) = unionCase.type {
                        tags[path, default: [:]][property, default: []].formUnion(unionCase.discriminatorValues)
                    }
                }
            }
        }
        DeclarationWalk.update(&declarations, operations: &operations) { declaration, path in
            guard case .structure(var structure) = declaration.kind, let byProperty = tags[path] else { return }
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
    }
}
