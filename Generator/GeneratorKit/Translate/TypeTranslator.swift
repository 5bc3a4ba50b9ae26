/// Turns schemas into `TypeUsage`s and `TypeDeclaration`s. One instance per generation: it remembers
/// which schema locations already became which Swift types, so each schema is declared once.
final class TypeTranslator {
    let resolver: ReferenceResolver
    /// Component schema name → Swift type name.
    private(set) var componentTypeNames: [String: String] = [:]
    /// Schema pointer → Swift type path, for every schema that became a declared type.
    private var declaredPointers: [String: String] = [:]
    /// Top-level names in use, so nested types never shadow them.
    /// Top-level names in use, lower-cased: names that differ only in case would share a file on
    /// case-insensitive file systems. A set kept up to date, because large documents declare thousands.
    private var topLevelNamesLowercased: Set<String>
    var warnings: [Diagnostic] = []
    /// Types created for references into the middle of other schemas (`#/components/schemas/A/properties/b`).
    var extraTopLevelTypes: [TypeDeclaration] = []
    /// Every declaration made so far by its Swift path, for questions about a type by name.
    private(set) var declarationsByPath: [String: TypeDeclaration] = [:]

    /// Names the generated code refers to unqualified; a schema with one of these names is renamed.
    static let reservedTypeNames = GeneratedCodeNames.types

    init(resolver: ReferenceResolver, reservedNames: Set<String>) {
        self.resolver = resolver
        let components = resolver.document.components.schemas
        let names = Naming.uniqued(
            components.map { name, _ in
                let candidate = Naming.typeName(name)
                return Self.reservedTypeNames.contains(candidate) || reservedNames.contains(candidate)
                    ? candidate + "Model" : candidate
            },
            reserved: Self.reservedTypeNames.union(reservedNames), ignoringCase: true)
        for (index, component) in components.enumerated() {
            let natural = Naming.typeName(component.name)
            if names[index] != natural {
                warnings.append(
                    .warning(
                        "schema '\(component.name)' is named '\(names[index])' in Swift because '\(natural)' is already taken",
                        at: resolver.location(of: component.schema.origin)))
            }
            componentTypeNames[component.name] = names[index]
            declaredPointers[component.schema.origin.pointer.description] = names[index]
        }
        topLevelNamesLowercased = Set(Self.reservedTypeNames.union(reservedNames).union(names).map { $0.lowercased() })
    }

    func location(_ schema: Schema) -> SourceLocation {
        resolver.location(of: schema.origin)
    }

    // MARK: - Components

    /// Declares one component schema as a top-level type.
    func declareComponent(name: String, schema: Schema) throws(Diagnostic) -> TypeDeclaration {
        let declaration = try makeComponentDeclaration(name: name, schema: schema)
        declarationsByPath[declaration.name] = declaration
        return declaration
    }

    /// `candidate`, or `candidate2`, `candidate3` … : the first that `isTaken` rejects not.
    private func firstFree(_ candidate: String, isTaken: (String) -> Bool) -> String {
        var name = candidate
        var counter = 2
        while isTaken(name) {
            name = "\(candidate)\(counter)"
            counter += 1
        }
        return name
    }

    private func claimTopLevelName(_ candidate: String) -> String {
        let name = firstFree(candidate) { topLevelNamesLowercased.contains($0.lowercased()) }
        topLevelNamesLowercased.insert(name.lowercased())
        return name
    }

    /// Marks names as taken without declaring anything: request builders' names, which share the file
    /// name space (`Operations/CreateThing.swift` and `Models/CreateThing.swift` cannot both compile in
    /// one SwiftPM target).
    func reserveNames(_ names: [String]) {
        for name in names { topLevelNamesLowercased.insert(name.lowercased()) }
    }

    /// Reserves a top-level name for a declaration made outside this translator (error-code enums).
    func reserveTopLevelName(_ candidate: String) -> String {
        let name = claimTopLevelName(candidate)
        return name
    }

    /// Whether values of the type are written into URLs through the runtime's `QueryValue`.
    func isScalarQueryValue(_ usage: TypeUsage) -> Bool {
        switch usage {
        case .string, .bool, .int, .int32, .int64, .double, .float, .date(.dateTime), .jsonValue: return true
        case .date(.fullDate), .data, .array, .dictionary: return false
        case .named(let path):
            switch declarationsByPath[path]?.kind {
            case .enumeration: return true
            case .alias(let target): return isScalarQueryValue(target)
            default: return false
            }
        }
    }

