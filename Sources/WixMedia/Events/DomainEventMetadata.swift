import Foundation

/// What every Wix domain event says about itself, whatever happened.
public struct DomainEventMetadata: Decodable, Sendable, Hashable {
    /// The event's unique ID; Wix may deliver an event more than once, so use it to drop repeats.
    public var id: String?
    /// The fully qualified name of the entity's type, such as `wix.media.site_media.v1.file_descriptor`.
    public var entityFQDN: String?
    /// What happened, such as `file_ready` or `updated`.
    public var slug: String?
    /// The ID of the file or folder the event is about.
    public var entityID: String?
    /// When it happened; events may arrive late, and out of order.
    public var eventTime: Date?
    /// Whether the event comes from a request to anonymise personal data.
    public var triggeredByAnonymizeRequest: Bool?
    /// Where the change originated, when Wix says.
    public var originatedFrom: String?
    /// A number that grows with each event of the same entity, for ordering them.
    public var entityEventSequence: Int64?

    enum CodingKeys: String, CodingKey {
        case id
        case entityFQDN = "entityFqdn"
        case slug
        case entityID = "entityId"
        case eventTime
        case triggeredByAnonymizeRequest
        case originatedFrom
        case entityEventSequence
    }

    /// Reads the members of a domain event's JSON; missing members are `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        entityFQDN = try container.decodeIfPresent(String.self, forKey: .entityFQDN)
        slug = try container.decodeIfPresent(String.self, forKey: .slug)
        entityID = try container.decodeIfPresent(String.self, forKey: .entityID)
        eventTime = try container.decodeIfPresent(RFC3339Date.self, forKey: .eventTime)?.value
        triggeredByAnonymizeRequest = try container.decodeIfPresent(Bool.self, forKey: .triggeredByAnonymizeRequest)
        originatedFrom = try container.decodeIfPresent(String.self, forKey: .originatedFrom)
        // An int64, so a string on the wire; a number is read too.
        entityEventSequence = try container.decodeIfPresent(Int64String.self, forKey: .entityEventSequence)?.value
    }
}
