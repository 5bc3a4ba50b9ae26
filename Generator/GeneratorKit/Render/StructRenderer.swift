/// Renders a struct's stored properties, memberwise initializer and, where the wire format needs it,
/// explicit `Codable` conformance.
enum StructRenderer {
    static func render(_ structure: StructDeclaration, into printer: inout SwiftPrinter) {
        for property in structure.properties {
            printer.documentation(property.documentation)
            let type = TypeSpelling.swift(property.type, optional: property.isOptional)
            if let storage = property.boxStorageName {
                printer.block("public var \(SwiftSpelling.identifier(property.swiftName)): \(type)") { accessor in
                    accessor.line(property.isOptional ? "get { \(storage)?.value }" : "get { \(storage).value }")
                    accessor.line(
                        property.isOptional
                            ? "set { \(storage) = newValue.map(Box.init) }" : "set { \(storage) = Box(newValue) }")
                }
            } else {
                printer.line("public var \(SwiftSpelling.identifier(property.swiftName)): \(type)")
            }
        }
        let boxed = structure.properties.filter(\.isBoxed)
        if !boxed.isEmpty {
            printer.line()
            for property in boxed {
                let box = "Box<\(TypeSpelling.swift(property.type))>" + (property.isOptional ? "?" : "")
                printer.line("private var \(property.boxStorageName!): \(box)")
            }
        }
        printer.separator()
        renderInitializer(structure, into: &printer)
        if let choice = structure.exclusiveChoice {
            ExclusiveChoiceRenderer.render(choice, properties: structure.properties, into: &printer)
        }
        for accessor in structure.urlAccessors {
            printer.separator()
            renderURLAccessor(accessor, of: structure.properties[accessor.propertyIndex], into: &printer)
        }
        // Optional properties decode tolerantly (`decodeTolerantly`), which synthesized `Codable` cannot do.
        let needsExplicitCoding = structure.properties.contains {
            $0.isOptional || $0.isBoxed || TypeSpelling.needsAdapter($0.type)
        }
        let needsKeys = needsExplicitCoding || structure.properties.contains { $0.swiftName != $0.jsonKey }
        if needsKeys && !structure.properties.isEmpty {
            printer.separator()
            printer.block("enum CodingKeys: String, CodingKey") { keys in
                for property in structure.properties {
                    let name = SwiftSpelling.identifier(property.swiftName)
                    keys.line(
                        property.swiftName == property.jsonKey
                            ? "case \(name)" : "case \(name) = \(SwiftSpelling.stringLiteral(property.jsonKey))")
                }
            }
        }
        if needsExplicitCoding {
            printer.separator()
            renderDecoder(structure, into: &printer)
            printer.line()
            renderEncoder(structure, into: &printer)
        }
        if structure.declaresFieldEnum {
            printer.separator()
            renderFieldEnum(structure, into: &printer)
        }
    }

    /// `public var parsedThumbnailURL: URL? { thumbnailURL.flatMap { URL(string: $0) } }` (see `URLAccessorRule`).
    static func renderURLAccessor(
        _ accessor: URLAccessor, of property: PropertyDeclaration, into printer: inout SwiftPrinter
    ) {
        let stored = SwiftSpelling.selfMember(property.swiftName)
        let absent = property.isOptional ? "absent or " : ""
        printer.line(
            "/// `\(property.swiftName)` as a `URL`: nil when it is \(absent)not a valid URL, such as an empty string.")
        printer.block("public var \(SwiftSpelling.identifier(accessor.name)): URL?") { body in
            body.line(property.isOptional ? "\(stored).flatMap { URL(string: $0) }" : "URL(string: \(stored))")
        }
    }

    /// The fields a `FieldMask` of this type can name; raw values are the JSON names the server expects.
    static func renderFieldEnum(_ structure: StructDeclaration, into printer: inout SwiftPrinter) {
        printer.line("/// The fields a `FieldMask` of this type can name; each raw value is the field's JSON name.")
        printer.block("public enum \(FieldMaskDetector.fieldEnumName): String, FieldMaskField") { cases in
            for property in structure.properties {
                cases.line("/// The `\(PrintableText.escaping(property.jsonKey))` field.")
                cases.line(
                    "case \(SwiftSpelling.identifier(property.swiftName)) = \(SwiftSpelling.stringLiteral(property.jsonKey))"
                )
            }
        }
    }