    /// The properties of a plain struct, or nil when the type is not one (unions, choices, aliases).
    func flattenableProperties(_ path: String) -> [PropertyDeclaration]? {
        guard case .structure(let structure) = declarationsByPath[path]?.kind, structure.exclusiveChoice == nil else {
            return nil
        }
        return structure.properties
    }

    private func makeComponentDeclaration(name: String, schema: Schema) throws(Diagnostic) -> TypeDeclaration {
        let swiftName = componentTypeNames[name]!
        if let reference = schema.reference {
            // Following the chain first refuses `A → B → A`, which would alias types to each other.
            _ = try resolver.resolveSchema(reference)
            // `Pet: {$ref: Animal}` — an alias keeps the schema's name usable.
            return TypeDeclaration(
                name: swiftName, documentation: documentation(schema), kind: .alias(try usage(ofReference: reference)),
                nested: [], pointer: schema.origin.pointer.description)
        }
        if let declaration = try declaration(for: schema, name: swiftName, path: swiftName) {
            return declaration
        }
        // Not `usage(of:)`: that would find this component's own pointer and alias the type to itself.
        return TypeDeclaration(
            name: swiftName, documentation: documentation(schema),
            kind: .alias(try primitiveUsage(of: schema, nameHint: swiftName, scope: nil)),
            nested: [], pointer: schema.origin.pointer.description)
    }

    // MARK: - Usages

    /// A scope collects the types nested in one declaration while its members are translated.
    final class Scope {
        let path: String
        var nested: [TypeDeclaration] = []
        var takenNames: Set<String>

        init(path: String, takenNames: Set<String>) {
            self.path = path
            self.takenNames = takenNames
        }
    }

    /// The Swift type for `schema`. Inline schemas that need a declaration become types nested in `scope`
    /// (or, without a scope, top-level types named `nameHint`).
    func usage(of schema: Schema, nameHint: String, scope: Scope?) throws(Diagnostic) -> TypeUsage {
        if let reference = schema.reference {
            return try usage(ofReference: reference)
        }
        if let declared = declaredPointers[schema.origin.pointer.description] {
            return .named(declared)
        }
        if let single = singleMeaningfulAlternative(schema) {
            return try usage(of: single, nameHint: nameHint, scope: scope)
        }
        if needsDeclaration(schema) {
            let name: String
            let path: String
            if let scope {
                name = firstFree(nameHint) {
                    scope.takenNames.contains($0) || topLevelNamesLowercased.contains($0.lowercased())
                }
                scope.takenNames.insert(name)
                path = scope.path + "." + name
            } else {
                name = claimTopLevelName(nameHint)
                path = name
            }
            declaredPointers[schema.origin.pointer.description] = path
            guard let declaration = try declaration(for: schema, name: name, path: path) else {
                declaredPointers[schema.origin.pointer.description] = nil
                return .jsonValue
            }
            declarationsByPath[path] = declaration
            if let scope { scope.nested.append(declaration) } else { extraTopLevelTypes.append(declaration) }
            return .named(path)
        }
        return try primitiveUsage(of: schema, nameHint: nameHint, scope: scope)
    }

    func usage(ofReference reference: Reference) throws(Diagnostic) -> TypeUsage {
        if let component = resolver.componentSchemaName(reference) {
            guard let name = componentTypeNames[component] else {
                throw resolver.error(
                    "reference '\(reference.target)' names a schema that is not in components/schemas",
                    at: reference.origin)
            }
            return .named(name)
        }
        if let declared = declaredPointers[reference.target]
            ?? JSONPointer(fragment: reference.target).flatMap({ declaredPointers[$0.description] })
        {
            return .named(declared)
        }
        let target = try resolver.resolveSchema(reference)
        let hint = Naming.typeName(
            target.origin.pointer.tokens.filter { !Self.structuralTokens.contains($0) }.suffix(2).joined(separator: " ")
        )
        return try usage(of: target, nameHint: hint, scope: nil)
    }

    static let structuralTokens: Set<String> = [
        "components", "schemas", "properties", "items", "paths", "content", "schema", "responses", "requestBody",
        "parameters", "application~1json", "application/json", "allOf", "oneOf", "anyOf", "additionalProperties",
    ]

