import Foundation

/// JSON request bodies for generated request builders.
public enum JSONBody {
    /// The `Content-Type` of a JSON body.
    public static let contentType = "application/json"

    /// Encodes `value` as JSON.
    ///
    /// The encoder uses no date, data or key strategies, because models carry their own wire formats
    /// (see ``CodingAdapter``); slashes are left unescaped so that URLs and IDs stay readable.
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// `value` as JSON text, for parameters declared with JSON `content` (a query item, header or cookie
    /// whose value is `{"a":1}`); the query or cookie encoding percent-encodes it like any other text.
    public static func text(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
