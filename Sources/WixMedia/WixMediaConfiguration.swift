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
    /// What an optional property of an unexpected shape in a response does: with ``DecodingPolicy/tolerant``
    /// (the default) it decodes as nil and is reported to ``onDecodingProblems``; with ``DecodingPolicy/strict``
    /// the call fails with `WixMediaError.undecodableResponse`. A required property always fails the call.
    public var decodingPolicy: DecodingPolicy
    /// Called, on the task that made the call, with the operation's ID and the optional properties a response
    /// dropped under the tolerant policy — log them to learn when Wix changes a shape. Nil ignores them.
    public var onDecodingProblems: (@Sendable (_ operationID: String, _ problems: [DecodingProblem]) -> Void)?

    /// The public Wix API at `https://www.wixapis.com` with a 60-second timeout, the default retries and Wix's
    /// rate limit, decoding tolerantly.
    public init(
        baseURL: URL = URL(string: "https://www.wixapis.com")!, timeout: Duration = .seconds(60),
        retryPolicy: RetryPolicy = .default, rateLimit: RateLimit? = .wixDefault,
        decodingPolicy: DecodingPolicy = .tolerant,
        onDecodingProblems: (@Sendable (_ operationID: String, _ problems: [DecodingProblem]) -> Void)? = nil
    ) {
        self.baseURL = baseURL
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.rateLimit = rateLimit
        self.decodingPolicy = decodingPolicy
        self.onDecodingProblems = onDecodingProblems
    }
}

extension WixMediaConfiguration {
    /// These settings for the generic client, without the base URL, which it takes on its own.
    var clientConfiguration: APIClientConfiguration {
        APIClientConfiguration(
            timeout: timeout, retryPolicy: retryPolicy, rateLimit: rateLimit, decodingPolicy: decodingPolicy,
            onDecodingProblems: onDecodingProblems)
    }
}
