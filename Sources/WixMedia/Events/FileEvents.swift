/// File Ready (`wix.media.site_media.v1.file_descriptor_file_ready`): Wix finished processing an uploaded or
/// imported file, or a file was restored from the trash.
public struct FileReadyEvent: Decodable, Sendable, Hashable {
    /// The event's ID, time and entity.
    public var metadata: DomainEventMetadata
    /// The file, now `READY`.
    public var file: FileDescriptor?
    /// The `externalInfo` given when the file was uploaded or imported; only this event and File Failed carry it.
    public var externalInfo: ExternalInfo?
    /// Whether the event comes from restoring the file from the trash rather than from processing it.
    public var triggeredByUndelete: Bool?

    private struct Body: Decodable {
        var file: FileDescriptor?
        var externalInfo: ExternalInfo?
        var triggeredByUndelete: Bool?
    }

    /// Reads the event from a domain event's JSON, whose `actionEvent` holds the body.
    public init(from decoder: any Decoder) throws {
        metadata = try DomainEventMetadata(from: decoder)
        let body = try DomainEventBody.actionEvent.decode(ActionEventBody<Body>.self, from: decoder)?.body
        file = body?.file
        externalInfo = body?.externalInfo
        triggeredByUndelete = body?.triggeredByUndelete
    }
}

/// File Failed (`wix.media.site_media.v1.file_descriptor_file_failed`): Wix could not import or process a
/// file. The file's ID is `metadata.entityID`; Wix sends no reason.
public struct FileFailedEvent: Decodable, Sendable, Hashable {
    /// The event's ID, time and entity.
    public var metadata: DomainEventMetadata
    /// The `externalInfo` given when the file was uploaded or imported.
    public var externalInfo: ExternalInfo?

    private struct Body: Decodable {
        var externalInfo: ExternalInfo?
    }

    /// Reads the event from a domain event's JSON, whose `actionEvent` holds the body.
    public init(from decoder: any Decoder) throws {
        metadata = try DomainEventMetadata(from: decoder)
        externalInfo = try DomainEventBody.actionEvent.decode(ActionEventBody<Body>.self, from: decoder)?.body?
            .externalInfo
    }
}

/// File Descriptor Updated (`wix.media.site_media.v1.file_descriptor_updated`): a file changed — renamed,
/// moved, relabelled, or processed further.
public struct FileDescriptorUpdatedEvent: Decodable, Sendable, Hashable {
    /// The event's ID, time and entity.
    public var metadata: DomainEventMetadata
    /// The file as it is now.
    public var file: FileDescriptor?

    /// Reads the event from a domain event's JSON, whose `updatedEvent` holds the file.
    public init(from decoder: any Decoder) throws {
        metadata = try DomainEventMetadata(from: decoder)
        file = try DomainEventBody.updatedEvent.decode(UpdatedEventBody<FileDescriptor>.self, from: decoder)?
            .currentEntity
    }
}

/// File Descriptor Deleted (`wix.media.site_media.v1.file_descriptor_deleted`): a file went to the trash or
/// was deleted for good. The file's ID is `metadata.entityID`.
public struct FileDescriptorDeletedEvent: Decodable, Sendable, Hashable {
    /// The event's ID, time and entity.
    public var metadata: DomainEventMetadata
    /// `true` when the file went to the trash (and can be restored), `false` when it was deleted for good.
    public var movedToTrash: Bool?
    /// The file as it was, when Wix includes it.
    public var file: FileDescriptor?

    /// Reads the event from a domain event's JSON, whose `deletedEvent` holds the body.
    public init(from decoder: any Decoder) throws {
        metadata = try DomainEventMetadata(from: decoder)
        let body = try DomainEventBody.deletedEvent.decode(DeletedEventBody<FileDescriptor>.self, from: decoder)
        movedToTrash = body?.movedToTrash
        file = body?.deletedEntity
    }
}
