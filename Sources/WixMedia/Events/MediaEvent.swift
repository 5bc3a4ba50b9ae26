import Foundation

/// A Media Manager event: what happened to which file or folder.
///
/// Read from a webhook body with ``MediaWebhook/init(body:)-(Data)``:
///
/// ```swift
/// switch try MediaWebhook(body: requestBody).event {
/// case .fileReady(let event):
///     print(event.file?.id ?? "", "is ready; externalInfo:", event.externalInfo?.externalIDs ?? [])
/// case .fileFailed(let event):
///     print(event.metadata.entityID ?? "", "failed")
/// default:
///     break
/// }
/// ```
public enum MediaEvent: Sendable, Hashable {
    /// File Ready: Wix finished processing a file, or restored it from the trash.
    case fileReady(FileReadyEvent)
    /// File Failed: Wix could not import or process a file.
    case fileFailed(FileFailedEvent)
    /// File Descriptor Updated: a file changed.
    case fileDescriptorUpdated(FileDescriptorUpdatedEvent)
    /// File Descriptor Deleted: a file went to the trash or was deleted for good.
    case fileDescriptorDeleted(FileDescriptorDeletedEvent)
    /// Folder Created: a folder was created or restored from the trash.
    case folderCreated(FolderCreatedEvent)
    /// Folder Updated: a folder was renamed or moved.
    case folderUpdated(FolderUpdatedEvent)
    /// Folder Deleted: a folder went to the trash or was deleted for good.
    case folderDeleted(FolderDeletedEvent)
    /// An event this library does not model — another entity's, or one Wix added later — with its domain
    /// event JSON as received.
    case unrecognized(eventType: String, metadata: DomainEventMetadata, domainEvent: JSONValue)

    /// The event's ID, time and entity.
    public var metadata: DomainEventMetadata {
        switch self {
        case .fileReady(let event): event.metadata
        case .fileFailed(let event): event.metadata
        case .fileDescriptorUpdated(let event): event.metadata
        case .fileDescriptorDeleted(let event): event.metadata
        case .folderCreated(let event): event.metadata
        case .folderUpdated(let event): event.metadata
        case .folderDeleted(let event): event.metadata
        case .unrecognized(_, let metadata, _): metadata
        }
    }

    /// Reads `domainEvent`, the JSON of a domain event of type `eventType`.
    ///
    /// - Throws: ``MediaWebhookError/invalidEvent(eventType:underlying:)`` when it does not have the shape of
    ///   its type.
    init(eventType: String, domainEvent: JSONValue) throws {
        do {
            let json = try JSONEncoder().encode(domainEvent)
            let decoder = JSONDecoder()
            switch eventType {
            case "wix.media.site_media.v1.file_descriptor_file_ready":
                self = .fileReady(try decoder.decode(FileReadyEvent.self, from: json))
            case "wix.media.site_media.v1.file_descriptor_file_failed":
                self = .fileFailed(try decoder.decode(FileFailedEvent.self, from: json))
            case "wix.media.site_media.v1.file_descriptor_updated":
                self = .fileDescriptorUpdated(try decoder.decode(FileDescriptorUpdatedEvent.self, from: json))
            case "wix.media.site_media.v1.file_descriptor_deleted":
                self = .fileDescriptorDeleted(try decoder.decode(FileDescriptorDeletedEvent.self, from: json))
            case "wix.media.site_media.v1.folder_created":
                self = .folderCreated(try decoder.decode(FolderCreatedEvent.self, from: json))
            case "wix.media.site_media.v1.folder_updated":
                self = .folderUpdated(try decoder.decode(FolderUpdatedEvent.self, from: json))
            case "wix.media.site_media.v1.folder_deleted":
                self = .folderDeleted(try decoder.decode(FolderDeletedEvent.self, from: json))
            default:
                let metadata = try decoder.decode(DomainEventMetadata.self, from: json)
                self = .unrecognized(eventType: eventType, metadata: metadata, domainEvent: domainEvent)
            }
        } catch {
            throw MediaWebhookError.invalidEvent(eventType: eventType, underlying: error)
        }
    }
}
