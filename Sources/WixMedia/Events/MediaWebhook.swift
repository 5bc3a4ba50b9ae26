import Foundation

/// A Media Manager webhook, read from the body of the request Wix sends: the app instance, the event type, who
/// caused the event, and the event itself.
///
/// Wix sends the body as a JWT whose payload's `data` is a JSON string of the envelope (`instanceId`,
/// `eventType`, `identity`), whose own `data` is a JSON string of the domain event. ``init(body:)-(Data)`` peels all
/// three layers; it also takes the envelope or the bare domain event as JSON, as tests and relays send them.
///
/// **The JWT's signature is not checked.** Wix signs webhooks with RS256, and Foundation has no RSA on Linux;
/// taking a dependency for it is out of this library's scope. Before acting on a webhook, verify the token
/// yourself (see ``WebhookJWT``), or make sure nothing but Wix can reach the endpoint. The token's `exp` is not
/// checked either.
///
/// ```swift
/// let webhook = try MediaWebhook(body: requestBody)
/// if case .fileReady(let event) = webhook.event, let file = event.file {
///     print(file.id, "is ready on instance", webhook.instanceID ?? "?")
/// }
/// ```
public struct MediaWebhook: Sendable, Hashable {
    /// The ID of the app instance, which names the site the event happened on; `nil` for a bare domain event.
    public var instanceID: String?
    /// The event type, such as `wix.media.site_media.v1.file_descriptor_file_ready`; for a bare domain event,
    /// its `entityFqdn` and `slug` joined by `_`, which gives the same.
    public var eventType: String
    /// Who caused the event, when the envelope says.
    public var identity: WebhookIdentity?
    /// The event.
    public var event: MediaEvent

    /// How many layers of `{"data": …}` may wrap the envelope: the JWT payload's, and one to spare.
    private static let maxWrappers = 2

    /// Reads a webhook request body.
    ///
    /// - Parameter body: The request body: a compact JWT, or JSON of the envelope or of a domain event.
    /// - Throws: ``MediaWebhookError``.
    public init(body: Data) throws {
        let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var layer = try Self.parseJSON(text.hasPrefix("{") ? body : WebhookJWT(compact: text).payload)
        for _ in 0...Self.maxWrappers {
            guard case .object(let members) = layer else { throw MediaWebhookError.unrecognizedBody }
            if members["eventType"] != nil || members["instanceId"] != nil {
                try self.init(envelope: members)
                return
            }
            if members["entityFqdn"] != nil || members["slug"] != nil {
                try self.init(instanceID: nil, eventType: nil, identity: nil, domainEvent: layer)
                return
            }
            guard let wrapped = members["data"] else { throw MediaWebhookError.unrecognizedBody }
            layer = try Self.unwrap(wrapped)
        }
        throw MediaWebhookError.unrecognizedBody
    }

    /// Reads a webhook request body given as text.
    public init(body: String) throws {
        try self.init(body: Data(body.utf8))
    }

    private init(envelope members: [String: JSONValue]) throws {
        guard let data = members["data"] else { throw MediaWebhookError.unrecognizedBody }
        // Who caused an event matters less than the event: an identity that does not read is left out.
        let identity = try? members["identity"].map { try Self.decode(WebhookIdentity.self, from: Self.unwrap($0)) }
        try self.init(
            instanceID: members["instanceId"]?.stringValue, eventType: members["eventType"]?.stringValue,
            identity: identity, domainEvent: Self.unwrap(data))
    }

    private init(instanceID: String?, eventType: String?, identity: WebhookIdentity?, domainEvent: JSONValue) throws {
        guard let eventType = eventType ?? Self.eventType(of: domainEvent) else {
            throw MediaWebhookError.missingEventType
        }
        self.instanceID = instanceID
        self.eventType = eventType
        self.identity = identity
        self.event = try MediaEvent(eventType: eventType, domainEvent: domainEvent)
    }

    /// `entityFqdn` + `_` + `slug`, which is how Wix builds event types.
    private static func eventType(of domainEvent: JSONValue) -> String? {
        guard let entity = domainEvent["entityFqdn"]?.stringValue, let slug = domainEvent["slug"]?.stringValue else {
            return nil
        }
        return entity + "_" + slug
    }

    /// `value` itself, or the JSON in it when it is a string.
    private static func unwrap(_ value: JSONValue) throws -> JSONValue {
        guard case .string(let text) = value else { return value }
        return try parseJSON(Data(text.utf8))
    }

    private static func parseJSON(_ data: Data) throws -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw MediaWebhookError.malformedJSON(underlying: error)
        }
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, from json: JSONValue) throws -> Value {
        try JSONDecoder().decode(type, from: JSONEncoder().encode(json))
    }
}
