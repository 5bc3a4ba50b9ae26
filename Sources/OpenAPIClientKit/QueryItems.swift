/// Ordered query items; names and values are stored unencoded.
///
/// The `append` methods implement the OpenAPI query serialization styles; ``percentEncoded`` produces the
/// query string.
public struct QueryItems: Sendable, Hashable, Sequence {
    /// One `name=value` pair.
    public struct Item: Sendable, Hashable {
        /// The unencoded name.
        public var name: String
        /// The unencoded value.
        public var value: String

        /// Creates an item.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The items, in the order they were appended.
    public private(set) var items: [Item]

    /// Creates an empty list.
    public init() {
        items = []
    }

    /// Creates a list holding `items`.
    public init(_ items: [Item]) {
        self.items = items
    }

    /// Whether there are no items.
    public var isEmpty: Bool { items.isEmpty }

    /// Returns an iterator over the items.
    public func makeIterator() -> IndexingIterator<[Item]> {
        items.makeIterator()
    }

    /// Appends `item`.
    public mutating func append(_ item: Item) {
        items.append(item)
    }

    /// Appends `name=value`, or nothing when `value` is `nil`.
    public mutating func append(_ name: String, _ value: (some QueryValue)?) {
        guard let value else { return }
        items.append(Item(name: name, value: value.queryValue))
    }

    /// Appends `name=a&name=b` for the values `[a, b]` (style `form`, `explode: true`); nothing when `nil`.
    public mutating func append(_ name: String, _ values: [some QueryValue]?) {
        guard let values else { return }
        items.append(contentsOf: values.map { Item(name: name, value: $0.queryValue) })
    }

    /// Appends `name=a,b` for the values `[a, b]` (style `form`, `explode: false`); nothing when `nil`.
    ///
    /// An empty array appends `name=` so that the server can tell it from an absent parameter.
    public mutating func appendCommaSeparated(_ name: String, _ values: [some QueryValue]?) {
        guard let values else { return }
        items.append(Item(name: name, value: values.map(\.queryValue).joined(separator: ",")))
    }

    /// Appends the members of an object in dotted notation: `name.key=v`, nested `name.a.b=v`.
    ///
    /// Arrays repeat their key (`name.key=x&name.key=y`), `null` members are skipped, and a scalar appends
    /// `name=value`. Members come in the order the value's `encode(to:)` wrote them; dictionaries in key
    /// order. Dates become RFC 3339 text.
    public mutating func appendDotted(_ name: String, _ value: (some Encodable)?) throws {
        guard let value else { return }
        QueryFlattening.flatten(try OrderedEncoding.encode(value), name: name, style: .dotted, into: &items)
    }

    /// Appends the members of an object in the OpenAPI `deepObject` style: `name[key]=v`, nested
    /// `name[a][b]=v`.
    ///
    /// Arrays repeat their key (`name[key]=x&name[key]=y`); otherwise it behaves like ``appendDotted(_:_:)``.
    public mutating func appendDeepObject(_ name: String, _ value: (some Encodable)?) throws {
        guard let value else { return }
        QueryFlattening.flatten(try OrderedEncoding.encode(value), name: name, style: .bracketed, into: &items)
    }

    /// Appends each member of an object as its own item, `key=v` (style `form`, `explode: true`).
    ///
    /// Array members repeat their key, nested objects use dotted names (`key.sub=v`), `null` members are
    /// skipped.
    ///
    /// - Throws: `EncodingError.invalidValue` when `value` does not encode as an object.
    public mutating func appendExploded(_ value: (some Encodable)?) throws {
        guard let value else { return }
        let members = try QueryFlattening.members(of: try OrderedEncoding.encode(value), encoding: value)
        for member in members {
            QueryFlattening.flatten(member.value, name: member.key, style: .dotted, into: &items)
        }
    }

    /// The RFC 3986 query string, without the leading `?`, or `""` when there are no items.
    ///
    /// Names and values keep only unreserved characters (letters, digits, `-`, `.`, `_`, `~`); everything else
    /// is percent-encoded, so a space is `%20`, `+` is `%2B`, and `&`, `=`, `#`, `/`, `?` never break the
    /// structure.
    public var percentEncoded: String {
        items.map { item in
            PercentEncoding.encode(item.name, keeping: PercentEncoding.isUnreserved) + "="
                + PercentEncoding.encode(item.value, keeping: PercentEncoding.isUnreserved)
        }
        .joined(separator: "&")
    }
}
