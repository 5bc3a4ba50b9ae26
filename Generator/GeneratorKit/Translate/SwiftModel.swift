/// Stage 3's output: what the generated Swift contains, with every name already decided.
///
/// The renderer only prints this model; it makes no naming or typing decisions of its own.
public struct SwiftModel: Sendable {
    public var types: [TypeDeclaration]
    public var operations: [OperationDeclaration]
    public var clients: [ClientDeclaration]
    /// The document's entry point over a client (`PetstoreAPI`); nil when configured away or without clients.
    public var entryType: EntryTypeDeclaration?
    public var warnings: [Diagnostic]
    /// The access level every generated declaration is printed with.
    public var accessLevel: GeneratorConfiguration.AccessLevel = .public
}

/// How a value is typed in Swift, independent of optionality.
public indirect enum TypeUsage: Sendable, Hashable {
    case string
    case bool
    case int
    case int32
    case int64(wire: Int64Wire)
    case double
    case float
    case date(DateWire)
    case data
    case jsonValue
    /// A generated type, by its (possibly nested) Swift path, e.g. `ListFilesResponse.NextCursor`.
    case named(String)
    case array(TypeUsage)
    case dictionary(TypeUsage)
    /// A `fieldMask` string typed by the fields of the struct it names (`FieldMask<FileDescriptor.Field>`),
    /// by that struct's Swift path; see `FieldMaskDetector` for the rule.
    case fieldMask(of: String)

    /// The first component of every generated type this usage names (`Outer` of `[Outer.Inner]`): what an
    /// expression spelling the type looks up first.
    var namedRoots: [String] {
        switch self {
        case .named(let path): [String(path.split(separator: ".").first ?? Substring(path))]
        case .array(let element), .dictionary(let element): element.namedRoots
        default: []
        }
    }

    public enum Int64Wire: Sendable, Hashable {
        /// Sent as a JSON string ("47177"), as proto3 JSON does for int64.
        case string
        case number
    }

    public enum DateWire: Sendable, Hashable {
        case dateTime
        case fullDate
    }
}

/// Documentation for a declaration, already in the words the doc comment will print.
public struct Documentation: Sendable, Hashable {
    public var summary: String?
    public var details: String?
    public var deprecated: Bool
    /// What to use instead of a deprecated declaration (an operation's `x-replacement`), named in its
    /// deprecation message and doc comment.
    public var replacement: String?

    public init(summary: String? = nil, details: String? = nil, deprecated: Bool = false, replacement: String? = nil) {
        self.summary = summary
        self.details = details
        self.deprecated = deprecated
        self.replacement = replacement
    }

    /// The deprecation warning of the doc comment: the API description's word, and the replacement when one
    /// is named.
    public var deprecationMessage: String {
        guard let replacement, !replacement.isEmpty else { return "Deprecated in the API description." }
        return "Deprecated in the API description; use \(replacement) instead."
    }

    /// The `@available` message, kept short (it is one line of code): the replacement when one is named.
    public var deprecationAttributeMessage: String {
        guard let replacement, !replacement.isEmpty else { return "Deprecated in the API description." }
        return "Use \(replacement) instead."
    }

    public var isEmpty: Bool { summary == nil && details == nil }
}

public struct TypeDeclaration: Sendable {
    public enum Kind: Sendable {
        case structure(StructDeclaration)
        case enumeration(EnumDeclaration)
        case union(UnionDeclaration)
        case alias(TypeUsage)
    }

    public var name: String
    public var documentation: Documentation
    public var kind: Kind
    /// Inline schemas become types nested in the type whose schema holds them.
    public var nested: [TypeDeclaration]
    /// The schema this type was made from, for diagnostics and for `generator diff`.
    public var pointer: String
}

public struct StructDeclaration: Sendable {
    public var properties: [PropertyDeclaration]
    /// Wix-style "exactly one of these optional properties" (`oneOf: [{required: [a]}, …]`).
    public var exclusiveChoice: ExclusiveChoice?
    /// Whether the struct declares a nested `Field` enum of its properties' JSON names, because a field
    /// mask elsewhere names its fields.
    public var declaresFieldEnum: Bool = false
    /// Set on an operation's response struct whose only property is a struct (`CreateFolderResponse.folder`):
    /// the struct conforms to the runtime's `SingleEntityResponse`, whose `entity()` returns that property or
    /// throws. See `SingleEntityRule`.
    public var entityProperty: PropertyDeclaration?
    /// Computed `URL?` accessors of string properties the schema declares as URLs (`parsedThumbnailURL` for
    /// `thumbnailURL`); see `URLAccessorRule`.
    public var urlAccessors: [URLAccessor] = []
}

