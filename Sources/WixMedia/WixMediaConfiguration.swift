import Foundation

/// Settings of a `WixMediaClient`.
public struct WixMediaConfiguration: Sendable {
    /// Where the API lives; requests go to `baseURL` + the operation's path.
    public var baseURL: URL
    /// How long one attempt of a request may take before it fails with `WixMediaError.timedOut`; a retried
    /// request gets the whole timeout again for each attempt.
    public var timeout: TimeInterval
    /// When failed requests of idempotent operations are repeated; ``RetryPolicy/none`` turns retries off.
    public var retryPolicy: RetryPolicy

    /// The public Wix API at `https://www.wixapis.com` with a 60-second timeout and the default retries.
    public init(
        baseURL: URL = URL(string: "https://www.wixapis.com")!, timeout: TimeInterval = 60,
        retryPolicy: RetryPolicy = .default
    ) {
        self.baseURL = baseURL
        self.timeout = timeout
        self.retryPolicy = retryPolicy
    }
}
