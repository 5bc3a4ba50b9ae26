extension QueryItems {
    /// Appends any encodable value in OpenAPI's `form` style, for parameters whose type is not a plain
    /// scalar (unions such as "an ID or a list of IDs", free-form values).
    ///
    /// Scalars become `name=value`; arrays repeat the name (`explode`) or join with commas; objects
    /// spread their members (`explode`, nested members dotted) or become `name=k1,v1,k2,v2`.
    public mutating func appendForm(_ name: String, _ value: (some Encodable)?, explode: Bool) throws {
        guard let value else { return }
        let encoded = try OrderedEncoding.encode(value)
        switch encoded {
        case .null:
            return
        case .scalar(let text):
            append(QueryItems.Item(name: name, value: text))
        case .bytes(let data):
            append(QueryItems.Item(name: name, value: data.base64EncodedString()))
        case .array(let elements) where explode:
            var flattened: [Item] = []
            for element in elements { QueryFlattening.flatten(element, name: name, style: .dotted, into: &flattened) }
            for item in flattened { append(item) }
        case .object(let members) where explode:
            var flattened: [Item] = []
            for member in members {
                QueryFlattening.flatten(member.value, name: member.key, style: .dotted, into: &flattened)
            }
            for item in flattened { append(item) }
        case .array, .object:
            append(QueryItems.Item(name: name, value: SimpleStyle.join(encoded)))
        }
    }
}

extension PathEncoding {
    /// Percent-encodes any encodable value as one path segment in OpenAPI's `simple` style: scalars as
    /// text, arrays as `a,b`, objects as `k1,v1,k2,v2`. For path parameters that are unions or lists.
    public static func segment(encoding value: some Encodable) throws -> String {
        encodeSegment(SimpleStyle.join(try OrderedEncoding.encode(value)))
    }

    /// Percent-encodes the value of the path parameter `name` as one segment, like ``segment(encoding:)``.
    ///
    /// - Throws: `RequestValidationError.emptyPathParameter` when the value encodes to nothing (an empty
    ///   string or list), and the errors of ``segment(encoding:)``.
    public static func segment(encoding value: some Encodable, parameter name: String) throws -> String {
        try nonEmpty(segment(encoding: value), parameter: name)
    }
}

/// OpenAPI's comma-joined rendering of a value, shared by `simple` paths and non-exploded `form` queries.
enum SimpleStyle {
    static func join(_ value: OrderedEncoding.Value) -> String {
        switch value {
        case .null: ""
        case .scalar(let text): text
        case .bytes(let data): data.base64EncodedString()
        case .array(let elements): elements.map(join).joined(separator: ",")
        case .object(let members): members.map { "\($0.key),\(join($0.value))" }.joined(separator: ",")
        }
    }
}

extension QueryItems {
    /// Appends an array as one item joined by `separator`: OpenAPI's `spaceDelimited` (`" "`) and
    /// `pipeDelimited` (`"|"`) styles.
    public mutating func appendJoined(_ name: String, _ values: [some QueryValue]?, separator: String) {
        guard let values else { return }
        append(QueryItems.Item(name: name, value: values.map(\.queryValue).joined(separator: separator)))
    }
}
