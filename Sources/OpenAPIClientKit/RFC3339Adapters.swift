import Foundation

/// A `Date` that travels as an RFC 3339 `date-time` string, whatever the coder's date strategy.
///
/// Decoding accepts fractional seconds of any length, `Z` or `±hh:mm` offsets, and lowercase `t`/`z`.
/// Encoding writes UTC with `Z` and adds milliseconds only when they are not zero:
/// `2022-08-21T15:39:09Z`, `2022-06-06T12:45:29.123Z`.
public struct RFC3339Date: CodingAdapter, Hashable {
    /// The date.
    public var value: Date

    /// Wraps `value`, which is sent as an RFC 3339 date-time.
    public init(_ value: Date) {
        self.value = value
    }

    /// Decodes an RFC 3339 date-time string.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the string is not a valid date-time.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = Self.parse(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected an RFC 3339 date-time such as 2022-08-21T15:39:09Z, got \"\(text)\".")
        }
        value = date
    }

    /// Encodes the date as an RFC 3339 string in UTC.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Self.format(value))
    }

    /// `date` as RFC 3339 in UTC, with milliseconds only when they are not zero.
    public static func format(_ date: Date) -> String {
        RFC3339Formatter.dateTime(date)
    }

    /// The date in an RFC 3339 date-time string, or `nil` when `string` is not one.
    public static func parse(_ string: String) -> Date? {
        RFC3339Parser.parseDateTime(string)
    }
}

extension RFC3339Date: CustomStringConvertible {
    /// The RFC 3339 text.
    public var description: String { Self.format(value) }
}

/// A calendar day that travels as an RFC 3339 `full-date` string (OpenAPI `format: date`), such as
/// `2024-05-01`, and is held as the `Date` of midnight UTC.
public struct RFC3339FullDate: CodingAdapter, Hashable {
    /// Midnight UTC of the day; any other time of day is dropped on encoding.
    public var value: Date

    /// Wraps `value`, which is sent as an RFC 3339 full date (`2024-12-31`).
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
