/// Reads one JSON Schema object (OpenAPI 3.0 or 3.1 flavour) into a `Schema`.
enum SchemaReader {
    static let knownTypes: Set<String> = ["string", "integer", "number", "boolean", "object", "array", "null"]

    static func read(_ cursor: NodeCursor) throws(Diagnostic) -> Schema {
        // 3.1 allows `true` / `false` as whole schemas: `true` accepts anything.
        if let flag = cursor.node.bool {
            return Schema.empty(at: cursor.origin, description: flag ? nil : "No value is allowed here.")
        }
        _ = try cursor.requireObject()
        let reference = try cursor.string("$ref").map { Reference(target: $0, origin: cursor.origin) }
        var types: [String] = []
        var allowsNull = try cursor.bool("nullable") ?? false
        if let leniency = cursor.leniency {
            checkLeniencies(cursor, leniency)
        }
        if let typeCursor = cursor.child("type") {
            let written: [String]
            if let single = typeCursor.node.string {
                written = [single]
            } else if let elements = typeCursor.node.array {
                // A JSON `null` in the list is a common slip for the string "null"; it means the same.
                written = try elements.enumerated().map {
                    (index: Int, element: JSONNode) throws(Diagnostic) -> String in
                    if element.isNull { return "null" }
                    guard let text = element.string else {
                        throw NodeCursor(
                            node: element, pointer: typeCursor.pointer.appending(index), source: cursor.source
                        )
                        .error("expected a string in 'type', found \(element.typeName)")
                    }
                    return text
                }
            } else {
                throw typeCursor.error(
                    "expected 'type' to be a string or an array of strings, found \(typeCursor.node.typeName)")
            }
            for type in written {
                guard knownTypes.contains(type) else {
                    throw typeCursor.error(
                        "unknown type '\(type)'; expected one of \(knownTypes.sorted().joined(separator: ", "))")
                }
                if type == "null" { allowsNull = true } else if !types.contains(type) { types.append(type) }
            }
        }
        var properties: [(String, Schema)] = []
        var required = try requiredList(cursor)
        if let propertiesCursor = cursor.child("properties") {
            for (name, value) in try propertiesCursor.members() {
                properties.append((name, try read(value)))
                // `required: true` on the property itself (a Swagger-era slip) means what the list says.
                if value.child("required")?.node.bool == true, !required.contains(name) { required.append(name) }
            }
        }
        var additional: Schema.AdditionalProperties?
        if let additionalCursor = cursor.child("additionalProperties") {
            if let flag = additionalCursor.node.bool {
                additional = .allowed(flag)
            } else {
                additional = .schema(try read(additionalCursor))
            }
        }
        var enumValues = try cursor.child("enum").map { (values: NodeCursor) throws(Diagnostic) in
            try values.elements().map(\.node)
        }
        if enumValues == nil, let constant = cursor.child("const") {
            enumValues = [constant.node]
        }
        if let values = enumValues, values.contains(where: \.isNull) {
            // `enum: [..., null]` is how 3.1 documents spell a nullable enum.
            allowsNull = true
            enumValues = values.filter { !$0.isNull }
        }
        return Schema(
            origin: cursor.origin,
            reference: reference,
            types: types,
            allowsNull: allowsNull,
            format: try cursor.string("format"),
            title: try cursor.string("title"),
            description: try cursor.string("description"),
            deprecated: try cursor.bool("deprecated") ?? false,
            readOnly: try cursor.bool("readOnly") ?? false,
            writeOnly: try cursor.bool("writeOnly") ?? false,
            properties: properties,
            declaresProperties: cursor.child("properties") != nil,
            required: required,
            additionalProperties: additional,
            items: try cursor.child("items").map(read),
            enumValues: enumValues,
            allOf: try readList(cursor.child("allOf")),
            oneOf: try readList(cursor.child("oneOf")),
            anyOf: try readList(cursor.child("anyOf")),
            discriminator: try cursor.child("discriminator").map(readDiscriminator),
            defaultValue: cursor.child("default")?.node
        )
    }

    /// The `required` list; a boolean there is tolerated with a warning (the parent reads `true` as the
    /// property being required), when the reader is lenient.
    static func requiredList(_ cursor: NodeCursor) throws(Diagnostic) -> [String] {
        if let flag = cursor.child("required"), flag.node.bool != nil, let leniency = cursor.leniency {
            leniency.warn(
                "'required: \(flag.node.bool!)' on a property is not valid; list the property in its parent's "
                    + "'required' array (read as such)", at: flag)
            return []
        }
        return try cursor.stringArray("required") ?? []
    }

    /// The tolerated mistakes a schema object can hold (see `ReadLeniency`).
    static func checkLeniencies(_ cursor: NodeCursor, _ leniency: ReadLeniency) {
        if leniency.isOpenAPI31, let nullable = cursor.child("nullable") {
            leniency.warn(
                "'nullable' is OpenAPI 3.0; a 3.1 document writes 'type: [..., \"null\"]' (read as such)", at: nullable)
        }
        // A fragment of a composition (`allOf: [{$ref}, {properties}]`) takes its type from the whole.
        let tokens = cursor.pointer.tokens
        let isFragment = tokens.count >= 2 && ["allOf", "oneOf", "anyOf"].contains(tokens[tokens.count - 2])
        if cursor.child("properties") != nil, cursor.child("type") == nil, cursor.child("$ref") == nil, !isFragment,
            ["allOf", "oneOf", "anyOf"].allSatisfy({ cursor.child($0) == nil })
        {
            leniency.warn("schema has 'properties' but no 'type'; read as 'type: object'", at: cursor)
        }
        if let format = cursor.child("format"), let name = format.node.string,
            !ReadLeniency.knownFormats.contains(name)
        {
            leniency.warn("unknown format '\(name)'; the value is typed by its 'type' alone", at: format)
        }
        leniency.checkURLs(in: cursor)
    }

    static func readList(_ cursor: NodeCursor?) throws(Diagnostic) -> [Schema] {
        guard let cursor else { return [] }
        return try cursor.elements().map { (element: NodeCursor) throws(Diagnostic) in try read(element) }
    }

    static func readDiscriminator(_ cursor: NodeCursor) throws(Diagnostic) -> Schema.Discriminator {
        var mapping: [(String, String)] = []
        if let mappingCursor = cursor.child("mapping") {
            for (value, target) in try mappingCursor.members() {
                guard let text = target.node.string else {
                    throw target.error("expected a '$ref' string in discriminator mapping")
                }
                mapping.append((value, text))
            }
        }
        return Schema.Discriminator(propertyName: try cursor.requiredString("propertyName"), mapping: mapping)
    }
}

extension Schema {
    static func empty(at origin: Origin, description: String? = nil, types: [String] = []) -> Schema {
        Schema(
            origin: origin, reference: nil, types: types, allowsNull: false, format: nil, title: nil,
            description: description, deprecated: false, readOnly: false, writeOnly: false, properties: [],
            declaresProperties: false, required: [],
            additionalProperties: nil, items: nil, enumValues: nil, allOf: [], oneOf: [], anyOf: [], discriminator: nil,
            defaultValue: nil)
    }
}