    private func primitiveUsage(of schema: Schema, nameHint: String, scope: Scope?) throws(Diagnostic) -> TypeUsage {
        let type = schema.types.count == 1 ? schema.types[0] : inferredType(schema)
        switch type {
        case "string":
            switch schema.format {
            case "date-time": return .date(.dateTime)
            case "date": return .date(.fullDate)
            case "int64": return .int64(wire: .string)
            case "byte", "binary": return .data
            default: return .string
            }
        case "integer":
            switch schema.format {
            case "int64": return .int64(wire: .number)
            case "int32": return .int32
            default: return .int
            }
        case "number":
            return schema.format == "float" ? .float : .double
        case "boolean":
            return .bool
        case "array":
            guard let items = schema.items else { return .array(.jsonValue) }
            return .array(try usage(of: items, nameHint: singular(nameHint), scope: scope))
        case "object":
            switch schema.additionalProperties {
            case .schema(let valueSchema):
                return .dictionary(try usage(of: valueSchema, nameHint: nameHint + "Value", scope: scope))
            default:
                return .dictionary(.jsonValue)
            }
        default:
            return .jsonValue
        }
    }

    /// `type` left out: guess from the keywords present, as validators effectively do.
    private func inferredType(_ schema: Schema) -> String? {
        if !schema.properties.isEmpty || schema.additionalProperties != nil { return "object" }
        if schema.items != nil { return "array" }
        if let values = schema.enumValues, let first = values.first {
            switch first.value {
            case .string: return "string"
            case .number(let literal):
                return literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? "number" : "integer"
            case .bool: return "boolean"
            default: return nil
            }
        }
        return nil
    }

    private func singular(_ name: String) -> String {
        if name.hasSuffix("ies") { return String(name.dropLast(3)) + "y" }
        if name.hasSuffix("sses") { return String(name.dropLast(2)) }
        if name.hasSuffix("s") && !name.hasSuffix("ss") && name.count > 1 { return String(name.dropLast()) }
        return name + "Item"
    }

    /// `allOf: [X]`, `anyOf: [X, {nullable: true}]`, `oneOf: [X, {type: null}]`: one real alternative.
    func singleMeaningfulAlternative(_ schema: Schema) -> Schema? {
        guard schema.properties.isEmpty, schema.types.isEmpty || schema.types == ["object"] else { return nil }
        let lists = [schema.allOf, schema.oneOf, schema.anyOf].filter { !$0.isEmpty }
        guard lists.count == 1 else { return nil }
        let meaningful = lists[0].filter { !isNullOnly($0) }
        return meaningful.count == 1 ? meaningful[0] : nil
    }

    /// Whether a schema only says "null is allowed": `{nullable: true}`, `{type: "null"}`, `{enum: [null]}`.
    func isNullOnly(_ schema: Schema) -> Bool {
        schema.reference == nil && schema.types.isEmpty && schema.properties.isEmpty && schema.items == nil
            && (schema.enumValues?.isEmpty ?? true) && schema.allOf.isEmpty && schema.oneOf.isEmpty
            && schema.anyOf.isEmpty && schema.allowsNull
    }

    /// Whether any alternative of a composition allows null, making the value optional.
    func allowsNull(_ schema: Schema) -> Bool {
        if schema.allowsNull { return true }
        if let reference = schema.reference, let target = try? resolver.resolveSchema(reference) {
            return target.allowsNull
        }
        return (schema.oneOf + schema.anyOf).contains(where: isNullOnly)
    }

    private func needsDeclaration(_ schema: Schema) -> Bool {
        if let values = schema.enumValues, !values.isEmpty, enumRawType(schema) != nil { return true }
        if !schema.properties.isEmpty || isEmptyObject(schema) { return true }
        if !schema.allOf.isEmpty || !schema.oneOf.isEmpty || !schema.anyOf.isEmpty { return true }
        return false
    }

    /// `{type: object, properties: {}}` or `additionalProperties: false` with no properties: always `{}`.
    func isEmptyObject(_ schema: Schema) -> Bool {
        guard schema.properties.isEmpty, schema.types.isEmpty || schema.types == ["object"] else { return false }
        switch schema.additionalProperties {
        case nil: return schema.declaresProperties && schema.types == ["object"]
        case .allowed(let allowed): return !allowed
        case .schema: return false
        }
    }

