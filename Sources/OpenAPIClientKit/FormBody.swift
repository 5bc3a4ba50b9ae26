import Foundation

/// `application/x-www-form-urlencoded` request bodies.
public enum FormBody {
    /// The `Content-Type` of a form body.
    public static let contentType = "application/x-www-form-urlencoded"

    /// Encodes the members of an object as `key=value` pairs joined by `&`.
    ///
    /// Nested objects use brackets (`a[b]=v`) and arrays repeat their key, as
    /// ``QueryItems/appendDeepObject(_:_:)`` does; `null` members are skipped. Spaces become `%20`, which
    /// form decoders accept just like `+`.
    ///
    /// - Throws: `EncodingError.invalidValue` when `value` does not encode as an object.
    public static func encode(_ value: some Encodable) throws -> Data {
        var items: [QueryItems.Item] = []
        for member in try QueryFlattening.members(of: try OrderedEncoding.encode(value), encoding: value) {
            QueryFlattening.flatten(member.value, name: member.key, style: .bracketed, into: &items)
        }
        return Data(QueryItems(items).percentEncoded.utf8)
    }
}
