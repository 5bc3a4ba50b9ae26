import Foundation

/// Settings of a `WixMediaClient`.
public struct WixMediaConfiguration: Sendable {
    /// Where the API lives; requests go to `baseURL` + the operation's path.
    public var baseURL: URL
    /// How long one request may take before it fails with `WixMediaError.timedOut`.
    public var timeout: TimeInterval

    /// The public Wix API at `https://www.wixapis.com` with a 60-second timeout.
    public init(baseURL: URL = URL(string: "https://www.wixapis.com")!, timeout: TimeInterval = 60) {
        self.baseURL = baseURL
        self.timeout = timeout
    }
}
