/// Encodes the variant of a discriminated union so that the tag on the wire is always one the union's
/// case stands for, whatever the variant's own tag property holds.
///
/// The variant structs of a `oneOf` with a `discriminator` have the tag as an ordinary property
/// (`TextNote(kind: "text", …)`), so a value built with the wrong tag (`.textNote(TextNote(kind: "checklist"))`)
/// would otherwise encode silently and make the server read the wrong variant. The union's `encode(to:)`
/// calls ``encode(_:to:property:tags:)`` instead: with one tag for the case the tag is written whatever the
/// variant holds; with several, the variant's value picks among them and any other value is an error.
public enum DiscriminatorTagEncoding {
    /// Encodes `variant` (an object) to `encoder` with its `property` member set to one of `tags`.
    ///
    /// - Parameters:
    ///   - variant: the case's payload; its `encode(to:)` must write a keyed (object) container.
    ///   - encoder: where the union is being encoded.
    ///   - property: the discriminator's property name.
    ///   - tags: the discriminator values that select this case, at least one.
    /// - Throws: `EncodingError.invalidValue` when `tags` has several values and the variant holds none of
    ///   them, or when the variant does not encode as an object; and whatever the variant's encoding throws.
    public static func encode<Variant: Encodable>(
        _ variant: Variant, to encoder: any Encoder, property: String, tags: [String]
    ) throws {
        let state = TagState(property: property, tags: tags, codingPath: encoder.codingPath)
        try variant.encode(to: TagWritingEncoder(base: encoder, state: state))
        guard state.openedObject else {
            throw state.error("the variant does not encode as a JSON object, so it cannot carry the tag")
        }
        if !state.wroteTag {
            var container = encoder.container(keyedBy: DynamicCodingKey.self)
            try container.encode(try state.tag(replacing: nil), forKey: DynamicCodingKey(property))
        }
    }
}

/// What one `encode` call has seen; a class because the containers that write into it are copied.
private final class TagState {
    let property: String
    let tags: [String]
    let codingPath: [any CodingKey]
    var openedObject = false
    var wroteTag = false

    init(property: String, tags: [String], codingPath: [any CodingKey]) {
        self.property = property
        self.tags = tags
        self.codingPath = codingPath
    }

    /// The tag to write where the variant holds `held` (nil: absent or not a string).
    func tag(replacing held: String?) throws -> String {
        if tags.count == 1 { return tags[0] }
        if let held, tags.contains(held) { return held }
        let listed = tags.map { "\"\($0)\"" }.joined(separator: ", ")
        let found = held.map { "\"\($0)\"" } ?? "no string"
        throw error("`\(property)` must be one of \(listed) for this case, found \(found)")
    }

    func error(_ message: String) -> EncodingError {
        EncodingError.invalidValue(
            property, EncodingError.Context(codingPath: codingPath, debugDescription: message))
    }
}

/// Forwards to the real encoder; only the variant's top-level object is filtered.
private struct TagWritingEncoder: Encoder {
    let base: any Encoder
    let state: TagState

    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        state.openedObject = true
        return KeyedEncodingContainer(TagWritingContainer(base: base.container(keyedBy: type), state: state))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { base.unkeyedContainer() }

    func singleValueContainer() -> any SingleValueEncodingContainer { base.singleValueContainer() }
}

/// Writes every member as the variant asks, except the tag, which it replaces by the case's.
private struct TagWritingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var base: KeyedEncodingContainer<Key>
    let state: TagState

    var codingPath: [any CodingKey] { base.codingPath }

    /// Writes the case's tag in place of the variant's `held` value when `key` is the tag; false otherwise.
    private mutating func replacedTag(_ held: String?, forKey key: Key) throws -> Bool {
        guard key.stringValue == state.property else { return false }
        try base.encode(try state.tag(replacing: held), forKey: key)
        state.wroteTag = true
        return true
    }

    mutating func encodeNil(forKey key: Key) throws {
        if try !replacedTag(nil, forKey: key) { try base.encodeNil(forKey: key) }
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        if try !replacedTag(value, forKey: key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try forward(value, forKey: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try forward(value, forKey: key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try forward(value, forKey: key)
    }

    /// A tag held as a string enum (or an open enum) counts by its raw value; any other value is no tag.
    private mutating func forward<T: Encodable>(_ value: T, forKey key: Key) throws {
        let held = value as? String ?? ((value as? any RawRepresentable)?.rawValue as? String)
        if try !replacedTag(held, forKey: key) { try base.encode(value, forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        base.nestedContainer(keyedBy: keyType, forKey: key)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        base.nestedUnkeyedContainer(forKey: key)
    }

    mutating func superEncoder() -> any Encoder { base.superEncoder() }

    mutating func superEncoder(forKey key: Key) -> any Encoder { base.superEncoder(forKey: key) }
}
