import Foundation

/// Settings of a `WixMediaClient`.
public struct WixMediaConfiguration: Sendable {
    /// Where the API lives; requests go to `baseURL` + the operation's path.
    public var baseURL: URL
    /// How long one attempt of a request may take before it fails with `WixMediaError.timedOut`; a retried
    /// request gets the whole timeout again for each attempt.
    public var timeout: Duration
    /// When failed requests of idempotent operations are repeated; ``RetryPolicy/none`` turns retries off.
    public var retryPolicy: RetryPolicy
    /// How fast requests may go to the API, retries included; nil sends them as fast as they come. The default,
    /// ``RateLimit/wixDefault``, keeps within Wix's 200 requests a minute per app instance.
    public var rateLimit: RateLimit?

    /// The public Wix API at `https://www.wixapis.com` with a 60-second timeout, the default retries and Wix's
    /// rate limit.
    public init(
        baseURL: URL = URL(string: "https://www.wixapis.com")!, timeout: Duration = .seconds(60),
        retryPolicy: RetryPolicy = .default, rateLimit: RateLimit? = .wixDefault
    ) {
        self.baseURL = baseURL
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.rateLimit = rateLimit
    }
}

extension Duration {
    /// The duration in seconds, for Foundation's `TimeInterval` APIs (`URLRequest.timeoutInterval`).
    var timeInterval: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
