/// The `Encoder` behind ``OrderedEncoding``; every container writes into an ``OrderedEncoding/Node``.
struct TreeEncoder: Encoder {
    let node: OrderedEncoding.Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: OrderedEncoding.Node
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).setNull() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { node.member(key.stringValue).setScalar(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.member(key.stringValue).encode(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: node.member("super"), codingPath: codingPath + [TreeCodingKey("super")])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: OrderedEncoding.Node
    let codingPath: [any CodingKey]
    var count: Int { node.elementCount }

    private var nextKey: TreeCodingKey { TreeCodingKey(index: count) }

    mutating func encodeNil() throws { node.appendElement().setNull() }
    mutating func encode(_ value: Bool) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: String) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: Double) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: Float) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: Int) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: Int8) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: Int16) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: Int32) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: Int64) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: UInt) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: UInt8) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: UInt16) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: UInt32) throws { node.appendElement().setScalar(value) }
    mutating func encode(_ value: UInt64) throws { node.appendElement().setScalar(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = nextKey
        try node.appendElement().encode(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let key = nextKey
        return TreeEncoder(node: node.appendElement(), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = nextKey
        return TreeEncoder(node: node.appendElement(), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let key = nextKey
        return TreeEncoder(node: node.appendElement(), codingPath: codingPath + [key])
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let node: OrderedEncoding.Node
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.setNull() }
    mutating func encode(_ value: Bool) throws { node.setScalar(value) }
    mutating func encode(_ value: String) throws { node.setScalar(value) }
    mutating func encode(_ value: Double) throws { node.setScalar(value) }
    mutating func encode(_ value: Float) throws { node.setScalar(value) }
    mutating func encode(_ value: Int) throws { node.setScalar(value) }
    mutating func encode(_ value: Int8) throws { node.setScalar(value) }
    mutating func encode(_ value: Int16) throws { node.setScalar(value) }
    mutating func encode(_ value: Int32) throws { node.setScalar(value) }
    mutating func encode(_ value: Int64) throws { node.setScalar(value) }
    mutating func encode(_ value: UInt) throws { node.setScalar(value) }
    mutating func encode(_ value: UInt8) throws { node.setScalar(value) }
    mutating func encode(_ value: UInt16) throws { node.setScalar(value) }
    mutating func encode(_ value: UInt32) throws { node.setScalar(value) }
    mutating func encode(_ value: UInt64) throws { node.setScalar(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.encode(value, codingPath: codingPath)
    }
}