/// A computed property that reads a stored `String` property as a `URL` (nil when absent or not a URL).
public struct URLAccessor: Sendable, Hashable {
    /// `parsedThumbnailURL`.
    public var name: String
    /// The stored property it reads, an index into the struct's properties.
    public var propertyIndex: Int
}

public struct PropertyDeclaration: Sendable, Hashable {
    public var swiftName: String
    public var jsonKey: String
    public var type: TypeUsage
    public var isOptional: Bool
    /// The private stored property (`_parent`) that keeps the value behind a `Box` so that recursive
    /// types have a finite size; nil when the value is stored in place.
    public var boxStorageName: String?
    public var documentation: Documentation
    /// The discriminator tag the memberwise initializer defaults this (required string) property to: the one
    /// value every discriminated union that reaches the struct reads under this property (`DiscriminatorTagPlan`).
    public var tagDefault: String?

    public init(
        swiftName: String, jsonKey: String, type: TypeUsage, isOptional: Bool, boxStorageName: String? = nil,
        documentation: Documentation
    ) {
        self.swiftName = swiftName
        self.jsonKey = jsonKey
        self.type = type
        self.isOptional = isOptional
        self.boxStorageName = boxStorageName
        self.documentation = documentation
    }

    /// Stored behind a reference (see `boxStorageName`).
    public var isBoxed: Bool { boxStorageName != nil }

    /// The order of a memberwise initializer's (or a client method's) parameters: required members
    /// first, in declaration order, then the optional ones, each defaulted to nil.
    public static func initializerOrder(_ members: [PropertyDeclaration]) -> [PropertyDeclaration] {
        members.filter { !$0.isOptional } + members.filter(\.isOptional)
    }
}

public struct ExclusiveChoice: Sendable, Hashable {
    public var enumName: String
    /// The computed property that returns the alternative that is set (`choice`), also the label-less
    /// initializer's inner parameter name.
    public var accessorName: String
    /// Indices into the struct's properties, in schema order.
    public var propertyIndices: [Int]
}

public struct EnumDeclaration: Sendable {
    public enum RawType: String, Sendable {
        case string = "String"
        case int = "Int"
    }

    public struct Case: Sendable, Hashable {
        public var swiftName: String
        /// The raw value as the schema lists it, unescaped (`IMAGE`, or `3` in an `Int` enum); Render
        /// writes it as a literal.
        public var rawValue: String
    }

    public var rawType: RawType
    public var cases: [Case]
    /// The name of the case that keeps values the schema does not list.
    public var unknownCaseName: String
    /// Error-code enums conform to the runtime's `APIErrorCode` as well.
    public var isErrorCode: Bool
    public var caseDocumentation: [String: Documentation]
}

public struct UnionDeclaration: Sendable {
    public struct Case: Sendable, Hashable {
        public var swiftName: String
        public var type: TypeUsage
        /// Discriminator values that select this case.
        public var discriminatorValues: [String]
        /// The union, not the payload, writes the tag when encoding: set for a discriminated case whose
        /// payload is a generated struct (an object), by `DiscriminatorTagPlan`.
        public var writesTag: Bool = false
    }

    public var cases: [Case]
    public var discriminatorProperty: String?
    /// A union that contains itself (through its cases) must be an `indirect enum`.
    public var isIndirect: Bool = false
}

public struct ParameterDeclaration: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        /// Scalars and exploded arrays: `name=a&name=b`.
        case form
        /// `name=a,b`.
        case commaSeparated
        /// `name.key=value`, Wix's (gRPC-gateway's) spelling of object query parameters.
        case dotted
        /// `name[key]=value`.
        case deepObject
        /// `name=a%20b` and `name=a|b`.
        case spaceDelimited
        case pipeDelimited
        case simple
    }

    /// How the value turns into text: plain scalars and arrays of them through `QueryValue`; anything
    /// else (objects, unions, dates without time) is encoded first.
    public enum ValueKind: Sendable, Hashable {
        case scalar
        case scalarArray
        case encodable
        /// Declared with JSON `content`: sent as the value's JSON text (`{"a":1}`), percent-encoded
        /// like any text in a query or cookie.
        case jsonText
    }

    public var swiftName: String
    public var wireName: String
    public var location: Parameter.Location
    public var type: TypeUsage
    public var isRequired: Bool
    public var style: Style
    public var valueKind: ValueKind
    public var documentation: Documentation
}

