import Foundation

/// A value Wix sends either as JSON or as a string that holds the JSON: the `…AsJson` members of domain events,
/// and the `data` and `identity` of webhook envelopes. Which form a REST webhook uses is not documented
/// consistently, so both are read.
struct EmbeddedJSON<Value: Decodable>: Decodable {
    var value: Value

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let text = try? container.decode(String.self) else {
            value = try container.decode(Value.self)
            return
        }
        do {
            value = try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "The string does not hold JSON of \(Value.self): \(error)")
        }
    }
}

extension KeyedDecodingContainer {
    /// The value under `key`, or else under its string twin `jsonKey` (`entity` / `entityAsJson`), in either
    /// form; `nil` when neither is present or both are `null`.
    func decodeEmbedded<Value: Decodable>(_ type: Value.Type, forKey key: Key, orKey jsonKey: Key) throws -> Value? {
        for candidate in [key, jsonKey] {
            if let wrapped = try decodeIfPresent(EmbeddedJSON<Value>.self, forKey: candidate) {
                return wrapped.value
            }
        }
        return nil
    }
}
