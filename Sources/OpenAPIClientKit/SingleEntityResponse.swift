/// A response whose one job is to carry one entity: the folder Create Folder made, the file Import File
/// started. The schema declares it optional, as proto3 JSON does every field, but a success always has it.
///
/// ``entity()`` returns it, or throws ``MissingEntityError`` for a success without it, so that callers never
/// unwrap an optional the API documents as always present:
///
/// ```swift
/// let folder = try await client.folders.createFolder(displayName: "Trips").entity()
/// ```
///
/// The generator conforms every response struct whose only property is a struct (see `docs/DESIGN-notes.md`).
public protocol SingleEntityResponse: Sendable {
    /// The type of the entity.
    associatedtype Entity: Sendable

    /// The entity's property, as decoded.
    var wrappedEntity: Entity? { get }
    /// The JSON name of the entity's property, for the error when it is missing.
    static var entityPropertyName: String { get }
}

extension SingleEntityResponse {
    /// The entity, or ``MissingEntityError`` when the response lacks it.
    public func entity() throws(MissingEntityError) -> Entity {
        guard let entity = wrappedEntity else {
            throw MissingEntityError(responseType: String(describing: Self.self), property: Self.entityPropertyName)
        }
        return entity
    }
}

/// A successful response that lacks the entity it exists to return (the `folder` of a Create Folder
/// response, say): the server answered, but not in the documented shape.
public struct MissingEntityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The response type that lacked the entity (`CreateFolderResponse`).
    public var responseType: String
    /// The JSON name of the absent property (`folder`).
    public var property: String

    /// Creates the error for `property` of a `responseType` value.
    public init(responseType: String, property: String) {
        self.responseType = responseType
        self.property = property
    }

    /// A sentence naming the response and the missing property.
    public var description: String {
        "the \(responseType) has no '\(property)', which it always carries on success"
    }
}
