/// A successful response that lacks the entity the call exists to return (the `file` of Update File
/// Descriptor, say): the server answered, but not in the documented shape.
///
/// Methods that return an entity rather than a response wrapper throw this instead of handing back an
/// optional, so a caller never has to unwrap what the API documents as always present.
public struct MissingEntityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The operation whose response lacked the entity (`updateFileDescriptor`).
    public var operationID: String
    /// The response property that was absent (`file`).
    public var property: String

    /// Creates the error for `property` of `operationID`'s response.
    public init(operationID: String, property: String) {
        self.operationID = operationID
        self.property = property
    }

    /// A sentence naming the operation and the missing property.
    public var description: String {
        "the \(operationID) response has no '\(property)', which it documents as the result"
    }
}

/// Unwraps the entity of a single-entity response, or throws ``MissingEntityError``.
enum ResponseEntity {
    static func require<Entity, Operation: APIOperation>(
        _ entity: Entity?, named property: String, in operation: Operation.Type
    ) throws -> Entity {
        guard let entity else { throw MissingEntityError(operationID: Operation.operationID, property: property) }
        return entity
    }
}
