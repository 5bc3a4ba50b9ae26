import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The client's pacing against a simulator that enforces Wix's limit, 60 times faster: 16 tasks that share
/// 1,000 requests get no 429 and go at the configured rate. (`client-bench` measures the same more precisely.)
final class PacingTests: XCTestCase {
    func testSixteenTasksSendAThousandRequestsWithoutA429AtTheConfiguredRate() async throws {
        // Wix's 200 a minute and the client's default, both 60 times faster.
        let quota = RequestQuota(requests: 200, window: .seconds(1))
        let limit = try RateLimit(
            requests: RateLimit.wixDefault.requests, per: RateLimit.wixDefault.interval / 60,
            burst: RateLimit.wixDefault.burst)
        let configuredRate = Double(limit.requests)  // a second
        let total = 1_000
        let tasks = 16

        try await withSimulator(WixMediaSimulator.Configuration(quota: quota)) { harness in
            let sent = LockedValue<[ContinuousClock.Instant]>([])
            let client = WixMediaClient(
                credentials: .apiKey(Harness.apiKey, siteID: Harness.siteID),
                configuration: WixMediaConfiguration(
                    baseURL: harness.simulator.baseURL, timeout: 10, retryPolicy: .none, rateLimit: limit),
                transport: SendTimeRecorder(wrapped: URLSessionTransport(session: harness.session), times: sent))
            let claimed = LockedValue(0)

            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<tasks {
                    group.addTask {
                        while claimed.withLock({ count in
                            count += 1
                            return count <= total
                        }) {
                            _ = try await client.folders.listFolders()
                        }
                    }
                }
                try await group.waitForAll()
            }

            XCTAssertEqual(harness.simulator.quotaRefusals, 0)
            XCTAssertEqual(harness.requests.count(for: "listFolders"), total)
            let times = sent.withLock { $0 }.sorted()
            guard times.count == total else { return XCTFail("\(times.count) requests sent, not \(total)") }
            // After the burst, one request per token: from the first earned token to the last request.
            let paced = times[limit.burst...]
            let elapsed = paced.first!.duration(to: paced.last!)
            let rate = Double(paced.count - 1) / (elapsed / .seconds(1))
            print(
                "pacing: \(total) requests from \(tasks) tasks, \(String(format: "%.1f", rate)) requests/s after the burst"
            )
            // Faster than the rate would be a bug whatever the load; slower only means a busy machine, so that
            // bound is loose here and the benchmark gives the precise figure.
            XCTAssertLessThanOrEqual(rate, configuredRate * 1.05)
            XCTAssertGreaterThanOrEqual(rate, configuredRate * 0.5)
        }
    }
}

/// Passes requests on and records when each was handed over, which is when the rate limiter let it go.
private struct SendTimeRecorder: HTTPTransport {
    let wrapped: any HTTPTransport
    let times: LockedValue<[ContinuousClock.Instant]>

    func send(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        times.withLock { $0.append(.now) }
        return try await wrapped.send(request)
    }
}
