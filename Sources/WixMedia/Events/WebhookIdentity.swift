/// Who caused a webhook's event, as its envelope says.
public struct WebhookIdentity: Decodable, Sendable, Hashable {
    /// The kind of identity; the one ID that matches it is set.
    public var identityType: IdentityType?
    /// The ID of an anonymous site visitor.
    public var anonymousVisitorID: String?
    /// The ID of a site member.
    public var memberID: String?
    /// The ID of a Wix user, such as the site owner.
    public var wixUserID: String?
    /// The ID of an app.
    public var appID: String?

    private enum CodingKeys: String, CodingKey {
        case identityType
        case anonymousVisitorID = "anonymousVisitorId"
        case memberID = "memberId"
        case wixUserID = "wixUserId"
        case appID = "appId"
    }
}
