/// How fast a `WixMediaClient` may send requests to the API: a token bucket that holds up to ``burst`` tokens
/// and earns ``requests`` of them every ``interval``; each request, every retry included, spends one.
///
/// Wix allows 200 requests per minute per app instance and answers 429 beyond that. Pacing on the client's side
/// spreads a paged loop, a readiness poll or a burst of concurrent tasks so that they are not refused in the
/// first place: a request that finds the bucket empty waits its turn (first come, first served), and a task
/// cancelled while waiting stops at once with `WixMediaError.cancelled`.
///
/// In any stretch of time *t*, at most `burst + requests × t / interval` requests leave the client.
///
/// ```swift
/// var configuration = WixMediaConfiguration()                       // .wixDefault
/// configuration.rateLimit = try RateLimit(requests: 100, per: .seconds(60), burst: 5)
/// configuration.rateLimit = nil                                     // no pacing
/// ```
///
/// Only requests to the API's host (the base URL's scheme, host and port) are paced: an upload's bytes go to
/// Wix's upload host, which the URL's token authorises, outside the app's allowance.
///
/// The bucket belongs to one client (and its copies). Clients that talk to the same site through the same app
/// share Wix's allowance, so give each its part — or use one client.
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

    /// Wix's documented limit, 200 requests per minute per app instance, kept in every 60-second window
    /// whether Wix counts in fixed or sliding windows: 180 tokens a minute and a burst of 10, so that at most
    /// 190 requests leave in any minute. The 10 to spare are for requests that arrive later than they leave
    /// (a new connection, a stalled one): those left before a window and arriving in it count in it too.
    public static let wixDefault = try! RateLimit(requests: 180, per: .seconds(60), burst: 10)

    /// The time it takes the bucket to earn one token.
    var tokenInterval: Duration { interval / requests }
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
