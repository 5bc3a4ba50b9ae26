/// Types Wix's `fieldMask` strings by the fields of the entity they name.
///
/// The rule: in an object schema, a property named `fieldMask` whose schema is a plain `type: string`
/// (no `enum`, no `format`), beside exactly one property that references a component schema of plain object
/// shape (properties, no `oneOf`/`anyOf`/`allOf`), becomes `FieldMask<Entity.Field>`; the entity then declares a
/// nested `Field` enum of its properties' JSON names. Any other `fieldMask` stays a string, so a schema that
/// does not match keeps generating exactly as before.
extension TypeTranslator {
    static let fieldMaskPropertyName = "fieldMask"

    /// Retypes the `fieldMask` member of one struct's properties when the rule above holds.
    func applyFieldMaskRule(
        properties: [(name: String, schema: Schema)], declarations: inout [PropertyDeclaration]
    ) throws(Diagnostic) {
        guard
            let maskIndex = properties.firstIndex(where: { $0.name == Self.fieldMaskPropertyName }),
            declarations[maskIndex].type == .string,
            properties[maskIndex].schema.enumValues == nil, properties[maskIndex].schema.format == nil
        else { return }
        var entities: [String] = []
        for (index, property) in properties.enumerated() where index != maskIndex {
            guard let reference = property.schema.reference, resolver.componentSchemaName(reference) != nil,
                case .named(let path) = declarations[index].type
            else { continue }
            let target = try resolvedSchema(reference)
            guard !target.properties.isEmpty, target.oneOf.isEmpty, target.anyOf.isEmpty, target.allOf.isEmpty
            else { continue }
            entities.append(path)
        }
        guard entities.count == 1 else { return }
        declarations[maskIndex].type = .fieldMask(of: entities[0])
        fieldMaskEntities.insert(entities[0])
    }
}

enum FieldMaskDetector {
    /// The nested enum each field-mask entity declares.
    static let fieldEnumName = "Field"

    /// Marks the entities of typed field masks, which makes Render print their `Field` enum. An entity that
    /// already nests a type of that name is refused: the mask's type would name the wrong one.
    static func declareFieldEnums(
        in declarations: inout [TypeDeclaration], for entities: Set<String>, diagnostics: DiagnosticCollector
    ) {
        guard !entities.isEmpty else { return }
        for index in declarations.indices where entities.contains(declarations[index].name) {
            guard case .structure(var structure) = declarations[index].kind else { continue }
            if declarations[index].nested.contains(where: { $0.name == fieldEnumName }) {
                diagnostics.report(
                    Diagnostic(
                        .error,
                        "'\(declarations[index].name)' is named by a field mask but already nests a type "
                            + "'\(fieldEnumName)'; rename that schema",
                        at: SourceLocation(file: "", line: 0, column: 0, pointer: declarations[index].pointer)))
                continue
            }
            structure.declaresFieldEnum = true
            declarations[index].kind = .structure(structure)
        }
    }
}
