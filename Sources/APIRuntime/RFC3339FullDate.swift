import Foundation

/// A calendar day that travels as an RFC 3339 `full-date` string (OpenAPI `format: date`), such as
/// `2024-05-01`, and is held as the `Date` of midnight UTC.
public struct RFC3339FullDate: CodingAdapter, Hashable {
    /// Midnight UTC of the day; any other time of day is dropped on encoding.
    public var value: Date

    /// Wraps `value`.
    public init(_ value: Date) {
        self.value = value
    }

    /// Decodes a `YYYY-MM-DD` string.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the string is not a valid date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = Self.parse(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected an RFC 3339 full-date such as 2024-05-01, got \"\(text)\".")
        }
        value = date
    }

    /// Encodes the UTC day as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Self.format(value))
    }

    /// The UTC calendar day of `date` as `YYYY-MM-DD`.
    public static func format(_ date: Date) -> String {
        RFC3339Formatter.fullDate(date)
    }

    /// Midnight UTC of the day in a `YYYY-MM-DD` string, or `nil` when `string` is not one.
    public static func parse(_ string: String) -> Date? {
        RFC3339Parser.parseFullDate(string)
    }
}

extension RFC3339FullDate: CustomStringConvertible {
    /// The `YYYY-MM-DD` text.
    public var description: String { Self.format(value) }
}
