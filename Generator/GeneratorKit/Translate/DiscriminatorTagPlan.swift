/// Decides which cases of discriminated unions encode their tag themselves (DESIGN-notes, "Discriminator tags
/// are written by the union"): a case selected by discriminator values whose payload is a generated struct.
///
/// Only a struct encodes as a keyed container the union can add the tag to; a payload that is itself a union,
/// an enum or an alias encodes as it did before.
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
    }
}
