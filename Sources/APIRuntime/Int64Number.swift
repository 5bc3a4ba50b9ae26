/// A 64-bit integer that travels as a JSON number but is also accepted as a string of decimal digits.
public struct Int64Number: CodingAdapter, Hashable {
    /// The integer.
    public var value: Int64

    /// Wraps `value`.
    public init(_ value: Int64) {
        self.value = value
    }

    /// Decodes a JSON number or a string of decimal digits.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for anything else, including `12.5`, `""` and values out of range.
    public init(from decoder: any Decoder) throws {
        value = try Int64Coding.decode(from: decoder)
    }

    /// Encodes a JSON number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Int64Number: CustomStringConvertible {
    /// The decimal digits.
    public var description: String { String(value) }
}
