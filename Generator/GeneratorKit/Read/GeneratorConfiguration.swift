/// What a user decides about the generated Swift beside the OpenAPI document: names, access level and a
/// type-name prefix. It is read from a JSON file next to the document (`<document>.swift-config.json`, or
/// the file `generate --config` names); DESIGN-notes "Naming input" describes the format.
public struct GeneratorConfiguration: Sendable {
    /// The access level every generated declaration gets.
    public enum AccessLevel: String, Sendable, CaseIterable {
        case `public`, `package`, `internal`
    }

    /// Which kind of element a name override addresses by name rather than by JSON pointer.
    public enum OverrideKind: String, Sendable, CaseIterable {
        /// A component schema, by its name under `components/schemas`.
        case schemas
        /// A property of a component schema, as `Schema.property`.
        case properties
        /// An operation, by its `operationId`.
        case operations
        /// A value of a component enum schema, as `Schema.VALUE`.
        case enumValues
        /// A tag, whose operations make one client (`<Name>Client`).
        case tags
    }

    /// One override as written: what it addresses, the Swift name, and where it was written.
    public struct NameOverride: Sendable {
        /// `nil` for an override by JSON pointer (the `names` object).
        public var kind: OverrideKind?
        /// The JSON pointer, or the name of the element of `kind`.
        public var key: String
        public var swiftName: String
        public var location: SourceLocation
    }

    /// Whether and under which name a document gets its entry type, the struct with one property per tag
    /// client over an `APIClient` (`PetstoreAPI(client:)`).
    public enum EntryType: Sendable, Hashable {
        /// Named after the document's `info.title` (`Swagger Petstore` → `SwaggerPetstoreAPI`).
        case derived
        /// Named as the configuration says (`"entryType": "PetStore"`), with the type-name prefix.
        case named(String, at: SourceLocation)
        /// None (`"entryType": false`): for a library that has a hand-written entry point of its own.
        case omitted
    }

    public var accessLevel: AccessLevel = .public
    /// The document's entry type; derived from its title unless the configuration says otherwise.
    public var entryType: EntryType = .derived
    /// Put before every generated top-level type name (models, error-code enums, clients); never before
    /// the runtime's types.
    public var typeNamePrefix: String = ""
    public var nameOverrides: [NameOverride] = []

    public init() {}

    /// The file a document's configuration is looked for in when no `--config` is given.
    public static func defaultPath(forDocumentAt path: String) -> String {
        var base = path
        for suffix in [".json", ".yaml", ".yml"] where base.hasSuffix(suffix) {
            base.removeLast(suffix.count)
            break
        }
        return base + ".swift-config.json"
    }

    /// Reads a configuration file; unknown keys and wrong shapes are errors located in the file.
    public static func read(_ source: SourceText) throws(GenerationFailure) -> GeneratorConfiguration {
        let root: JSONNode
        do {
            root = try JSONParser.parse(source)
        } catch {
            throw GenerationFailure([error])
        }
        var configuration = GeneratorConfiguration()
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ node: JSONNode, _ pointer: JSONPointer) {
            problems.append(.error(message, at: source.location(ofOffset: node.offset, pointer: pointer)))
        }
        guard let object = root.object else {
            throw GenerationFailure([
                .error(
                    "a generator configuration is a JSON object",
                    at: source.location(ofOffset: root.offset, pointer: .root))
            ])
        }
        for member in object.members {
            let key = member.key
            let node = member.value
            let pointer = JSONPointer.root.appending(key)
            switch key {
            case "accessLevel":
                if let level = node.string.flatMap(AccessLevel.init(rawValue:)) {
                    configuration.accessLevel = level
                } else {
                    problem("'accessLevel' must be one of public, package, internal", node, pointer)
                }
            case "typeNamePrefix":
                if let prefix = node.string, prefix.isEmpty || SwiftIdentifierGrammar.isIdentifier(prefix) {
                    configuration.typeNamePrefix = prefix
                } else {
                    problem("'typeNamePrefix' must be a string that can start a Swift identifier", node, pointer)
                }
            case "entryType":
                if node.bool == false {
                    configuration.entryType = .omitted
                } else if let name = node.string, SwiftIdentifierGrammar.isIdentifier(name) {
                    configuration.entryType = .named(
                        name, at: source.location(ofOffset: node.offset, pointer: pointer))
                } else {
                    problem("'entryType' must be a Swift type name, or false for none", node, pointer)
                }
            case "names", "schemas", "properties", "operations", "enumValues", "tags":
                guard let entries = node.object else {
                    problem("'\(key)' must be an object of names", node, pointer)
                    continue
                }
                for entryMember in entries.members {
                    let entryKey = entryMember.key
                    let entry = entryMember.value
                    let entryPointer = pointer.appending(entryKey)
                    guard let name = entry.string else {
                        problem("the name for '\(entryKey)' must be a string", entry, entryPointer)
                        continue
                    }
                    configuration.nameOverrides.append(
                        NameOverride(
                            kind: OverrideKind(rawValue: key), key: entryKey, swiftName: name,
                            location: source.location(ofOffset: entry.offset, pointer: entryPointer)))
                }
            default:
                problem(
                    "unknown key '\(key)'; a generator configuration has accessLevel, typeNamePrefix, entryType, "
                        + "names, schemas, properties, operations, enumValues and tags", node, pointer)
            }
        }
        guard problems.isEmpty else { throw GenerationFailure(problems) }
        return configuration
    }
}