extension ParameterDeclaration {
    /// The parameter as the request builder's stored property.
    public var asMember: PropertyDeclaration {
        PropertyDeclaration(
            swiftName: swiftName, jsonKey: wireName, type: type, isOptional: !isRequired, documentation: documentation)
    }
}

public struct BodyDeclaration: Sendable, Hashable {
    public enum Encoding: Sendable, Hashable {
        case json
        case formURLEncoded
        case multipart
        case binary
        case text
    }

    /// The request builder's stored property that holds the body (`body`).
    public var memberName: String
    public var contentType: String
    public var encoding: Encoding
    public var type: TypeUsage
    public var isRequired: Bool
    public var documentation: Documentation
    /// When the body is a small object, the client method takes its properties as arguments.
    public var flattenedProperties: [PropertyDeclaration]?
}

public enum ResponseDeclaration: Sendable, Hashable {
    case json(TypeUsage)
    case empty
    case binary
    case text
    /// Several documented success statuses: an enum nested in the request builder, a case per status.
    indirect case statuses(StatusResponses)
}

extension ResponseDeclaration {
    /// Whether a success response carries JSON, so that the request asks for it (`Accept`).
    public var hasJSONBody: Bool {
        switch self {
        case .json: true
        case .empty, .binary, .text: false
        case .statuses(let statuses): statuses.cases.contains { $0.body.hasJSONBody }
        }
    }
}

/// What an operation's documented error responses decode to (`APIOperation.ErrorBody`).
public enum ErrorBodyDeclaration: Sendable, Hashable {
    /// Every documented error body has this type (Wix: `WixError`).
    case single(TypeUsage)
    /// Their types differ: an enum nested in the builder, a case per status (exact, ranges, `default`).
    case statuses(StatusResponses)
}

/// The response enum of an operation with several success statuses (`.ok(Pet)`, `.created(Pet)`,
/// `.noContent`), decoded by the response's status.
public struct StatusResponses: Sendable, Hashable {
    public struct Case: Sendable, Hashable {
        /// `ok`, `created`, `noContent`; `success` for `2XX`.
        public var swiftName: String
        /// The status as the document writes it: `200`, or `2XX`.
        public var status: String
        /// Never `.statuses`; `.empty` for a status without a body, which is never decoded.
        public var body: ResponseDeclaration
        public var documentation: Documentation
    }

    /// `Operations.CreatePet.Response`.
    public var typePath: String
    /// Exact statuses first, in document order, then the `2XX` range: the order the decoder tries them.
    public var cases: [Case]
}

public struct ErrorCodeDeclaration: Sendable, Hashable {
    public var code: String
    public var httpStatus: Int?
    public var documentation: Documentation
}

public struct OperationDeclaration: Sendable {
    public var operationID: String
    /// `ListFiles`, the request builder's name inside `Operations`.
    public var typeName: String
    public var httpMethod: String
    public var path: String
    public var parameters: [ParameterDeclaration]
    public var body: BodyDeclaration?
    public var response: ResponseDeclaration
    /// The documented error responses' body, typed for the thrown error; nil when none has a JSON body.
    public var errorBody: ErrorBodyDeclaration?
    /// Name of the error-code type: a generated enum, or the runtime's `AnyErrorCode`.
    public var errorCodeType: String
    public var errorCodes: [ErrorCodeDeclaration]
    public var isIdempotent: Bool
    public var documentation: Documentation
    /// The operation's first tag, which picks its client namespace; empty when it has none.
    public var tag: String
    /// The client namespace that has the operation's method (`FilesClient`); set once the clients are planned.
    public var clientName: String
    /// The request builder's stored properties and initializer parameters: the parameters, then the body.
    public var requestMembers: [PropertyDeclaration]
    /// The client method that builds and sends this request.
    public var clientMethod: ClientMethodDeclaration
    /// Types nested in the request builder (inline parameter schemas).
    public var nested: [TypeDeclaration]
    /// Set for cursor-paged operations, which get a `…Paged` client method.
    public var paging: PagingDeclaration?
    public var pointer: String

    /// `listFiles`, the client method's name.
    public var methodName: String { clientMethod.name }
}

/// A client method's signature and how its body builds the request value.
public struct ClientMethodDeclaration: Sendable, Hashable {
    /// `listFiles`.
    public var name: String
    /// The method's parameters in declaration order (required first): the request's members, with a
    /// flattened body's properties in place of the body.
    public var arguments: [PropertyDeclaration]
    /// The arguments typed differently from the request member they fill, by name: the member's (wire) type.
    /// An `Int` argument whose member is an `Int32` is converted with clamping (see `SurfaceIntegerRule`).
    public var wireTypes: [String: TypeUsage] = [:]
    /// The local the method builds a flattened body into (`body`), nil when the body is one argument.
    public var flattenedBodyVariable: String?
    /// The local that holds the request value (`request`).
    public var requestVariable: String
}

