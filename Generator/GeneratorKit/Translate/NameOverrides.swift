/// Swift names the user chose instead of the ones derived from the schema, by the JSON pointer of the
/// element they name. One mechanism with two inputs: `x-swift-name` (and, on enum schemas,
/// `x-swift-case-names`) written in the document, and the name entries of a `GeneratorConfiguration`.
/// The configuration wins where both name one element, so a user can rename without editing a vendor's
/// document. Every name is checked here once: it must be a Swift identifier and not a keyword.
struct NameOverrides {
    struct Entry {
        var swiftName: String
        var location: SourceLocation
    }

    /// Override by the pointer (its `description`) of the schema, property, operation or enum value.
    private var byPointer: [String: Entry] = [:]
    /// Client overrides by tag name: a tag has no node of its own that operations point to.
    private(set) var byTag: [String: Entry] = [:]

    static let nameExtension = "x-swift-name"
    static let caseNamesExtension = "x-swift-case-names"

    init() {}

    init(document: OpenAPIDocument, configuration: GeneratorConfiguration, diagnostics: DiagnosticCollector) {
        collect(document.root, at: .root, source: document.source, diagnostics: diagnostics)
        for override in configuration.nameOverrides {
            guard Self.isValid(override.swiftName, at: override.location, diagnostics: diagnostics) else { continue }
            let entry = Entry(swiftName: override.swiftName, location: override.location)
            if override.kind == .tags {
                byTag[override.key] = entry
                continue
            }
            guard let pointer = Self.pointer(of: override, in: document) else {
                diagnostics.report(
                    .error(
                        "'\(override.key)' names nothing in the document"
                            + (override.kind.map { " (looked for in \($0.rawValue))" } ?? ""), at: override.location))
                continue
            }
            byPointer[pointer.description] = entry
        }
    }

    func entry(at pointer: JSONPointer) -> Entry? {
        // Most documents choose no names: spare them spelling out a pointer per lookup.
        byPointer.isEmpty ? nil : byPointer[pointer.description]
    }

    /// The override of the enum value at `index` of the enum schema at `pointer`.
    func caseEntry(ofEnumAt pointer: JSONPointer, index: Int) -> Entry? {
        byPointer.isEmpty ? nil : byPointer[pointer.appending("enum").appending(index).description]
    }

    var isEmpty: Bool { byPointer.isEmpty && byTag.isEmpty }

    // MARK: - Reading

    /// Walks the whole document for the naming extensions (they may sit anywhere a schema, property or
    /// operation does, so no reader has to know about them).
    private mutating func collect(
        _ node: JSONNode, at pointer: JSONPointer, source: SourceText, diagnostics: DiagnosticCollector
    ) {
        if let items = node.array {
            for (index, item) in items.enumerated() {
                collect(item, at: pointer.appending(index), source: source, diagnostics: diagnostics)
            }
            return
        }
        guard let object = node.object else { return }
        for member in object.members {
            let memberPointer = pointer.appending(member.key)
            let location = source.location(ofOffset: member.value.offset, pointer: memberPointer)
            switch member.key {
            case Self.nameExtension:
                guard let name = member.value.string else {
                    diagnostics.report(.error("'\(Self.nameExtension)' must be a string", at: location))
                    continue
                }
                if Self.isValid(name, at: location, diagnostics: diagnostics) {
                    byPointer[pointer.description] = Entry(swiftName: name, location: location)
                }
            case Self.caseNamesExtension:
                collectCaseNames(
                    member.value, enumValues: object["enum"]?.array ?? [], schema: pointer,
                    location: location, source: source, diagnostics: diagnostics)
            case let key where key.hasPrefix("x-"):
                // Other extensions hold vendors' data, not schemas: a key there is no naming.
                continue
            default:
                collect(member.value, at: memberPointer, source: source, diagnostics: diagnostics)
            }
        }
    }

    /// `x-swift-case-names: {"OK": "ok"}`: raw enum value → case name.
    private mutating func collectCaseNames(
        _ node: JSONNode, enumValues: [JSONNode], schema: JSONPointer, location: SourceLocation, source: SourceText,
        diagnostics: DiagnosticCollector
    ) {
        guard let names = node.object else {
            diagnostics.report(.error("'\(Self.caseNamesExtension)' must map enum values to names", at: location))
            return
        }
        for member in names.members {
            let memberLocation = source.location(
                ofOffset: member.value.offset, pointer: schema.appending(Self.caseNamesExtension).appending(member.key))
            guard let name = member.value.string else {
                diagnostics.report(.error("the case name for '\(member.key)' must be a string", at: memberLocation))
                continue
            }
            guard let index = enumValues.firstIndex(where: { ($0.string ?? $0.numberLiteral) == member.key }) else {
                diagnostics.report(
                    .error("'\(member.key)' is not one of this schema's enum values", at: memberLocation))
                continue
            }
            if Self.isValid(name, at: memberLocation, diagnostics: diagnostics) {
                byPointer[schema.appending("enum").appending(index).description] = Entry(
                    swiftName: name, location: memberLocation)
            }
        }
    }

    /// The pointer a configuration entry addresses, or nil when it addresses nothing.
    private static func pointer(of override: GeneratorConfiguration.NameOverride, in document: OpenAPIDocument)
        -> JSONPointer?
    {
        let schemas = JSONPointer.root.appending("components").appending("schemas")
        func split(_ key: String) -> (String, String)? {
            guard let dot = key.firstIndex(of: ".") else { return nil }
            return (String(key[..<dot]), String(key[key.index(after: dot)...]))
        }
        switch override.kind {
        case nil:
            guard let pointer = JSONPointer(fragment: override.key.hasPrefix("#") ? override.key : "#" + override.key)
            else { return nil }
            return resolves(pointer, in: document.root) ? pointer : nil
        case .schemas:
            let pointer = schemas.appending(override.key)
            return resolves(pointer, in: document.root) ? pointer : nil
        case .properties:
            guard let (schema, property) = split(override.key) else { return nil }
            let pointer = schemas.appending(schema).appending("properties").appending(property)
            return resolves(pointer, in: document.root) ? pointer : nil
        case .enumValues:
            guard let (schema, value) = split(override.key),
                let component = document.components.schemas.first(where: { $0.name == schema })?.schema,
                let index = component.enumValues?.firstIndex(where: { ($0.string ?? $0.numberLiteral) == value })
            else { return nil }
            return component.origin.pointer.appending("enum").appending(index)
        case .operations:
            for item in document.paths {
                for operation in item.operations where operation.operationID == override.key {
                    return operation.origin.pointer
                }
            }
            return nil
        case .tags:
            return nil
        }
    }

    private static func resolves(_ pointer: JSONPointer, in root: JSONNode) -> Bool {
        var node = root
        for token in pointer.tokens {
            if let object = node.object, let next = object[token] {
                node = next
            } else if let items = node.array, let index = Int(token), items.indices.contains(index) {
                node = items[index]
            } else {
                return false
            }
        }
        return true
    }

    /// A user's name must be usable as written: one identifier, no keyword (a keyword would need
    /// backticks at every use, which is what the override is there to spare).
    private static func isValid(_ name: String, at location: SourceLocation, diagnostics: DiagnosticCollector) -> Bool {
        if !SwiftIdentifierGrammar.isIdentifier(name) {
            diagnostics.report(.error("'\(name)' is not a Swift identifier", at: location))
            return false
        }
        if SwiftSpelling.keywords.contains(name) || name == "_" {
            diagnostics.report(.error("'\(name)' is a Swift keyword", at: location))
            return false
        }
        return true
    }
}
