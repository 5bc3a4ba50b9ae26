/// Turns schemas into `TypeUsage`s and `TypeDeclaration`s. One instance per generation: it remembers
/// which schema locations already became which Swift types, so each schema is declared once.
final class TypeTranslator {
    let resolver: ReferenceResolver
    /// Component schema name → Swift type name.
    private(set) var componentTypeNames: [String: String] = [:]
    /// Schema pointer → Swift type path, for every schema that became a declared type.
    private var declaredPointers: [String: String] = [:]
    /// Top-level names in use, so nested types never shadow them. Case is ignored: names that differ
    /// only in case would share a file on case-insensitive file systems.
    private var topLevelNames: NameAllocator
    /// Flattened `allOf` by schema pointer: a schema included by many others is flattened once.
    private var flattenedAllOf: [String: FlattenedAllOf] = [:]
    /// The usage of each schema a reference into the middle of another schema led to, by pointer. Those
    /// that became types are also in `declaredPointers`; this also keeps plain ones (`[[Item]]`), so a
    /// chain of such references is translated once, not once per link.
    private var referencedUsages: [String: Result<TypeUsage, Diagnostic>] = [:]
    /// How many `usage(of:)` calls are under way, one inside the other.
    private var nestingDepth = 0
    /// Stored properties declared so far, and properties held by flattened `allOf`s, each against
    /// `GenerationLimits.maximumProperties`: the second stops a multiplying chain before it fills memory.
    private var declaredPropertyCount = 0
    private var flattenedPropertyCount = 0
    /// The refusal once a bound is passed: every later schema fails with it at once, rather than each
    /// walking its own chain into the same refusal.
    private var overBudget: Diagnostic?
    /// Where warnings go (shared with the rest of the translation).
    let diagnostics: DiagnosticCollector
    /// Types created for references into the middle of other schemas (`#/components/schemas/A/properties/b`).
    var extraTopLevelTypes: [TypeDeclaration] = []
    /// Every declaration made so far by its Swift path, for questions about a type by name.
    private(set) var declarationsByPath: [String: TypeDeclaration] = [:]
    /// Component types a typed field mask names, which declare a nested `Field` enum (`FieldMaskDetector`).
    var fieldMaskEntities: Set<String> = []

    /// Names the user chose (`x-swift-name`, the configuration), by pointer.
    let overrides: NameOverrides
    /// Put before every top-level type name this translator hands out.
    let typeNamePrefix: String