/// How a paged operation is paged; the properties are those of the generated models. See `PagingDetector`
/// for the rules, and `PagingExtension` for `x-paging`.
public struct PagingDeclaration: Sendable, Hashable {
    /// How the next page is asked for, and so which runtime sequence the paged method returns.
    public enum Style: Sendable, Hashable {
        /// A cursor from each response goes into the next request (`CursorPagedSequence`).
        case cursor
        /// Page numbers from `firstPage` (`CountedPagedSequence`, `.pages`).
        case pages(firstPage: Int)
        /// Item offsets from 0 (`CountedPagedSequence`, `.items`).
        case offset
        /// The `Link: <…>; rel="next"` response header, or a next-page link in the body (`LinkPagedSequence`).
        case link
    }

    public enum Slot: Sendable, Hashable {
        /// A method argument of the paging type, replaced by `pageSize` in the paged method.
        case argument(
            name: String, pagingType: String, limit: PropertyDeclaration, cursor: PropertyDeclaration, limitFirst: Bool)
        /// A property of a method argument (`query.cursorPaging`), whose cursor the paged method sets.
        case nested(
            argument: PropertyDeclaration, property: PropertyDeclaration, pagingType: String,
            limit: PropertyDeclaration, cursor: PropertyDeclaration, limitFirst: Bool)
        /// Plain method arguments: the position the sequence sets (cursor, page number or offset; none for
        /// `Link` paging), and the page size, replaced by `pageSize` in the paged method.
        case arguments(position: PropertyDeclaration?, size: PropertyDeclaration?)
    }

    public var style: Style
    public var slot: Slot
    /// The path from the response to its list (empty when the response is the list), and the element type.
    public var items: [PropertyDeclaration]
    public var itemType: TypeUsage
    /// The path from the response to the next cursor (cursor paging), or from the page's last item when
    /// `nextIsInLastItem` (Stripe's `starting_after`: the last item's `id`); for `Link` paging, to a next-page
    /// link in the body (Twilio's `next_page_uri`), empty when the link is the `Link` header's.
    public var next: [PropertyDeclaration]
    public var nextIsInLastItem: Bool = false
    /// Paths from the response to the server's "more pages" flag and to its total item and page counts.
    public var hasNext: [PropertyDeclaration]?
    public var totalItems: [PropertyDeclaration]?
    public var totalPages: [PropertyDeclaration]?
    /// The `…Paged` method: its name, and its parameters before `maxPages` (the plain method's, with
    /// `pageSize` in place of a paging argument).
    public var methodName: String
    public var arguments: [PropertyDeclaration]
    /// Names the paged method adds: its `pageSize` and `maxPages` parameters (and `maxPages`' default),
    /// and the `cursor` and `response` locals of its page closure.
    public var pageSizeName: String
    public var maxPagesName: String
    public var defaultMaxPages: Int
    public var cursorName: String
    public var responseName: String
}

/// A document's entry type: a struct over an `APIRequestSender` with one property per client namespace.
public struct EntryTypeDeclaration: Sendable {
    /// One property of the entry type: its name and the client namespace it returns.
    public struct Member: Sendable {
        public var propertyName: String
        public var clientName: String
        public var documentation: Documentation
    }

    /// A static factory for one of the document's `securitySchemes`: `static func apiKeyAuth(_ key: String)
    /// -> Authentication`, so a user never needs to know the header or query name the API reads.
    public struct AuthenticationFactory: Sendable {
        /// Where the scheme puts its credential, and so which `Authentication` case the factory returns.
        public enum Credential: Sendable, Hashable {
            case apiKeyHeader(name: String)
            case apiKeyQuery(name: String)
            case bearer
            case basic
        }

        public var methodName: String
        public var credential: Credential
        public var documentation: Documentation
    }

    public var name: String
    /// The stored property and initializer label holding the sender: `client`.
    public var senderName: String
    public var documentation: Documentation
    public var members: [Member]
    /// One per supported security scheme, in document order.
    public var authenticationFactories: [AuthenticationFactory] = []
}

public struct ClientDeclaration: Sendable {
    public var name: String
    /// The property on the hand-written client, e.g. `files`.
    public var propertyName: String
    public var documentation: Documentation
    public var operationIDs: [String]
}
