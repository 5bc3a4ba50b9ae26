/// The parts of an OpenAPI 3.0 / 3.1 document the generator understands, in document order.
///
/// Every element keeps its `Origin` so later stages can report problems at the right place.
public struct OpenAPIDocument: Sendable {
    public var source: SourceText
    /// The parsed JSON, kept so `$ref`s can be followed to any JSON pointer.
    public var root: JSONNode
    public var openAPIVersion: String
    public var title: String
    public var version: String
    public var description: String?
    public var tags: [Tag]
    public var paths: [PathItem]
    public var components: Components
    /// The mistakes the reader tolerated (`ReadLeniency`), as located warnings; `--strict` makes them errors.
    public var readWarnings: [Diagnostic] = []
}

/// Where an element was read from: the file, the JSON pointer and the byte offset of its value.
public struct Origin: Sendable, Hashable {
    public var pointer: JSONPointer
    public var offset: Int
    /// The file that holds the element, as its `SourceText` names it; "" stands for the root document.
    /// A description split across files (issue #12) resolves each `$ref` relative to this file.
    public var file: String

    public init(pointer: JSONPointer, offset: Int, file: String = "") {
        self.pointer = pointer
        self.offset = offset
        self.file = file
    }
}

public struct Tag: Sendable {
    public var name: String
    public var description: String?
}

public struct Components: Sendable {
    public var schemas: [(name: String, schema: Schema)] = []
    public var parameters: [(name: String, parameter: Referable<Parameter>)] = []
    public var requestBodies: [(name: String, body: Referable<RequestBody>)] = []
    public var responses: [(name: String, response: Referable<Response>)] = []
    public var headers: [(name: String, header: Referable<Header>)] = []
}

/// A value or a `$ref` to one elsewhere in the document.
public enum Referable<Value: Sendable>: Sendable {
    case value(Value)
    case reference(Reference)
}

public struct Reference: Sendable, Hashable {
    /// The `$ref` text as written, e.g. `#/components/parameters/limit`.
    public var target: String
    /// Where the `$ref` itself appears.
    public var origin: Origin
}

public struct PathItem: Sendable {
    public var path: String
    public var parameters: [Referable<Parameter>]
    public var operations: [Operation]
    public var origin: Origin
}

public struct Operation: Sendable {
    public var method: String
    public var operationID: String?
    public var summary: String?
    public var description: String?
    public var tags: [String]
    public var deprecated: Bool
    public var parameters: [Referable<Parameter>]
    public var requestBody: Referable<RequestBody>?
    public var responses: [(status: String, response: Referable<Response>)]
    public var extensions: JSONObject
    public var origin: Origin
}

public struct Parameter: Sendable {
    public enum Location: String, Sendable, Hashable, CaseIterable {
        case path, query, header, cookie
    }

    public var name: String
    public var location: Location
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var schema: Schema?
    public var style: String?
    public var explode: Bool?
    /// The media type of a parameter declared with `content` (a JSON-encoded value), nil for `schema`.
    public var contentMediaType: String?
    public var extensions: JSONObject
    public var origin: Origin
}

public struct RequestBody: Sendable {
    public var description: String?
    public var required: Bool
    public var content: [MediaTypeContent]
    public var origin: Origin
}

public struct Response: Sendable {
    public var description: String?
    public var content: [MediaTypeContent]
    public var headers: [(name: String, header: Referable<Header>)]
    /// The `x-…` members, such as `x-wix-error-codes` on a shared error response.
    public var extensions: JSONObject
    public var origin: Origin
}

public struct Header: Sendable {
    public var description: String?
    public var required: Bool
    public var schema: Schema?
    public var origin: Origin
}

public struct MediaTypeContent: Sendable {
    public var mediaType: String
    public var schema: Schema?
    public var origin: Origin
}

/// A JSON Schema as OpenAPI uses it. A class because schemas nest deeply and are shared by reference.
public final class Schema: Sendable {
    public enum AdditionalProperties: Sendable {
        case allowed(Bool)
        case schema(Schema)
    }

    public struct Discriminator: Sendable {
        public var propertyName: String
        public var mapping: [(value: String, target: String)]
    }

    public let origin: Origin
    public let reference: Reference?
    /// `type`, as a list because OpenAPI 3.1 allows `["string", "null"]`; "null" is moved to `allowsNull`.
    public let types: [String]
    public let allowsNull: Bool
    public let format: String?
    public let title: String?
    public let description: String?
    public let deprecated: Bool
    public let readOnly: Bool
    public let writeOnly: Bool
    public let properties: [(name: String, schema: Schema)]
    /// Whether `properties` was written at all: `properties: {}` declares an empty object.
    public let declaresProperties: Bool
    public let required: [String]
    public let additionalProperties: AdditionalProperties?
    public let items: Schema?
    public let enumValues: [JSONNode]?
    public let allOf: [Schema]
    public let oneOf: [Schema]
    public let anyOf: [Schema]
    public let discriminator: Discriminator?
    public let defaultValue: JSONNode?

    init(
        origin: Origin, reference: Reference?, types: [String], allowsNull: Bool, format: String?, title: String?,
        description: String?, deprecated: Bool, readOnly: Bool, writeOnly: Bool,
        properties: [(name: String, schema: Schema)], declaresProperties: Bool, required: [String],
        additionalProperties: AdditionalProperties?,
        items: Schema?, enumValues: [JSONNode]?, allOf: [Schema], oneOf: [Schema], anyOf: [Schema],
        discriminator: Discriminator?, defaultValue: JSONNode?
    ) {
        self.origin = origin
        self.reference = reference
        self.types = types
        self.allowsNull = allowsNull
        self.format = format
        self.title = title
        self.description = description
        self.deprecated = deprecated
        self.readOnly = readOnly
        self.writeOnly = writeOnly
        self.properties = properties
        self.declaresProperties = declaresProperties
        self.required = required
        self.additionalProperties = additionalProperties
        self.items = items
        self.enumValues = enumValues
        self.allOf = allOf
        self.oneOf = oneOf
        self.anyOf = anyOf
        self.discriminator = discriminator
        self.defaultValue = defaultValue
    }
}