    init(
        resolver: ReferenceResolver, diagnostics: DiagnosticCollector, reservedNames: Set<String>,
        overrides: NameOverrides = NameOverrides(), typeNamePrefix: String = ""
    ) {
        self.resolver = resolver
        self.diagnostics = diagnostics
        self.overrides = overrides
        self.typeNamePrefix = typeNamePrefix
        let components = resolver.document.components.schemas
        let reserved = GeneratedCodeNames.topLevelReserved.union(reservedNames)
        // Chosen names are taken first, as written: a clash is the user's to resolve, so it is an error
        // rather than a silent counter.
        // Derived names count as taken too: a chosen name never pushes another schema's aside.
        let derived = NameAllocator(
            reserved: components.filter { overrides.entry(at: $0.schema.origin.pointer) == nil }.map {
                typeNamePrefix + Naming.typeName($0.name)
            }, ignoringCase: true)
        var chosen = NameAllocator(reserved: reserved, ignoringCase: true)
        var chosenNames: [Int: String] = [:]
        for (index, component) in components.enumerated() {
            guard let entry = overrides.entry(at: component.schema.origin.pointer) else { continue }
            let name = typeNamePrefix + entry.swiftName
            if chosen.isTaken(name) || derived.isTaken(name) {
                diagnostics.report(
                    .error(
                        "the Swift name '\(name)' of schema '\(component.name)' is already taken"
                            + (reserved.contains(name) ? " by a name the generated code uses" : " by another schema"),
                        at: entry.location))
            }
            chosen.reserve(name)
            chosenNames[index] = name
        }
        var allocator = NameAllocator(reserved: reserved.union(chosenNames.values), ignoringCase: true)
        var names: [String] = []
        for (index, component) in components.enumerated() {
            if let name = chosenNames[index] {
                names.append(name)
                continue
            }
            let candidate = typeNamePrefix + Naming.typeName(component.name)
            let name = allocator.claim(reserved.contains(candidate) ? candidate + "Model" : candidate)
            if name != candidate {
                // Say by what: a user seeing `Error` become `ErrorModel` looks for a clash in their document.
                let reason =
                    reserved.contains(candidate)
                    ? "the generated code uses '\(candidate)' itself (a Swift, Foundation or runtime type, or one it "
                        + "declares); choose another name with x-swift-name or the configuration's \"schemas\""
                    : "another schema already takes '\(candidate)'"
                diagnostics.warn(
                    .warning(
                        "schema '\(component.name)' is named '\(name)' in Swift because \(reason)",
                        at: resolver.location(of: component.schema.origin)))
            }
            names.append(name)
        }
        for (index, component) in components.enumerated() {
            componentTypeNames[component.name] = names[index]
            declaredPointers[resolver.key(of: component.schema.origin)] = names[index]
        }
        // Builder names (`Body`, `Response`…) are kept from top-level types only (`claimTopLevelName`): a type
        // nested in a schema or a builder may still be called `Body`.
        topLevelNames = NameAllocator(
            reserved: GeneratedCodeNames.types.union(reservedNames).union(names), ignoringCase: true)
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

    private func claimTopLevelName(_ candidate: String) -> String {
        topLevelNames.claim(typeNamePrefix + candidate) { GeneratedCodeNames.builderTypes.contains($0) }
    }

    /// Marks names as taken without declaring anything: request builders' names, which share the file
    /// name space (`Operations/CreateThing.swift` and `Models/CreateThing.swift` cannot both compile in
    /// one SwiftPM target).
    func reserveNames(_ names: [String]) {
        for name in names { topLevelNames.reserve(name) }
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
        case .date(.fullDate), .data, .array, .dictionary, .fieldMask: return false
        case .named(let path):
            let target = aliasTarget(path)
            guard case .named(let named) = target else { return isScalarQueryValue(target) }
            if case .enumeration = declarationsByPath[named]?.kind { return true }
            return false
        }
    }

    /// What a chain of aliases (`A = B`, `B = C`, …) finally names; followed in a loop, as chains can be
    /// thousands long. Circular aliases are refused before any question is asked about them.
    func aliasTarget(_ path: String) -> TypeUsage {
        var usage = TypeUsage.named(path)
        var seen: Set<String> = []
        while case .named(let current) = usage, case .alias(let target) = declarationsByPath[current]?.kind,
            seen.insert(current).inserted
        {
            usage = target
        }
        return usage
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
            _ = try resolvedSchema(reference)
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
        var names: NameAllocator

        init(path: String, takenNames: Set<String>) {
            self.path = path
            self.names = NameAllocator(reserved: takenNames)
        }
    }

    /// Deeper nesting is refused: translation recurses once per level (properties, items, alternatives
    /// and references into the middle of other schemas all nest), and the stack is finite. The deepest
    /// document of the corpus nests 12 levels; this limit takes under 3 MiB of stack in a debug build.
    static let maximumNestingDepth = 256