    func enumRawType(_ schema: Schema) -> EnumDeclaration.RawType? {
        guard let values = schema.enumValues, !values.isEmpty else { return nil }
        if values.allSatisfy({ $0.string != nil }) { return .string }
        if values.allSatisfy({ $0.numberLiteral.map { Int($0) != nil } ?? false }) { return .int }
        return nil
    }

    // MARK: - Declarations

    /// A declaration for an inline or component schema; nil when the schema is better used as a plain type.
    func declaration(for schema: Schema, name: String, path: String) throws(Diagnostic) -> TypeDeclaration? {
        let docs = documentation(schema)
        let pointer = schema.origin.pointer.description
        if let rawType = enumRawType(schema) {
            return TypeDeclaration(
                name: name, documentation: docs,
                kind: .enumeration(EnumCaseNamer.enumDeclaration(values: schema.enumValues ?? [], rawType: rawType)),
                nested: [], pointer: pointer)
        }
        if schema.enumValues != nil && !schema.types.contains("boolean") {
            warnings.append(
                .warning(
                    "enum with values of mixed or unsupported types is generated as its plain type",
                    at: location(schema)))
        }
        let scope = Scope(path: path, takenNames: [name])
        if !schema.allOf.isEmpty && schema.oneOf.isEmpty && schema.anyOf.isEmpty {
            let merged = try mergedAllOf(schema)
            let structure = try structDeclaration(
                properties: merged.properties, required: merged.required, owner: schema, scope: scope)
            return TypeDeclaration(
                name: name, documentation: docs, kind: .structure(structure), nested: scope.nested, pointer: pointer)
        }
        let alternatives = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        if !alternatives.isEmpty {
            if isExclusiveChoice(schema, alternatives: alternatives) {
                var structure = try structDeclaration(
                    properties: schema.properties, required: schema.required, owner: schema, scope: scope)
                let keys = alternatives.compactMap { $0.required.first }
                let indices = structure.properties.indices.filter { keys.contains(structure.properties[$0].jsonKey) }
                let enumName = choiceEnumName(properties: structure.properties, scope: scope)
                structure.exclusiveChoice = ExclusiveChoice(enumName: enumName, propertyIndices: indices)
                return TypeDeclaration(
                    name: name, documentation: docs, kind: .structure(structure), nested: scope.nested, pointer: pointer
                )
            }
            let union = try unionDeclaration(
                schema, alternatives: alternatives.filter { !isNullOnly($0) }, scope: scope)
            return TypeDeclaration(
                name: name, documentation: docs, kind: .union(union), nested: scope.nested, pointer: pointer)
        }
        if !schema.properties.isEmpty || isEmptyObject(schema) {
            let structure = try structDeclaration(
                properties: schema.properties, required: schema.required, owner: schema, scope: scope)
            return TypeDeclaration(
                name: name, documentation: docs, kind: .structure(structure), nested: scope.nested, pointer: pointer)
        }
        if schema.types == ["object"] && schema.additionalProperties == nil {
            // `type: object` with nothing else: an empty struct would drop data, so keep the whole value.
            return nil
        }
        return nil
    }

    /// `Choice` / `choice`, or `Choice2` / `choice2` … when a nested type or a property already has the name.
    private func choiceEnumName(properties: [PropertyDeclaration], scope: Scope) -> String {
        let propertyNames = Set(properties.map(\.swiftName))
        var suffix = ""
        var counter = 1
        while scope.takenNames.contains("Choice" + suffix) || propertyNames.contains("choice" + suffix) {
            counter += 1
            suffix = String(counter)
        }
        scope.takenNames.insert("Choice" + suffix)
        return "Choice" + suffix
    }

    /// Wix's proto `oneof`: optional properties plus `oneOf: [{required: [a]}, {required: [b]}]`.
    private func isExclusiveChoice(_ schema: Schema, alternatives: [Schema]) -> Bool {
        guard !schema.properties.isEmpty else { return false }
        let names = Set(schema.properties.map(\.name))
        return alternatives.allSatisfy {
            $0.reference == nil && $0.properties.isEmpty && $0.types.isEmpty && $0.required.count == 1
                && names.contains($0.required[0])
        }
    }

