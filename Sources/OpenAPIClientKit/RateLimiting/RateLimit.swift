/// How fast an ``APIClient`` may send requests to the API: a token bucket that holds up to ``burst`` tokens
/// and earns ``requests`` of them every ``interval``; each request, every retry included, spends one.
///
/// Many APIs allow so many requests a minute and answer 429 beyond that. Pacing on the client's side spreads a
/// paged loop, a polling loop or a burst of concurrent tasks so that they are not refused in the first place: a
/// request that finds the bucket empty waits its turn (first come, first served), and a task cancelled while
/// waiting stops at once with ``APIClientError/cancelled``.
///
/// In any stretch of time *t*, at most `burst + requests × t / interval` requests leave the client.
///
/// ```swift
/// var configuration = APIClientConfiguration()
/// configuration.rateLimit = try RateLimit(requests: 100, per: .seconds(60), burst: 5)
/// configuration.rateLimit = nil  // no pacing (the default)
/// ```
///
/// Only requests to the API's host (the base URL's scheme, host and port) are paced: a request to another host
/// (say an upload URL that authorises itself) is outside the allowance the API counts.
///
/// The bucket belongs to one client (and its copies). Clients that share one allowance on the server share it
/// here only if they are copies of one client, so give each its part — or use one client.
public struct RateLimit: Sendable, Hashable {
    /// How many tokens the bucket earns every ``interval``: the sustained rate.
    public let requests: Int
    /// The time in which the bucket earns ``requests`` tokens.
    public let interval: Duration
    /// How many tokens the bucket holds: how many requests may leave at once after a quiet spell.
    public let burst: Int

    /// A bucket that earns `requests` tokens every `interval` and holds at most `burst` of them.
    ///
    /// - Throws: ``RateLimitError`` when `requests` or `burst` is below 1, `burst` is above `requests`, or
    ///   `interval` is not positive.
    public init(requests: Int, per interval: Duration, burst: Int = 1) throws {
        guard requests >= 1 else { throw RateLimitError.requestsNotPositive(requests) }
        guard interval > .zero else { throw RateLimitError.intervalNotPositive(interval) }
        // A burst above `requests` would let more leave at once than the rate allows in a whole interval; the
        // bound also keeps the bucket's depth in time, `tokenInterval × (burst − 1)`, below `interval`.
        guard (1...requests).contains(burst) else { throw RateLimitError.burstOutOfRange(burst, requests: requests) }
        self.requests = requests
        self.interval = interval
        self.burst = burst
    }

    /// The time it takes the bucket to earn one token.
    package var tokenInterval: Duration { interval / requests }
}

/// Why a ``RateLimit`` could not be made.
public enum RateLimitError: Error, Sendable, Hashable {
    /// The number of requests per interval is below 1.
    case requestsNotPositive(Int)
    /// The interval is zero or negative.
    case intervalNotPositive(Duration)
    /// The burst is below 1 or above the number of requests per interval.
    case burstOutOfRange(Int, requests: Int)
}
