/// The names the generated code itself declares or refers to unqualified. A name taken from the schema
/// must never be one of them: a schema called `OneOfDecoding` would shadow the runtime's inside the module
/// and break every union's decoder; an enum value `KNOWN_CASES` would redeclare `knownCases`. Renderers that
/// start using a new name add it here, and the namers consult these lists, never copies of them.
enum GeneratedCodeNames {
    /// Types (and modules) the generated code names unqualified: Swift's, Foundation's, the runtime's,
    /// and the namespaces the generator declares itself. This is the one list: the namers reserve it, and
    /// `HostileNameTests` checks that generated code names no other type it does not declare. (Imports are
    /// planned from the model's types, not by looking for these names in the text.)
    static let types: Set<String> = swiftTypes.union(foundationTypes).union(runtimeTypes).union(generatorTypes)

    static let swiftTypes: Set<String> = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Error", "Decoder", "Encoder", "Codable",
        "Decodable", "Encodable", "Hashable", "Sendable", "Array", "Dictionary", "Optional", "Set", "Never", "Void",
        "Any", "Type", "Self", "Protocol", "CodingKey", "CodingKeys", "DecodingError", "EncodingError",
        "RawRepresentable", "Swift",
    ]

    static let foundationTypes: Set<String> = ["Foundation", "Date", "Data", "URL", "UUID"]

    /// OpenAPIClientKit's: every runtime type a renderer prints is listed here.
    static let runtimeTypes: Set<String> = [
        "OpenAPIClientKit", "JSONValue", "Int64String", "Int64Number", "RFC3339Date", "RFC3339FullDate",
        "CodingAdapter",
        "OpenEnum", "APIErrorCode", "AnyErrorCode", "APIOperation", "HTTPRequest", "HTTPResponse", "HTTPHeader",
        "HTTPMethod", "QueryItems", "QueryValue", "PathEncoding", "JSONBody", "FormBody", "EmptyResponse",
        "APIRequestSender", "Box", "DynamicCodingKey", "MultipartBody", "CursorPagedSequence", "CursorPage",
        "CursorPagingError", "APIEndpoint", "FieldMask", "FieldMaskField", "SingleEntityResponse",
        "ResponseBodyDecoding", "UndocumentedStatusError", "CookieHeader", "NoErrorBody", "CountedPagedSequence",
        "CountedPage", "LinkPagedSequence", "LinkedPage", "LinkedResponse", "FollowingLink",
        "OneOfDecoding", "OneOfVariant", "DiscriminatorTagEncoding",
    ]

    /// Declared by the generator.
    static let generatorTypes: Set<String> = ["Operations"]

    /// The names every request builder declares or nests (`typealias Response`, `typealias ErrorCode`, its
    /// inline `Body` and `ResponseBody`). Inside a builder they mean the builder's own, so a top-level type
    /// with one of them could not be named there (`typealias Response = Response` refers to itself): no
    /// top-level type takes them (a schema `Response` becomes `ResponseModel`), while a builder's nested
    /// types still may.
    static let builderTypes: Set<String> = ["Response", "ErrorCode", "ErrorBody", "Body", "ResponseBody"]

    /// The names no top-level type (schema, shared response body, request builder) may take.
    static let topLevelReserved: Set<String> = types.union(builderTypes)

    /// Members every generated enum has, open enums and unions alike (`init(rawValue:)`, `rawValue`,
    /// `knownCases`, the unknown-value case, and what `OpenEnum`, `Hashable` and `Codable` add), so no
    /// case may take their names.
    static let enumMembers: Set<String> = [
        EnumCaseNamer.unknownCaseName, "init", "rawValue", "knownCases", "allCases", "self", "queryValue",
        "hashValue", "encode",
    ]

    /// Members every generated struct has through `Hashable`: a stored property `hashValue: String` beside
    /// the protocol's `hashValue: Int` makes every unannotated use of it ambiguous.
    static let structMembers: Set<String> = ["hashValue"]

    /// Members every request builder has besides its inputs: `APIOperation`'s requirements (a property
    /// `makeRequest` redeclares the method), the flattened `body` and the `request` the client builds.
    static let operationMembers: Set<String> = structMembers.union([
        "operationID", "isIdempotent", "makeRequest", "decodeResponse", "decodeErrorBody", "body", "request",
    ])
}