    func structDeclaration(
        properties: [(name: String, schema: Schema)], required: [String], owner: Schema, scope: Scope
    ) throws(Diagnostic) -> StructDeclaration {
        let swiftNames = Naming.uniqued(
            properties.map { Naming.memberName($0.name) }, reserved: GeneratedCodeNames.structMembers)
        for (index, property) in properties.enumerated() where swiftNames[index] != Naming.memberName(property.name) {
            let wanted = Naming.memberName(property.name)
            let reason =
                GeneratedCodeNames.structMembers.contains(wanted)
                ? "every generated type has a member '\(wanted)'" : "another property already uses '\(wanted)'"
            warnings.append(
                .warning(
                    "property '\(property.name)' is named '\(swiftNames[index])' in Swift because \(reason)",
                    at: location(property.schema)))
        }
        let requiredSet = Set(required)
        var declarations: [PropertyDeclaration] = []
        for (index, property) in properties.enumerated() {
            let type = try usage(of: property.schema, nameHint: Naming.typeName(property.name), scope: scope)
            declarations.append(
                PropertyDeclaration(
                    swiftName: swiftNames[index], jsonKey: property.name, type: type,
                    isOptional: !requiredSet.contains(property.name) || allowsNull(property.schema),
                    isBoxed: false, documentation: documentation(property.schema)))
        }
        return StructDeclaration(properties: declarations, exclusiveChoice: nil)
    }

    /// Flattens `allOf` (recursively, through references) into one property list.
    func mergedAllOf(_ schema: Schema) throws(Diagnostic) -> (
        properties: [(name: String, schema: Schema)], required: [String]
    ) {
        var properties: [(name: String, schema: Schema)] = []
        var required: [String] = []
        var visited: Set<String> = []
        func collect(_ part: Schema) throws(Diagnostic) {
            var current = part
            if let reference = part.reference {
                guard visited.insert(reference.target).inserted else {
                    throw resolver.error("allOf includes '\(reference.target)' in itself", at: reference.origin)
                }
                current = try resolver.resolveSchema(reference)
            }
            for member in current.allOf { try collect(member) }
            for (name, propertySchema) in current.properties {
                if let existing = properties.firstIndex(where: { $0.name == name }) {
                    properties[existing].schema = propertySchema
                } else {
                    properties.append((name, propertySchema))
                }
            }
            for name in current.required where !required.contains(name) { required.append(name) }
        }
        try collect(schema)
        return (properties, required)
    }

    private func unionDeclaration(_ schema: Schema, alternatives: [Schema], scope: Scope) throws(Diagnostic)
        -> UnionDeclaration
    {
        var cases: [UnionDeclaration.Case] = []
        var names: [String] = []
        for (index, alternative) in alternatives.enumerated() {
            let hint = alternative.title.map(Naming.typeName) ?? "Variant\(index + 1)"
            let type = try usage(of: alternative, nameHint: hint, scope: scope)
            cases.append(UnionDeclaration.Case(swiftName: "", type: type, discriminatorValues: []))
            names.append(Naming.memberName(caseNameHint(type)))
        }
        let unique = Naming.uniqued(names, reserved: GeneratedCodeNames.enumMembers)
        for index in cases.indices { cases[index].swiftName = unique[index] }
        var property: String?
        if let discriminator = schema.discriminator {
            property = discriminator.propertyName
            for index in cases.indices {
                let alternative = alternatives[index]
                let component = alternative.reference.flatMap(resolver.componentSchemaName)
                // Mapping targets are `$ref`s or, as OpenAPI also allows, bare component names.
                let explicit = discriminator.mapping.filter {
                    $0.target == alternative.reference?.target || (component != nil && $0.target == component)
                }.map(\.value)
                if !explicit.isEmpty {
                    cases[index].discriminatorValues = explicit
                } else if let reference = alternative.reference, let component = resolver.componentSchemaName(reference)
                {
                    cases[index].discriminatorValues = [component]
                }
            }
        }
        return UnionDeclaration(cases: cases, discriminatorProperty: property)
    }

    private func caseNameHint(_ type: TypeUsage) -> String {
        switch type {
        case .named(let path): return String(path.split(separator: ".").last ?? "value")
        case .string: return "string"
        case .bool: return "bool"
        case .int, .int32, .int64: return "integer"
        case .double, .float: return "number"
        case .date: return "date"
        case .data: return "data"
        case .jsonValue: return "json"
        case .array(let element): return caseNameHint(element) + "List"
        case .dictionary(let value): return caseNameHint(value) + "Map"
        }
    }

    func documentation(_ schema: Schema) -> Documentation {
        Documentation(
            summary: schema.title.flatMap { schema.description == nil ? $0 : nil } ?? schema.description,
            deprecated: schema.deprecated)
    }
}
