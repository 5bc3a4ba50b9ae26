/// A 64-bit integer that travels as a JSON string, as APIs do for values JavaScript cannot hold exactly.
///
/// Decodes a string of decimal digits (`"47177"`, `"-1"`) or a JSON number; encodes as a string.
public struct Int64String: CodingAdapter, Hashable {
    /// The integer.
    public var value: Int64

    /// Wraps `value`.
    public init(_ value: Int64) {
        self.value = value
    }

    /// Decodes a string of decimal digits or a JSON number.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for anything else, including `"12.5"`, `""` and values out of
    ///   range.
    public init(from decoder: any Decoder) throws {
        value = try Int64Coding.decode(from: decoder)
    }

    /// Encodes the decimal digits as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(value))
    }
}

extension Int64String: CustomStringConvertible {
    /// The decimal digits.
    public var description: String { String(value) }
}
