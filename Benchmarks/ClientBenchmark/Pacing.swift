import Foundation
import WixMedia
import WixMediaSimulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What one pacing run achieved.
struct PacingFigures {
    /// Requests per second from the first earned token (after the burst) to the last request.
    var rateAfterBurst: Double
    /// Requests the simulator refused with 429.
    var refusals: Int
    /// The fewest and the most requests one task sent.
    var perTask: ClosedRange<Int>
    var elapsed: Duration
}

/// `total` `listFolders` requests shared by `tasks` tasks of one client paced by `limit`, against a simulator
/// that enforces `quota`. Refused requests are counted, not retried.
func measurePacing(limit: RateLimit, quota: RequestQuota, total: Int, tasks: Int) async throws -> PacingFigures {
    let simulator = try WixMediaSimulator(configuration: WixMediaSimulator.Configuration(quota: quota))
    let transport = URLSessionTransport(configuration: .ephemeral)
    defer {
        transport.session.invalidateAndCancel()
        simulator.stop()
    }
    // Connections first, unpaced, so that their set-up is not part of the run; then a quiet window.
    let warmUp = WixMediaClient(
        credentials: .apiKey("bench", siteID: "bench"),
        configuration: WixMediaConfiguration(baseURL: simulator.baseURL, retryPolicy: .none, rateLimit: nil),
        transport: transport)
    try await withThrowingTaskGroup(of: Void.self) { group in
        for _ in 0..<tasks {
            group.addTask { _ = try await warmUp.folders.listFolders() }
        }
        try await group.waitForAll()
    }
    try await Task.sleep(for: quota.window)
    let sent = SendTimes()
    let client = WixMediaClient(
        credentials: .apiKey("bench", siteID: "bench"),
        configuration: WixMediaConfiguration(
            baseURL: simulator.baseURL, timeout: .seconds(30), retryPolicy: .none, rateLimit: limit),
        transport: SendTimeRecorder(wrapped: transport, times: sent))
    let start = ContinuousClock.now
    let counts = try await withThrowingTaskGroup(of: Int.self) { group in
        for _ in 0..<tasks {
            group.addTask {
                var count = 0
                while sent.claim(below: total) {
                    do {
                        _ = try await client.folders.listFolders()
                    } catch let error as WixAPIError where error.statusCode == 429 {
                        // Counted by the simulator.
                    }
                    count += 1
                }
                return count
            }
        }
        return try await group.reduce(into: []) { $0.append($1) }
    }
    let elapsed = ContinuousClock.now - start
    let times = sent.times.sorted()
    let paced = times[min(limit.burst, times.count - 1)...]
    let span = paced.first!.duration(to: paced.last!)
    return PacingFigures(
        rateAfterBurst: Double(paced.count - 1) / span.seconds, refusals: simulator.quotaRefusals,
        perTask: counts.min()!...counts.max()!, elapsed: elapsed)
}

/// The requests claimed so far and when each was handed to the transport.
private final class SendTimes: @unchecked Sendable {
    // @unchecked: both are only reached while holding `lock`.
    private var claimed = 0
    private var recorded: [ContinuousClock.Instant] = []
    private let lock = NSLock()

    /// Claims one more request, unless `total` are claimed already.
    func claim(below total: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        claimed += 1
        return claimed <= total
    }

    func record(_ instant: ContinuousClock.Instant) {
        lock.lock()
        defer { lock.unlock() }
        recorded.append(instant)
    }

    var times: [ContinuousClock.Instant] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}

/// Passes requests on and records when each was handed over: when the rate limiter let it go.
private struct SendTimeRecorder: HTTPTransport {
    let wrapped: any HTTPTransport
    let times: SendTimes

    func send(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        times.record(.now)
        return try await wrapped.send(request)
    }
}

/// Prints the pacing figures: Wix's 200 a minute scaled 60 times (200 a second), 1,000 requests from 16 tasks,
/// with the integration test's limit (170 + a burst of 10, which leaves room for 16 requests in flight),
/// ``RateLimit/wixDefault`` scaled alike, and no margin under the quota (190 + 10).
func printPacing() async throws {
    let quota = RequestQuota(requests: 200, window: .seconds(1))
    let wix = RateLimit.wixDefault
    let runs: [(String, RateLimit)] = [
        ("PacingTests' (170/s, burst 10)", try RateLimit(requests: 170, per: .seconds(1), burst: 10)),
        (
            "wixDefault scaled 60× (180/s, burst 10)",
            try RateLimit(requests: wix.requests, per: wix.interval / 60, burst: wix.burst)
        ),
        ("no margin (190/s, burst 10)", try RateLimit(requests: 190, per: .seconds(1), burst: 10)),
    ]
    for (name, limit) in runs {
        let figures = try await measurePacing(limit: limit, quota: quota, total: 1_000, tasks: 16)
        let configured = Double(limit.requests) / limit.interval.seconds
        let deviation = (figures.rateAfterBurst / configured - 1) * 100
        print(
            "pacing \(name), 1,000 requests / 16 tasks vs a 200/s sliding-window quota: rate after the burst | "
                + "\(String(format: "%.2f", figures.rateAfterBurst)) (\(String(format: "%+.2f", deviation)) %) | requests/s"
        )
        print("pacing \(name): 429 answers | \(figures.refusals) | responses")
        print(
            "pacing \(name): requests per task, fewest–most | \(figures.perTask.lowerBound)–\(figures.perTask.upperBound) | requests; "
                + "elapsed \(String(format: "%.2f", figures.elapsed.seconds)) s")
    }
}
