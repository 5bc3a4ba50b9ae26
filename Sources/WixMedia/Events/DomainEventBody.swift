import Foundation

/// The member of a domain event that carries its body: exactly one is present, depending on what happened.
enum DomainEventBody: String, CodingKey {
    case createdEvent
    case updatedEvent
    case deletedEvent
    case actionEvent

    /// This member of the domain event being decoded, or `nil` when the event has no such member.
    func decode<Body: Decodable>(_ type: Body.Type, from decoder: any Decoder) throws -> Body? {
        try decoder.container(keyedBy: DomainEventBody.self).decodeIfPresent(type, forKey: self)
    }
}

/// `createdEvent`: the new entity, and when it was restored from the trash, when it had been deleted.
struct CreatedEventBody<Entity: Decodable>: Decodable {
    var entity: Entity?
    var restoreInfo: RestoreInfo?

    private enum CodingKeys: String, CodingKey {
        case entity, entityAsJson, restoreInfo
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entity = try container.decodeEmbedded(Entity.self, forKey: .entity, orKey: .entityAsJson)
        restoreInfo = try container.decodeIfPresent(RestoreInfo.self, forKey: .restoreInfo)
    }
}

/// `updatedEvent`: the entity as it is now.
struct UpdatedEventBody<Entity: Decodable>: Decodable {
    var currentEntity: Entity?

    private enum CodingKeys: String, CodingKey {
        case currentEntity, currentEntityAsJson
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        currentEntity = try container.decodeEmbedded(Entity.self, forKey: .currentEntity, orKey: .currentEntityAsJson)
    }
}

/// `deletedEvent`: whether the entity went to the trash, and the entity as it was, when Wix includes it.
struct DeletedEventBody<Entity: Decodable>: Decodable {
    var movedToTrash: Bool?
    var deletedEntity: Entity?

    private enum CodingKeys: String, CodingKey {
        case movedToTrash, deletedEntity, deletedEntityAsJson
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        movedToTrash = try container.decodeIfPresent(Bool.self, forKey: .movedToTrash)
        deletedEntity = try container.decodeEmbedded(Entity.self, forKey: .deletedEntity, orKey: .deletedEntityAsJson)
    }
}

/// `actionEvent`: the body of an event that is neither a creation, an update nor a deletion.
struct ActionEventBody<Body: Decodable>: Decodable {
    var body: Body?

    private enum CodingKeys: String, CodingKey {
        case body, bodyAsJson
    }

    init(from decoder: any Decoder) throws {
        body = try decoder.container(keyedBy: CodingKeys.self).decodeEmbedded(
            Body.self, forKey: .body, orKey: .bodyAsJson)
    }
}

/// When an entity restored from the trash had been deleted.
public struct RestoreInfo: Decodable, Sendable, Hashable {
    /// When the entity was deleted, before being restored.
    public var deletedDate: Date?

    private enum CodingKeys: String, CodingKey {
        case deletedDate
    }

    /// Reads `{ "deletedDate": "<RFC 3339>" }`.
    public init(from decoder: any Decoder) throws {
        deletedDate = try decoder.container(keyedBy: CodingKeys.self)
            .decodeIfPresent(RFC3339Date.self, forKey: .deletedDate)?.value
    }
}
