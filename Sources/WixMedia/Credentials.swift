/// How the client authenticates. Secrets never appear in `description`, `dump`, mirrors or errors.
public enum Credentials: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// An API key from the account's API Keys Manager, with the ID of the site whose media to manage.
    case apiKey(String, siteID: String)
    /// An OAuth access token of a Wix app installed on the site.
    case accessToken(String)

    /// The headers that authenticate a request.
    var headers: [HTTPHeader] {
        switch self {
        case .apiKey(let key, let siteID):
            [HTTPHeader(name: "Authorization", value: key), HTTPHeader(name: "wix-site-id", value: siteID)]
        case .accessToken(let token):
            [HTTPHeader(name: "Authorization", value: token)]
        }
    }

    /// A mirror without the secret, so `dump(client)` and debuggers do not print it.
    public var customMirror: Mirror {
        switch self {
        case .apiKey(_, let siteID): Mirror(self, children: ["apiKey": "<redacted>", "siteID": siteID])
        case .accessToken: Mirror(self, children: ["accessToken": "<redacted>"])
        }
    }

    public var description: String {
        switch self {
        case .apiKey(_, let siteID): "Credentials.apiKey(<redacted>, siteID: \(siteID))"
        case .accessToken: "Credentials.accessToken(<redacted>)"
        }
    }
}
