import Foundation

/// Captures an `Encodable` value as a tree whose objects keep their members in the order they were encoded.
///
/// The query serialization styles need the value's structure in a deterministic order, and `JSONEncoder`
/// promises no member order unless it sorts keys, which would lose the model's declared order.
enum OrderedEncoding {
    /// An encoded value.
    indirect enum Value {
        case null
        /// Any number, string or boolean, already as its query text.
        case scalar(String)
        /// Binary data: base64 text where a string is needed (queries), raw bytes in multipart bodies.
        case bytes(Data)
        case array([Value])
        case object([(key: String, value: Value)])
    }

    /// Encodes `value` into a tree.
    static func encode(_ value: some Encodable) throws -> Value {
        let root = Node()
        try root.encode(value, codingPath: [])
        return root.value
    }

    /// A mutable slot that containers write into; a class because nested containers outlive the call that made them.
    final class Node {
        private enum Kind {
            case unset, null, scalar, bytes, array, object
        }

        private var kind = Kind.unset
        private var text = ""
        private var data = Data()
        private var elements: [Node] = []
        private var keys: [String] = []
        private var members: [String: Node] = [:]

        var value: Value {
            switch kind {
            // A type whose encode(to:) wrote nothing is an empty object, as it is for JSONEncoder.
            case .unset: .object([])
            case .null: .null
            case .scalar: .scalar(text)
            case .bytes: .bytes(data)
            case .array: .array(elements.map(\.value))
            case .object: .object(keys.compactMap { key in members[key].map { (key, $0.value) } })
            }
        }

        var elementCount: Int { elements.count }

        func setNull() {
            reset(to: .null)
        }

        func setScalar(_ value: some QueryValue) {
            reset(to: .scalar)
            text = value.queryValue
        }

        func becomeArray() {
            if kind != .array { reset(to: .array) }
        }

        func becomeObject() {
            if kind != .object { reset(to: .object) }
        }

        func appendElement() -> Node {
            becomeArray()
            let element = Node()
            elements.append(element)
            return element
        }

        /// The member slot for `key`; a key written twice keeps its first position, as in a JSON object.
        func member(_ key: String) -> Node {
            becomeObject()
            if let existing = members[key] { return existing }
            let member = Node()
            keys.append(key)
            members[key] = member
            return member
        }

        func encode<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
            // Types that JSONEncoder special-cases get a text form here too; dates use RFC 3339 because a
            // query parameter has no use for Date's default seconds-since-2001 number.
            switch value {
            case let date as Date:
                setScalar(RFC3339Date.format(date))
            case let url as URL:
                setScalar(url.absoluteString)
            case let bytes as Data:
                reset(to: .bytes)
                data = bytes
            case let decimal as Decimal:
                setScalar(decimal.description)
            case let dictionary as any SortedMembersEncodable:
                try dictionary.encodeMembersSorted(into: self, codingPath: codingPath)
            default:
                try value.encode(to: TreeEncoder(node: self, codingPath: codingPath))
            }
        }

        private func reset(to newKind: Kind) {
            kind = newKind
            text = ""
            data = Data()
            elements = []
            keys = []
            members = [:]
        }
    }
}

/// Dictionaries iterate in an order that changes from run to run, so their members are written sorted.
protocol SortedMembersEncodable {
    func encodeMembersSorted(into node: OrderedEncoding.Node, codingPath: [any CodingKey]) throws
}

extension Dictionary: SortedMembersEncodable where Key == String, Value: Encodable {
    func encodeMembersSorted(into node: OrderedEncoding.Node, codingPath: [any CodingKey]) throws {
        node.becomeObject()
        for (key, value) in sorted(by: { $0.key < $1.key }) {
            try node.member(key).encode(value, codingPath: codingPath + [TreeCodingKey(key)])
        }
    }
}

/// A coding key for dictionary members, array indices and `super`.
struct TreeCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ string: String) {
        stringValue = string
    }

    init(index: Int) {
        stringValue = String(index)
        intValue = index
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        self.init(index: intValue)
    }
}
