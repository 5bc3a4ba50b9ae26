/// An arbitrary JSON value, for free-form objects and `{}` schemas.
///
/// Objects are dictionaries, so member order is not kept: Foundation's decoders do not report it.
/// `encode(to:)` hands members to the encoder sorted by key, which makes query and form encoding
/// deterministic; `JSONEncoder` reorders members anyway unless its output formatting includes `.sortedKeys`.
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number; integers beyond ±2^53 lose precision, as they do in JavaScript.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object([String: JSONValue])
}

extension JSONValue: Codable {
    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected null, a boolean, a number, a string, an array or an object.")
        }
    }

    /// Encodes the value; integral numbers within ±2^53 are written without a fraction, so `7` stays `7`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let value):
            var container = encoder.singleValueContainer()
            if let integer = Self.exactInteger(value) {
                try container.encode(integer)
            } else {
                try container.encode(value)
            }
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values {
                try container.encode(value)
            }
        case .object(let members):
            var container = encoder.container(keyedBy: MemberKey.self)
            for (key, value) in members.sorted(by: { $0.key < $1.key }) {
                try container.encode(value, forKey: MemberKey(key))
            }
        }
    }

    /// `value` as an `Int64` when it is integral and exactly representable, which every integer within ±2^53 is.
    static func exactInteger(_ value: Double) -> Int64? {
        let limit = 9_007_199_254_740_992.0  // 2^53
        guard value.rounded(.towardZero) == value, abs(value) <= limit else { return nil }
        return Int64(value)
    }
}

private struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ key: String) {
        stringValue = key
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        return nil
    }
}
