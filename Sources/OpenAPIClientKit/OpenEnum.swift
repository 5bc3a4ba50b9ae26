/// An enum generated from OpenAPI with a case per documented value plus one that keeps unknown values, so
/// that a server adding a value does not break decoding.
///
/// A conforming type looks like this:
///
/// ```swift
/// public enum MediaType: OpenEnum {
///     case image
///     case unrecognized(String)
///
///     public init(rawValue: String) {
///         switch rawValue {
///         case "IMAGE": self = .image
///         default: self = .unrecognized(rawValue)
///         }
///     }
///
///     public var rawValue: String {
///         switch self {
///         case .image: "IMAGE"
///         case .unrecognized(let value): value
///         }
///     }
/// }
/// ```
///
/// Coding and query text come from the raw value. Equality is the type's own: keep `unrecognized` for values
/// that no other case covers, so that equal raw values mean equal cases.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, QueryValue
where RawValue: Codable & Hashable & Sendable & QueryValue {
    /// Creates the case for `rawValue`; values without a case of their own become the unrecognized case.
    init(rawValue: RawValue)

    /// Every documented case, so that decoding can tell a documented value from an unrecognized one. Generated
    /// enums list theirs; the default, empty, means "not known" and counts every value as documented.
    static var knownCases: [Self] { get }
}

extension OpenEnum {
    /// No list of documented cases: every value counts as documented.
    public static var knownCases: [Self] { [] }

    /// Decodes the raw value; never fails for an unknown value.
    ///
    /// While a `oneOf` variant is being tried (see ``OneOfDecoding``), an undocumented value makes that variant
    /// a weaker match than one that documents the value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(RawValue.self))
        if let trial = DecodingTrial.current, !Self.knownCases.isEmpty, !Self.knownCases.contains(self) {
            trial.noteUnrecognizedValue()
        }
    }

    /// Encodes the raw value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw value's query text.
    public var queryValue: String {
        rawValue.queryValue
    }
}
