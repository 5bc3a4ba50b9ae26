import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// When, how often and after how long an ``APIClient`` repeats a request that failed for a reason that may
/// pass: rate limiting (429), an overloaded or unreachable gateway (502, 503, 504), a lost connection or a
/// timeout.
///
/// Only operations whose `isIdempotent` is true are ever repeated — GETs and the read-only POSTs the API
/// description marks with `x-idempotent` — because repeating, say, a `create` after its response was lost could
/// create the thing twice. Everything else is sent once, whatever this policy says.
///
/// The wait before retry *n* (counting from 0) is the server's `Retry-After`, when the response has one, cut to
/// ``maxRetryAfter``; otherwise a random duration between zero and `min(maxDelay, baseDelay × 2ⁿ)`
/// ("full jitter", which spreads out clients that failed together instead of having them retry in lockstep).
///
/// A timeout is retried like a lost connection: the request may or may not have reached the server, which is
/// harmless for an idempotent operation. Each attempt gets the whole ``APIClientConfiguration/timeout``.
///
/// ```swift
/// var configuration = APIClientConfiguration()
/// configuration.retryPolicy = RetryPolicy(maxRetries: 5, baseDelay: .seconds(1))
/// configuration.retryPolicy = .none  // never retry
/// ```
public struct RetryPolicy: Sendable {
    /// How many times a request may be repeated after its first attempt; 0 disables retries.
    public var maxRetries: Int
    /// The ceiling of the first backoff wait; it doubles with each further retry.
    public var baseDelay: Duration
    /// The largest backoff ceiling, however many retries came before.
    public var maxDelay: Duration
    /// The longest `Retry-After` wait the client honours; a longer one is cut to this, so that a server asking
    /// for minutes cannot stall the caller. If the retry is then refused again, its error is thrown as usual.
    public var maxRetryAfter: Duration
    /// The HTTP status codes that are retried.
    public var retryableStatusCodes: Set<Int>
    /// The `URLError` codes of transport failures that are retried; `.timedOut` also covers the client's own
    /// per-attempt timeout.
    public var retryableURLErrorCodes: Set<URLError.Code>
    /// Picks the actual wait from a backoff ceiling; the default, ``fullJitter``, is uniform in `0...ceiling`.
    /// Tests pass `{ $0 }` to make waits predictable.
    public var jitter: @Sendable (_ ceiling: Duration) -> Duration
    /// Waits before a retry. The default is `Task.sleep`, which throws `CancellationError` when the task is
    /// cancelled; a replacement should do the same. Throwing abandons the retry: cancellation surfaces as
    /// ``APIClientError/cancelled``, any other error as the failure that would have been retried.
    public var sleep: @Sendable (_ duration: Duration) async throws -> Void

    /// Creates a policy; the defaults retry three times, waiting at most 0.5 s, 1 s and 2 s (plus jitter).
    public init(
        maxRetries: Int = 3,
        baseDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(10),
        maxRetryAfter: Duration = .seconds(30),
        retryableStatusCodes: Set<Int> = [429, 502, 503, 504],
        retryableURLErrorCodes: Set<URLError.Code> = RetryPolicy.connectionFailureCodes,
        jitter: @escaping @Sendable (_ ceiling: Duration) -> Duration = RetryPolicy.fullJitter,
        sleep: @escaping @Sendable (_ duration: Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.maxRetries = max(0, maxRetries)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.retryableStatusCodes = retryableStatusCodes
        self.retryableURLErrorCodes = retryableURLErrorCodes
        self.jitter = jitter
        self.sleep = sleep
    }

    /// The `URLError` codes of a connection that failed or broke before a complete response: lost,
    /// refused, timed out, offline, or closed before or during the response.
    ///
    /// On Linux, swift-corelibs-foundation reports a connection closed before any response as
    /// `.badServerResponse` ("Empty reply from server") and one closed in the middle of the body as `.unknown`
    /// (libcurl's partial-transfer error, which it does not map), where Apple platforms say
    /// `.networkConnectionLost`; both are in the set there.
    public static var connectionFailureCodes: Set<URLError.Code> {
        var codes: Set<URLError.Code> = [
            .networkConnectionLost, .cannotConnectToHost, .timedOut, .notConnectedToInternet, .badServerResponse,
        ]
        #if canImport(FoundationNetworking)
            codes.insert(.unknown)
        #endif
        return codes
    }

    /// Three retries with the default delays.
    public static var `default`: RetryPolicy { RetryPolicy() }

    /// Never retries.
    public static var none: RetryPolicy { RetryPolicy(maxRetries: 0) }

    /// A uniformly random duration in `0...ceiling`.
    public static let fullJitter: @Sendable (_ ceiling: Duration) -> Duration = { ceiling in
        guard ceiling > .zero else { return .zero }
        return ceiling * Double.random(in: 0...1)
    }

    /// The upper bound of the backoff wait before retry number `retry` (0 for the first retry):
    /// `min(maxDelay, baseDelay × 2^retry)`.
    public func backoffCeiling(beforeRetry retry: Int) -> Duration {
        // Doubling stops once it passes maxDelay, so a large retry count cannot overflow.
        var ceiling = baseDelay
        var doublings = max(0, retry)
        while doublings > 0, ceiling < maxDelay {
            ceiling *= 2
            doublings -= 1
        }
        return min(ceiling, maxDelay)
    }

    /// The wait before retry number `retry`: `retryAfter` cut to ``maxRetryAfter`` when the server sent one,
    /// otherwise the jittered backoff.
    public func delay(beforeRetry retry: Int, retryAfter: Duration? = nil) -> Duration {
        if let retryAfter {
            return min(max(retryAfter, .zero), maxRetryAfter)
        }
        return min(max(jitter(backoffCeiling(beforeRetry: retry)), .zero), maxDelay)
    }

    /// Whether a response with `statusCode` is worth repeating.
    public func isRetryable(statusCode: Int) -> Bool {
        retryableStatusCodes.contains(statusCode)
    }

    /// Whether a failure without a response is worth repeating.
    public func isRetryable(_ error: APIClientError) -> Bool {
        switch error {
        case .timedOut:
            retryableURLErrorCodes.contains(.timedOut)
        case .transport(let underlying as URLError):
            retryableURLErrorCodes.contains(underlying.code)
        case .transport, .invalidRequest, .authenticationFailed, .cancelled, .undecodableResponse:
            false
        }
    }
}

extension RetryPolicy {
    /// The wait before retry number `retry` after an error `response`, or nil when it is not retried: its status
    /// is not retryable or the retries are used up. A `Retry-After` header sets the wait.
    func delay(beforeRetry retry: Int, after response: HTTPResponse) -> Duration? {
        guard retry < maxRetries, isRetryable(statusCode: response.statusCode) else { return nil }
        let retryAfter = response.headerValue(for: "Retry-After").flatMap { RetryAfter.delay($0) }
        return delay(beforeRetry: retry, retryAfter: retryAfter)
    }

    /// The wait before retry number `retry` after `failure`, or nil when it is not retried.
    func delay(beforeRetry retry: Int, after failure: APIClientError) -> Duration? {
        guard retry < maxRetries, isRetryable(failure) else { return nil }
        return delay(beforeRetry: retry)
    }
}
