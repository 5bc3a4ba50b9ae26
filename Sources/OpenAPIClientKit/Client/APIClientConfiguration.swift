import Foundation

/// Settings of an ``APIClient``: timeout, retries, pacing and how tolerantly responses decode.
public struct APIClientConfiguration: Sendable {
    /// How long one attempt of a request may take before it fails with ``APIClientError/timedOut``; a retried
    /// request gets the whole timeout again for each attempt.
    public var timeout: Duration
    /// When failed requests of idempotent operations are repeated; ``RetryPolicy/none`` turns retries off.
    public var retryPolicy: RetryPolicy
    /// How fast requests may go to the API's host, retries included; nil (the default) sends them as fast as
    /// they come.
    public var rateLimit: RateLimit?
    /// What an optional property of an unexpected shape in a response does: with ``DecodingPolicy/tolerant``
    /// (the default) it decodes as nil and is reported to ``onDecodingProblems``; with ``DecodingPolicy/strict``
    /// the call fails with ``APIClientError/undecodableResponse(statusCode:body:underlying:)``. A required
    /// property always fails the call.
    public var decodingPolicy: DecodingPolicy
    /// Called, on the task that made the call, with the operation's ID and the optional properties a response
    /// dropped under the tolerant policy — log them to learn when the API changes a shape. Nil ignores them.
    public var onDecodingProblems: (@Sendable (_ operationID: String, _ problems: [DecodingProblem]) -> Void)?

    /// A 60-second timeout, the default retries, no pacing, tolerant decoding.
    public init(
        timeout: Duration = .seconds(60), retryPolicy: RetryPolicy = .default, rateLimit: RateLimit? = nil,
        decodingPolicy: DecodingPolicy = .tolerant,
        onDecodingProblems: (@Sendable (_ operationID: String, _ problems: [DecodingProblem]) -> Void)? = nil
    ) {
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.rateLimit = rateLimit
        self.decodingPolicy = decodingPolicy
        self.onDecodingProblems = onDecodingProblems
    }
}

extension Duration {
    /// The duration in seconds, for Foundation's `TimeInterval` APIs (`URLRequest.timeoutInterval`).
    package var timeInterval: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
