/// Every type the generator declares — top-level, nested, and nested in a request builder — with its qualified
/// path (`Album.Cover`, `Operations.ListFiles.ResponseBody`), the key a `.named` type reference uses.
///
/// One walk for the passes that look at or adjust every declaration after translation, so that each of them
/// reaches the same types under the same paths.
enum DeclarationWalk {
    /// Calls `body` with each declaration and its path, parents before what they nest.
    static func forEach(
        in declarations: [TypeDeclaration], operations: [OperationDeclaration],
        _ body: (_ declaration: TypeDeclaration, _ path: String) -> Void
    ) {
        func visit(_ declaration: TypeDeclaration, path: String) {
            body(declaration, path)
            for nested in declaration.nested { visit(nested, path: path + "." + nested.name) }
        }
        for declaration in declarations { visit(declaration, path: declaration.name) }
        for operation in operations {
            for nested in operation.nested { visit(nested, path: builderPath(operation) + "." + nested.name) }
        }
    }

    /// Lets `body` change each declaration in place, given its path, parents before what they nest.
    static func update(
        _ declarations: inout [TypeDeclaration], operations: inout [OperationDeclaration],
        _ body: (_ declaration: inout TypeDeclaration, _ path: String) -> Void
    ) {
        func visit(_ declaration: inout TypeDeclaration, path: String) {
            body(&declaration, path)
            for index in declaration.nested.indices {
                visit(&declaration.nested[index], path: path + "." + declaration.nested[index].name)
            }
        }
        for index in declarations.indices { visit(&declarations[index], path: declarations[index].name) }
        for operationIndex in operations.indices {
            let prefix = builderPath(operations[operationIndex])
            for index in operations[operationIndex].nested.indices {
                visit(
                    &operations[operationIndex].nested[index],
                    path: prefix + "." + operations[operationIndex].nested[index].name)
            }
        }
    }

    /// Where an operation's request builder is declared: `Operations.<TypeName>`.
    private static func builderPath(_ operation: OperationDeclaration) -> String {
        "Operations.\(operation.typeName)"
    }
}
