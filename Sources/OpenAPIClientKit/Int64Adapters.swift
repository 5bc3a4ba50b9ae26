/// The 64-bit integer adapters: `Int64String` and `Int64Number` differ only in how they encode, so they
/// live together with the decoding they share.

/// A 64-bit integer that travels as a JSON string, as APIs do for values JavaScript cannot hold exactly.
///
/// Decodes a string of decimal digits (`"47177"`, `"-1"`) or a JSON number; encodes as a string.
public struct Int64String: CodingAdapter, Hashable {
    /// The integer.
    public var value: Int64

    /// Wraps `value`, which is sent as a JSON string.
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

/// A 64-bit integer that travels as a JSON number but is also accepted as a string of decimal digits.
public struct Int64Number: CodingAdapter, Hashable {
    /// The integer.
    public var value: Int64

    /// Wraps `value`, which is sent as a JSON number.
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

/// Decoding shared by the 64-bit integer adapters, which accept both a JSON string and a JSON number.
enum Int64Coding {
    static func decode(from decoder: any Decoder) throws -> Int64 {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "Expected a string of decimal digits for a 64-bit integer, got \"\(text)\".")
            }
            return value
        }
        if let value = try? container.decode(Int64.self) {
            return value
        }
        throw DecodingError.dataCorruptedError(
            in: container,
            debugDescription: "Expected a 64-bit integer as a JSON number or a string of decimal digits.")
    }

    /// `text` as an integer when it is an optional `-` followed by decimal digits and fits in `Int64`.
    static func parse(_ text: String) -> Int64? {
        // Int64(_:) alone would also take a leading "+", which is not a JSON-style integer.
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : text.utf8[...]
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        return Int64(text)
    }
}
