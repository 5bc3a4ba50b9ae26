import Foundation
import WixMedia
import XCTest

@testable import WixMediaSimulator

/// The simulator's optional quota: a sliding window over admitted API requests, refusing the rest with Wix's
/// 429 `RESOURCE_EXHAUSTED`, and leaving the upload host's requests alone.
final class SimulatorQuotaTests: XCTestCase {
    private let start = ContinuousClock.now

    private func at(_ milliseconds: Int) -> ContinuousClock.Instant {
        start.advanced(by: .milliseconds(milliseconds))
    }

    func testTheWindowSlidesWithEachRequest() {
        let quota = SlidingWindowQuota(RequestQuota(requests: 2, window: .seconds(1)))

        let admitted = [0, 500, 900, 1_000, 1_200, 1_500].map { quota.admit(at: at($0)) }

        // At 1,000 ms the request of 0 ms has left the window; at 1,200 ms those of 500 and 1,000 ms are in it.
        XCTAssertEqual(admitted, [true, true, false, true, false, true])
        XCTAssertEqual(quota.refusedCount, 2)
    }

    func testRefusedRequestsDoNotFillTheWindow() {
        let quota = SlidingWindowQuota(RequestQuota(requests: 1, window: .seconds(1)))

        let admitted = [0, 100, 200, 999, 1_000].map { quota.admit(at: at($0)) }

        XCTAssertEqual(admitted, [true, false, false, false, true])
    }

    func testAZeroQuotaRefusesEverything() {
        let quota = SlidingWindowQuota(RequestQuota(requests: 0, window: .seconds(1)))

        XCTAssertFalse(quota.admit(at: at(0)))
        XCTAssertFalse(quota.admit(at: at(10_000)))
    }

    func testALongRunKeepsCountingRight() {
        let quota = SlidingWindowQuota(RequestQuota(requests: 10, window: .milliseconds(100)))

        // One request a millisecond for 10 s: 10 of every 100 are admitted, however many expired before.
        let admitted = (0..<10_000).filter { quota.admit(at: at($0)) }.count

        XCTAssertEqual(admitted, 1_000)
        XCTAssertEqual(quota.refusedCount, 9_000)
    }

    func testRequestsBeyondTheQuotaAre429ResourceExhaustedAndNotRun() async throws {
        let configuration = WixMediaSimulator.Configuration(quota: RequestQuota(requests: 2, window: .seconds(3_600)))
        try await withSimulator(configuration) { harness in
            let client = harness.client()
            _ = try await client.folders.createFolder(displayName: "one")
            _ = try await client.folders.createFolder(displayName: "two")

            let error = await assertThrows(WixAPIError.self) {
                try await client.folders.createFolder(displayName: "three")
            }

            XCTAssertEqual(error?.statusCode, 429)
            XCTAssertEqual(error?.code?.rawValue, "RESOURCE_EXHAUSTED")
            XCTAssertNotNil(error?.message)
            XCTAssertEqual(harness.simulator.quotaRefusals, 1)
            XCTAssertEqual(harness.requests.count(for: "createFolder"), 3, "a refused request still reached it")
            XCTAssertEqual(harness.simulator.store.folders.compactMap(\.displayName).sorted(), ["one", "two"])
        }
    }

    func testUploadHostRequestsDoNotCount() async throws {
        let configuration = WixMediaSimulator.Configuration(quota: RequestQuota(requests: 1, window: .seconds(3_600)))
        try await withSimulator(configuration) { harness in
            // One API request (Generate File Upload URL), then the PUT to the upload URL, which is not counted.
            let file = try await harness.client().files.upload(Data("bytes".utf8), fileName: "a.txt")

            XCTAssertEqual(file.displayName, "a.txt")
            XCTAssertEqual(harness.requests.count(for: UploadOperation.simpleUpload), 1)
            XCTAssertEqual(harness.simulator.quotaRefusals, 0)
        }
    }
}
