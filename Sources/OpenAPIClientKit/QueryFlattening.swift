/// Turns encoded values into name/value pairs for the object serialization styles.
enum QueryFlattening {
    /// How a member name is joined to the name of its parent.
    enum Style {
        /// `parent.member`
        case dotted
        /// `parent[member]`
        case bracketed

        func join(_ parent: String, _ member: String) -> String {
            switch self {
            case .dotted: "\(parent).\(member)"
            case .bracketed: "\(parent)[\(member)]"
            }
        }
    }

    /// Appends `value` under `name`: scalars as one item, arrays as repeated items, objects member by member.
    static func flatten(
        _ value: OrderedEncoding.Value, name: String, style: Style, into items: inout [QueryItems.Item]
    ) {
        switch value {
        case .null:
            break
        case .scalar(let text):
            items.append(QueryItems.Item(name: name, value: text))
        case .bytes(let data):
            items.append(QueryItems.Item(name: name, value: data.base64EncodedString()))
        case .array(let elements):
            for element in elements {
                flatten(element, name: name, style: style, into: &items)
            }
        case .object(let members):
            for member in members {
                flatten(member.value, name: style.join(name, member.key), style: style, into: &items)
            }
        }
    }

    /// The members of `value`, which must be an object because there is no name to put in front of anything else.
    static func members(
        of value: OrderedEncoding.Value, encoding original: some Encodable
    ) throws -> [(key: String, value: OrderedEncoding.Value)] {
        switch value {
        case .object(let members):
            return members
        case .null:
            return []
        case .scalar, .bytes, .array:
            throw EncodingError.invalidValue(
                original,
                EncodingError.Context(
                    codingPath: [],
                    debugDescription: "Only an object can be spread into name/value pairs; got \(type(of: original))."
                ))
        }
    }
}
