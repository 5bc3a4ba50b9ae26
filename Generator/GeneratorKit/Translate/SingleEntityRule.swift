/// One shape for calls that return one entity: a response struct (the top-level type of some operation's
/// JSON response) whose only property is a struct conforms to `SingleEntityResponse`, so that
/// `try response.entity()` gives the entity without unwrapping an optional every time.
///
/// Only top-level structs qualify, and only when the property's type is a declared struct (not an enum,
/// union, alias of a scalar or array), which keeps lists and scalars out; a property named like the
/// protocol's own members would clash, so such a response is left as it is.
enum SingleEntityRule {
    static let reservedNames: Set<String> = ["wrappedEntity", "entityPropertyName", "entity"]

    static func apply(to declarations: inout [TypeDeclaration], responses: [ResponseDeclaration]) {
        var responseTypes: Set<String> = []
        for response in responses {
            if case .json(.named(let path)) = response { responseTypes.insert(path) }
        }
        var structs: Set<String> = []
        for declaration in declarations {
            if case .structure = declaration.kind { structs.insert(declaration.name) }
        }
        for index in declarations.indices where responseTypes.contains(declarations[index].name) {
            guard case .structure(var structure) = declarations[index].kind, structure.exclusiveChoice == nil,
                structure.properties.count == 1, let property = structure.properties.first,
                !reservedNames.contains(property.swiftName),
                case .named(let entity) = property.type, structs.contains(entity)
            else { continue }
            structure.entityProperty = property
            declarations[index].kind = .structure(structure)
        }
    }
}
