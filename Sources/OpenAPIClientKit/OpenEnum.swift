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
}

extension OpenEnum {
    /// Decodes the raw value; never fails for an unknown value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(RawValue.self))
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
