/// Why a webhook body could not be read as a Media Manager event.
public enum MediaWebhookError: Error, Sendable, CustomStringConvertible {
    /// The body is neither JSON nor a JWT of three base64url parts.
    case malformedJWT
    /// A part of the body that should hold JSON does not.
    case malformedJSON(underlying: any Error)
    /// The JSON is not a Wix webhook: no envelope with an `eventType`, no JWT payload with `data`, and no domain
    /// event.
    case unrecognizedBody
    /// The webhook says neither its `eventType` nor the event's `entityFqdn` and `slug`.
    case missingEventType
    /// The event does not have the shape of its type.
    case invalidEvent(eventType: String, underlying: any Error)

    /// What went wrong, with any URL in it redacted (``URLRedaction``): a webhook's event may carry signed URLs.
    public var description: String {
        URLRedaction.redactingURLs(inText: unredactedDescription)
    }

    private var unredactedDescription: String {
        switch self {
        case .malformedJWT: "MediaWebhookError.malformedJWT"
        case .malformedJSON(let underlying): "MediaWebhookError.malformedJSON(\(underlying))"
        case .unrecognizedBody: "MediaWebhookError.unrecognizedBody"
        case .missingEventType: "MediaWebhookError.missingEventType"
        case .invalidEvent(let eventType, let underlying):
            "MediaWebhookError.invalidEvent(\(eventType): \(underlying))"
        }
    }
}