    /// The declarations of `properties` as parameters; `siblings` are the names of every parameter of
    /// the list (by default `properties`' own).
    static func parameterList(_ properties: [PropertyDeclaration], among siblings: [String]? = nil) -> [String] {
        let names = siblings ?? properties.map(\.swiftName)
        return PropertyDeclaration.initializerOrder(properties).map { property in
            let type = TypeSpelling.swift(property.type, optional: property.isOptional)
            let declaration = SwiftSpelling.parameterDeclaration(property.swiftName, among: names)
            let defaultValue = property.tagDefault.map { " = " + SwiftSpelling.stringLiteral($0) }
            return "\(declaration): \(type)\(property.isOptional ? " = nil" : defaultValue ?? "")"
        }
    }

    static func renderInitializer(_ structure: StructDeclaration, into printer: inout SwiftPrinter) {
        let tagged = structure.properties.filter { $0.tagDefault != nil }.map { "`\($0.swiftName)`" }
        printer.line(
            "/// Creates a value from its properties; optional ones default to nil"
                + (tagged.isEmpty ? "." : ", \(tagged.joined(separator: ", ")) to the tag its union reads."))
        printer.listBlock("public init(", parameterList(structure.properties), ")") { body in
            for property in structure.properties {
                let name = property.swiftName
                let value = SwiftSpelling.parameterReference(name, among: structure.properties.map(\.swiftName))
                if let storage = property.boxStorageName {
                    body.line(
                        "self.\(storage) = "
                            + (property.isOptional ? "\(value).map(Box.init)" : "Box(\(value))"))
                } else {
                    body.line("\(SwiftSpelling.selfMember(name)) = \(value)")
                }
            }
        }
    }

    static func renderDecoder(_ structure: StructDeclaration, into printer: inout SwiftPrinter) {
        printer.block("public init(from decoder: any Decoder) throws") { body in
            body.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            for property in structure.properties {
                // An optional property of an unexpected shape decodes as nil, recorded for the caller.
                let call = property.isOptional ? "decodeTolerantly" : "decode"
                let wire = TypeSpelling.adaptedWireType(property.type)
                var arguments = [
                    "\(wire ?? TypeSpelling.swift(property.type)).self",
                    "forKey: .\(SwiftSpelling.identifier(property.swiftName))",
                ]
                if property.isOptional { arguments.append("in: decoder") }
                var tail = wire == nil ? "" : (property.isOptional ? "?" : "") + TypeSpelling.unwrap("", property.type)
                var head = "try container.\(call)"
                if let storage = property.boxStorageName {
                    head = "self.\(storage) = " + (property.isOptional ? "(" : "Box(") + head
                    tail += property.isOptional ? ").map(Box.init)" : ")"
                } else {
                    head = "\(SwiftSpelling.selfMember(property.swiftName)) = " + head
                }
                body.call(head, arguments, tail)
            }
        }
    }

    static func renderEncoder(_ structure: StructDeclaration, into printer: inout SwiftPrinter) {
        printer.block("public func encode(to encoder: any Encoder) throws") { body in
            body.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for property in structure.properties {
                let name = SwiftSpelling.selfMember(property.swiftName)
                let key = "forKey: .\(SwiftSpelling.identifier(property.swiftName))"
                let encodeCall = property.isOptional ? "encodeIfPresent" : "encode"
                var value = name
                if TypeSpelling.needsAdapter(property.type) {
                    value =
                        property.isOptional
                        ? TypeSpelling.wrapOptional(name, property.type) : TypeSpelling.wrap(name, property.type)
                }
                body.line("try container.\(encodeCall)(\(value), \(key))")
            }
        }
    }
}

extension TypeSpelling {
    /// `value.map(Int64String.init)` for scalars; `value?.map(…)` for collections.
    static func wrapOptional(_ expression: String, _ usage: TypeUsage) -> String {
        switch usage {
        case .array, .dictionary: wrap(expression + "?", usage)
        default: "\(expression).map(\(scalarAdapter(usage)!).init)"
        }
    }
}
