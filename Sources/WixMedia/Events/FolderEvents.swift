/// Folder Created (`wix.media.site_media.v1.folder_created`): a folder was created, or restored from the trash.
public struct FolderCreatedEvent: Decodable, Sendable, Hashable {
    /// The event's ID, time and entity.
    public var metadata: DomainEventMetadata
    /// The new folder.
    public var folder: Folder?
    /// Present when the folder was restored from the trash rather than created.
    public var restoreInfo: RestoreInfo?

    /// Reads the event from a domain event's JSON, whose `createdEvent` holds the folder.
    public init(from decoder: any Decoder) throws {
        metadata = try DomainEventMetadata(from: decoder)
        let body = try DomainEventBody.createdEvent.decode(CreatedEventBody<Folder>.self, from: decoder)
        folder = body?.entity
        restoreInfo = body?.restoreInfo
    }
}

/// Folder Updated (`wix.media.site_media.v1.folder_updated`): a folder was renamed or moved.
public struct FolderUpdatedEvent: Decodable, Sendable, Hashable {
    /// The event's ID, time and entity.
    public var metadata: DomainEventMetadata
    /// The folder as it is now.
    public var folder: Folder?

    /// Reads the event from a domain event's JSON, whose `updatedEvent` holds the folder.
    public init(from decoder: any Decoder) throws {
        metadata = try DomainEventMetadata(from: decoder)
        folder = try DomainEventBody.updatedEvent.decode(UpdatedEventBody<Folder>.self, from: decoder)?
            .currentEntity
    }
}

/// Folder Deleted (`wix.media.site_media.v1.folder_deleted`): a folder went to the trash or was deleted for
/// good. The folder's ID is `metadata.entityID`.
public struct FolderDeletedEvent: Decodable, Sendable, Hashable {
    /// The event's ID, time and entity.
    public var metadata: DomainEventMetadata
    /// `true` when the folder went to the trash, `false` when it was deleted for good.
    public var movedToTrash: Bool?
    /// The folder as it was, when Wix includes it.
    public var folder: Folder?

    /// Reads the event from a domain event's JSON, whose `deletedEvent` holds the body.
    public init(from decoder: any Decoder) throws {
        metadata = try DomainEventMetadata(from: decoder)
        let body = try DomainEventBody.deletedEvent.decode(DeletedEventBody<Folder>.self, from: decoder)
        movedToTrash = body?.movedToTrash
        folder = body?.deletedEntity
    }
}
