import Foundation
import OpenAPIClientKit
import WixMedia

/// A limit the simulator enforces on API requests, as Wix enforces 200 requests per minute per app instance
/// (facts §1.4): beyond it, requests are answered 429 with Wix's error body for `RESOURCE_EXHAUSTED` and not run.
///
/// It is a sliding window: a request is admitted when fewer than ``requests`` requests were admitted in the
/// ``window`` before it. That is the strictest reading of "N per minute" — every window of that length, not
/// only the ones starting on the minute — so a client that passes it passes a fixed-window server too.
/// Refused requests do not fill the window. Only the API's routes count: the upload host's (the `PUT` of a
/// file, the tus requests) carry no app credentials for Wix to count them against.
///
/// ```swift
/// // Wix's limit, 60 times faster, so that a test of pacing takes seconds.
/// let simulator = try WixMediaSimulator(
///     configuration: .init(quota: RequestQuota(requests: 200, window: .seconds(1))))
/// ```
public struct RequestQuota: Sendable, Hashable {
    /// How many requests a window admits; 0 or less refuses every request.
    public var requests: Int
    /// The length of the window; a request is refused when ``requests`` were admitted within it before.
    public var window: Duration

    /// A quota of `requests` in any `window`.
    public init(requests: Int, window: Duration) {
        self.requests = requests
        self.window = window
    }

    /// Wix's: 200 requests in any minute.
    public static let wix = RequestQuota(requests: 200, window: .seconds(60))
}

/// Counts admitted requests over a sliding window and refuses those beyond the quota.
final class SlidingWindowQuota: Sendable {
    private struct State {
        /// When the requests of the current window were admitted, oldest first; at most `quota.requests`.
        var admitted: [ContinuousClock.Instant] = []
        /// Where the oldest admission still in the window is in `admitted`; the ones before have expired.
        var start = 0
        var refused = 0
    }

    let quota: RequestQuota
    private let state = Locked(State())

    init(_ quota: RequestQuota) {
        self.quota = quota
    }

    /// How many requests were refused so far.
    var refusedCount: Int {
        state.withLock { $0.refused }
    }

    /// Admits a request arriving `now`, counting it, or refuses it.
    func admit(at now: ContinuousClock.Instant = .now) -> Bool {
        state.withLock { state in
            let windowStart = now.advanced(by: .zero - quota.window)
            while state.start < state.admitted.count, state.admitted[state.start] <= windowStart {
                state.start += 1
            }
            if state.start > 1024, state.start * 2 > state.admitted.count {
                state.admitted.removeFirst(state.start)  // amortised: the expired prefix is dropped in bulk
                state.start = 0
            }
            guard state.admitted.count - state.start < quota.requests else {
                state.refused += 1
                return false
            }
            state.admitted.append(now)
            return true
        }
    }

    /// Wix's answer to a request beyond the limit: 429 and `RESOURCE_EXHAUSTED`, without `Retry-After`, which
    /// Wix is not documented to send.
    static var exhaustedResponse: SimulatorResponse {
        APIFailure.application(
            status: 429, code: "RESOURCE_EXHAUSTED", message: "Resource exhausted: too many requests"
        ).response
    }
}