    /// The Swift type for `schema`. Inline schemas that need a declaration become types nested in `scope`
    /// (or, without a scope, top-level types named `nameHint`).
    func usage(of schema: Schema, nameHint: String, scope: Scope?) throws(Diagnostic) -> TypeUsage {
        nestingDepth += 1
        defer { nestingDepth -= 1 }
        guard nestingDepth <= Self.maximumNestingDepth else {
            throw .error(
                "schemas nest more than \(Self.maximumNestingDepth) levels deep here, counting properties, items, "
                    + "alternatives and references followed; the generator supports no deeper nesting",
                at: location(schema))
        }
        if let reference = schema.reference {
            return try usage(ofReference: reference)
        }
        if let declared = declaredPointers[resolver.key(of: schema.origin)] {
            return .named(declared)
        }
        if let single = singleMeaningfulAlternative(schema) {
            return try usage(of: single, nameHint: nameHint, scope: scope)
        }
        if needsDeclaration(schema) {
            let name: String
            let path: String
            if let scope {
                name = scope.names.claim(nameHint) { topLevelNames.isTaken($0) }
                path = scope.path + "." + name
            } else {
                name = claimTopLevelName(nameHint)
                path = name
            }
            declaredPointers[resolver.key(of: schema.origin)] = path
            guard let declaration = try declaration(for: schema, name: name, path: path) else {
                declaredPointers[resolver.key(of: schema.origin)] = nil
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
        // By the text as written first (no parsing): it is the key for the root document's own `#/…` references.
        if let declared = (resolver.isRootLocal(reference) ? declaredPointers[reference.target] : nil)
            ?? resolver.key(of: reference).flatMap({ declaredPointers[$0] })
        {
            return .named(declared)
        }
        let target = try resolvedSchema(reference)
        let key = resolver.key(of: target.origin)
        if let known = referencedUsages[key] { return try known.get() }
        // A schema from another file is named after its component or its file (issue #12).
        let hint = Naming.typeName(
            resolver.externalSchemaName(target.origin)
                ?? target.origin.pointer.tokens.filter { !Self.structuralTokens.contains($0) }.suffix(2)
                .joined(separator: " ")
        )
        do {
            let usage = try usage(of: target, nameHint: hint, scope: nil)
            referencedUsages[key] = .success(usage)
            warnIfRenamed(anotherFilesSchema: target, hint: hint, usage: usage)
            return usage
        } catch {
            referencedUsages[key] = .failure(error)
            throw error
        }
    }

    /// Warns when a schema of another file, declared just now, could not take the name its component or file
    /// gives it — as the root's components are warned of — so that `Error2` is never a silent surprise.
    private func warnIfRenamed(anotherFilesSchema target: Schema, hint: String, usage: TypeUsage) {
        let candidate = typeNamePrefix + hint
        guard resolver.isInAnotherFile(target.origin), case .named(let name) = usage, name != candidate,
            declaredPointers[resolver.key(of: target.origin)] == name
        else { return }
        let reason =
            GeneratedCodeNames.types.contains(candidate) || GeneratedCodeNames.builderTypes.contains(candidate)
            ? "the generated code uses '\(candidate)' itself (a Swift, Foundation or runtime type, or one it declares)"
            : "another type already takes '\(candidate)'"
        diagnostics.warn(
            .warning(
                "schema '\(hint)' of another file is named '\(name)' in Swift because \(reason)",
                at: resolver.location(of: target.origin)))
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
        if let reference = schema.reference, let target = try? resolvedSchema(reference) {
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

    /// The user's case names of an enum schema, by the value's index.
    private func chosenCaseNames(_ schema: Schema) -> [Int: NameOverrides.Entry] {
        guard !overrides.isEmpty, let values = schema.enumValues else { return [:] }
        var names: [Int: NameOverrides.Entry] = [:]
        for index in values.indices {
            names[index] = overrides.caseEntry(ofEnumAt: schema.origin.pointer, index: index)
        }
        return names
    }

    /// A declaration for an inline or component schema; nil when the schema is better used as a plain type.
    func declaration(for schema: Schema, name: String, path: String) throws(Diagnostic) -> TypeDeclaration? {
        let docs = documentation(schema)
        let pointer = resolver.key(of: schema.origin)
        if let rawType = enumRawType(schema) {
            return TypeDeclaration(
                name: name, documentation: docs,
                kind: .enumeration(
                    EnumCaseNamer.enumDeclaration(
                        values: schema.enumValues ?? [], rawType: rawType,
                        chosenNames: chosenCaseNames(schema), diagnostics: diagnostics)),
                nested: [], pointer: pointer)
        }
        if schema.enumValues != nil && !schema.types.contains("boolean") {
            diagnostics.warn(
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
                let keys = Set(alternatives.compactMap { $0.required.first })
                let indices = structure.properties.indices.filter { keys.contains(structure.properties[$0].jsonKey) }
                let enumName = choiceEnumName(properties: structure.properties, scope: scope)
                structure.exclusiveChoice = ExclusiveChoice(
                    enumName: enumName, accessorName: Naming.memberName(enumName), propertyIndices: indices)
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
        // Not `scope.names.claim`: its remembered counters assume one notion of "taken", and this one
        // adds the property names.
        var counter = 2
        let name = NameAllocator.firstFree("Choice", counter: &counter) {
            scope.names.isTaken($0) || propertyNames.contains("c" + $0.dropFirst())
        }
        scope.names.reserve(name)
        return name
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
        if let overBudget { throw overBudget }
        declaredPropertyCount += properties.count
        guard declaredPropertyCount <= GenerationLimits.maximumProperties else {
            throw refuse(
                "the generated types would declare more than \(GenerationLimits.maximumProperties) properties: "
                    + "this schema's \(properties.count) (allOf members included) pass the bound; a document "
                    + "whose allOf chains multiply its size is refused",
                at: location(owner))
        }
        let swiftNames = propertyNames(properties)
        let requiredSet = Set(required)
        var declarations: [PropertyDeclaration] = []
        for (index, property) in properties.enumerated() {
            let type = try usage(of: property.schema, nameHint: Naming.typeName(property.name), scope: scope)
            declarations.append(
                PropertyDeclaration(
                    swiftName: swiftNames[index], jsonKey: property.name, type: type,
                    isOptional: !requiredSet.contains(property.name) || allowsNull(property.schema),
                    documentation: documentation(property.schema)))
        }
        try applyFieldMaskRule(properties: properties, declarations: &declarations)
        var structure = StructDeclaration(properties: declarations, exclusiveChoice: nil)
        structure.urlAccessors = URLAccessorRule.accessors(
            for: declarations, formats: properties.map(\.schema.format))
        return structure
    }

    /// The properties' Swift names: the user's where given (a clash among them is an error), else derived
    /// from the JSON key and made unique around the chosen ones.
    private func propertyNames(_ properties: [(name: String, schema: Schema)]) -> [String] {
        let reserved = GeneratedCodeNames.structMembers
        var chosen: [Int: String] = [:]
        var chosenSet: Set<String> = []
        let entries = properties.map { overrides.entry(at: $0.schema.origin.pointer) }
        let derived = Set(
            properties.indices.filter { entries[$0] == nil }.map { Naming.memberName(properties[$0].name) })
        for (index, property) in properties.enumerated() {
            guard let entry = entries[index] else { continue }
            if reserved.contains(entry.swiftName) || derived.contains(entry.swiftName)
                || !chosenSet.insert(entry.swiftName).inserted
            {
                diagnostics.report(
                    .error(
                        "the Swift name '\(entry.swiftName)' of property '\(property.name)' is already taken",
                        at: entry.location))
            }
            chosen[index] = entry.swiftName
        }
        var allocator = NameAllocator(reserved: reserved.union(chosenSet))
        var names: [String] = []
        for (index, property) in properties.enumerated() {
            if let name = chosen[index] {
                names.append(name)
                continue
            }
            let wanted = Naming.memberName(property.name)
            let name = allocator.claim(wanted)
            if name != wanted {
                let reason =
                    reserved.contains(wanted)
                    ? "every generated type has a member '\(wanted)'" : "another property already uses '\(wanted)'"
                diagnostics.warn(
                    .warning(
                        "property '\(property.name)' is named '\(name)' in Swift because \(reason)",
                        at: location(property.schema)))
            }
            names.append(name)
        }
        return names
    }

    /// Flattens `allOf` (through references, to any depth) into one property list.
    func mergedAllOf(_ schema: Schema) throws(Diagnostic) -> (
        properties: [(name: String, schema: Schema)], required: [String]
    ) {
        let flattened = try flattenAllOf(schema)
        return (flattened.properties, flattened.required)
    }

    /// Each schema on the way is flattened once and remembered, parts before its own properties. The
    /// walk keeps its own stack (chains can be thousands of schemas long), and that stack is what a
    /// cycle is checked against: a schema included along two paths (a diamond) is legal, one that
    /// includes itself is not.
    private func flattenAllOf(_ root: Schema) throws(Diagnostic) -> FlattenedAllOf {
        struct Frame {
            let schema: Schema
            let key: String
            /// Keys of the parts taken so far, in order.
            var parts: [String] = []
        }
        let rootKey = resolver.key(of: root.origin)
        if let known = flattenedAllOf[rootKey] { return known }
        if let overBudget { throw overBudget }
        var path = [Frame(schema: root, key: rootKey)]
        var onPath: Set<String> = [rootKey]
        while let top = path.last {
            guard top.parts.count == top.schema.allOf.count else {
                let part = top.schema.allOf[top.parts.count]
                var included = part
                if let reference = part.reference { included = try resolvedSchema(reference) }
                let key = resolver.key(of: included.origin)
                path[path.count - 1].parts.append(key)
                if flattenedAllOf[key] != nil { continue }
                guard onPath.insert(key).inserted else {
                    throw resolver.error(
                        "allOf includes '\(part.reference?.target ?? key)' in itself",
                        at: part.reference?.origin ?? part.origin)
                }
                path.append(Frame(schema: included, key: key))
                continue
            }
            var flattened = FlattenedAllOf()
            for key in top.parts { flattened.merge(flattenedAllOf[key]!) }
            for (name, propertySchema) in top.schema.properties { flattened.add(name, propertySchema) }
            for name in top.schema.required { flattened.require(name) }
            flattenedPropertyCount += flattened.properties.count
            guard flattenedPropertyCount <= GenerationLimits.maximumProperties else {
                throw refuse(
                    "allOf members flatten into more than \(GenerationLimits.maximumProperties) properties in all; "
                        + "this schema alone holds \(flattened.properties.count): a document whose allOf chains "
                        + "multiply its size is refused",
                    at: location(top.schema))
            }
            flattenedAllOf[top.key] = flattened
            onPath.remove(top.key)
            path.removeLast()
        }
        return flattenedAllOf[rootKey]!
    }

    /// The error for a passed `GenerationLimits` bound, remembered so that it is the only one.
    private func refuse(_ message: String, at location: SourceLocation) -> Diagnostic {
        let diagnostic = Diagnostic.error(message, at: location)
        overBudget = diagnostic
        return diagnostic
    }

    /// The schema `reference` leads to (the resolver remembers every chain it walks).
    func resolvedSchema(_ reference: Reference) throws(Diagnostic) -> Schema {
        try resolver.resolveSchema(reference)
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
        // The decoder names each case's type (`container.decode(日本語.self)`): a case of the same name, as a name
        // without letter case becomes, would shadow the type there.
        let caseTypeNames = Set(cases.flatMap { $0.type.namedRoots })
        let unique = Naming.uniqued(names, reserved: GeneratedCodeNames.enumMembers.union(caseTypeNames))
        for index in cases.indices { cases[index].swiftName = unique[index] }
        var property: String?
        if let discriminator = schema.discriminator {
            property = discriminator.propertyName
            var mappingPositions: [String: [Int]] = [:]
            for (position, entry) in discriminator.mapping.enumerated() {
                mappingPositions[entry.target, default: []].append(position)
            }
            for index in cases.indices {
                let alternative = alternatives[index]
                let component = alternative.reference.flatMap(resolver.componentSchemaName)
                // Mapping targets are `$ref`s or, as OpenAPI also allows, bare component names.
                let positions =
                    Set(alternative.reference.flatMap { mappingPositions[$0.target] } ?? [])
                    .union(component.flatMap { mappingPositions[$0] } ?? [])
                let explicit = positions.sorted().map { discriminator.mapping[$0].value }
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
        case .fieldMask: return "fieldMask"
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
