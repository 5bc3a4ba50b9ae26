/// A JSON value that remembers where it came from and keeps object members in document order.
///
/// Foundation's `JSONSerialization` loses member order, and reviewers read generated code next to the
/// schema, so the generator parses JSON itself.
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// The number's literal text, so that `1`, `1.0` and `1e3` stay distinguishable.
        case number(String)
        case string(String)
        case array([JSONNode])
        case object(JSONObject)
    }

    public var value: Value
    /// UTF-8 byte offset of the value's first character in its source.
    public var offset: Int

    public init(_ value: Value, offset: Int = 0) {
        self.value = value
        self.offset = offset
    }

    public var typeName: String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    public var object: JSONObject? {
        if case .object(let object) = value { return object }
        return nil
    }

    public var array: [JSONNode]? {
        if case .array(let items) = value { return items }
        return nil
    }

    public var numberLiteral: String? {
        if case .number(let literal) = value { return literal }
        return nil
    }

    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// Follows a JSON pointer from this node; nil when a token does not match.
    public func node(at pointer: JSONPointer) -> JSONNode? {
        var current = self
        for token in pointer.tokens {
            switch current.value {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let items):
                guard let index = Int(token), items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}

/// Object members in document order. Small objects are searched by a scan; large ones (components,
/// paths, big property maps) carry an index, so that following thousands of `$ref`s into them stays
/// linear overall.
public struct JSONObject: Sendable {
    public struct Member: Sendable {
        public var key: String
        public var keyOffset: Int
        public var value: JSONNode
    }

    public var members: [Member] {
        didSet { positions = Self.positions(of: members) }
    }

    /// Key → index of its first member (a lookup returns the first of duplicate keys); nil when small.
    private var positions: [String: Int]?

    /// Below this many members a scan is as fast as hashing, and costs no memory.
    private static let indexedSize = 16

    public init(members: [Member]) {
        self.members = members
        self.positions = Self.positions(of: members)
    }

    public subscript(key: String) -> JSONNode? {
        if let positions { return positions[key].map { members[$0].value } }
        for member in members where member.key == key {
            return member.value
        }
        return nil
    }

    public var keys: [String] { members.map(\.key) }

    private static func positions(of members: [Member]) -> [String: Int]? {
        guard members.count > indexedSize else { return nil }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(members.count)
        for (index, member) in members.enumerated() where positions[member.key] == nil {
            positions[member.key] = index
        }
        return positions
    }
}
