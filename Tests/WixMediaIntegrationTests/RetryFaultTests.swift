import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// Faults the client retries, over real HTTP: each test checks the typed result and, through the simulator's
/// request counts, that every attempt reached the server exactly once.
final class RetryFaultTests: XCTestCase {
    func testRateLimitedRequestWaitsForRetryAfterThenSucceeds() async throws {
        try await withSimulator { harness in
            let sleeper = RecordingSleeper()
            harness.simulator.faults.inject(.rateLimited(retryAfter: "2"), for: .operation("listFiles"))

            let page = try await harness.client(retryPolicy: sleeper.policy()).files.listFiles()

            XCTAssertEqual(page.files, [])
            XCTAssertEqual(page.nextCursor?.hasNext, false)
            XCTAssertEqual(sleeper.recorded, [.seconds(2)], "the wait is the server's Retry-After, not the backoff")
            XCTAssertEqual(harness.requests.count(for: "listFiles"), 2)
            XCTAssertEqual(harness.requests.total, 2)
        }
    }

    func testRetryAfterAsAnHTTPDateIsHonoured() async throws {
        try await withSimulator { harness in
            let sleeper = RecordingSleeper()
            let inOneHour = Date().addingTimeInterval(3_600)
            harness.simulator.faults.inject(.status(503, retryAfter: Self.httpDate(inOneHour)))

            _ = try await harness.client(retryPolicy: sleeper.policy()).folders.listFolders()

            // An hour is more than the policy waits for (`maxRetryAfter`, 30 s by default).
            XCTAssertEqual(sleeper.recorded, [.seconds(30)])
            XCTAssertEqual(harness.requests.count(for: "listFolders"), 2)
        }
    }

    func testServiceUnavailableEveryTimeExhaustsTheRetries() async throws {
        try await withSimulator { harness in
            let sleeper = RecordingSleeper()
            harness.simulator.faults.inject(.serviceUnavailable, for: .operation("getFolder"), times: nil)
            let client = harness.client(retryPolicy: sleeper.policy(maxRetries: 3, baseDelay: .milliseconds(100)))

            let error = await assertThrows(WixAPIError.self) {
                try await client.folders.getFolder(folderID: "any")
            }

            XCTAssertEqual(error?.statusCode, 503)
            XCTAssertEqual(error?.rawBody, Data())
            XCTAssertNotNil(error?.requestID)
            XCTAssertEqual(harness.requests.count(for: "getFolder"), 1 + 3, "one attempt plus three retries")
            XCTAssertEqual(sleeper.recorded, [.milliseconds(100), .milliseconds(200), .milliseconds(400)])
        }
    }

    func testBadGatewayAndGatewayTimeoutAreRetriedToo() async throws {
        try await withSimulator { harness in
            let sleeper = RecordingSleeper()
            harness.simulator.faults.inject(.status(502))
            harness.simulator.faults.inject(.status(504))

            let response = try await harness.client(retryPolicy: sleeper.policy()).files.searchFiles()

            XCTAssertEqual(response.files, [])
            XCTAssertEqual(harness.requests.count(for: "searchFiles"), 3)
            XCTAssertEqual(sleeper.recorded.count, 2)
        }
    }

    func testNonIdempotentCreateFolderIsNotRetriedAfterServiceUnavailable() async throws {
        try await withSimulator { harness in
            let sleeper = RecordingSleeper()
            harness.simulator.faults.inject(.serviceUnavailable, for: .operation("createFolder"))

            let error = await assertThrows(WixAPIError.self) {
                try await harness.client(retryPolicy: sleeper.policy()).folders.createFolder(displayName: "Summer")
            }

            XCTAssertEqual(error?.statusCode, 503)
            XCTAssertEqual(harness.requests.count(for: "createFolder"), 1)
            XCTAssertEqual(sleeper.recorded, [])
            XCTAssertEqual(harness.simulator.store.folders, [], "the injected 503 stood in for the operation")
        }
    }

    func testConnectionDroppedMidBodyIsATransportErrorWithoutRetries() async throws {
        try await withSimulator { harness in
            let folder = try await harness.client().folders.createFolder(displayName: "Summer").folder
            harness.simulator.faults.inject(.dropConnectionMidBody, for: .operation("getFolder"))

            let error = await assertThrows(WixMediaError.self) {
                try await harness.client().folders.getFolder(folderID: folder?.id ?? "")
            }

            guard case .transport? = error else {
                return XCTFail("expected a transport error, got \(String(describing: error))")
            }
            XCTAssertEqual(harness.requests.count(for: "getFolder"), 1)
        }
    }

    func testConnectionDroppedMidBodyIsRetriedForAnIdempotentRequest() async throws {
        try await withSimulator { harness in
            let sleeper = RecordingSleeper()
            let folder = try await harness.client().folders.createFolder(displayName: "Summer").folder
            harness.simulator.faults.inject(.dropConnectionMidBody, for: .operation("getFolder"))

            let fetched = try await harness.client(retryPolicy: sleeper.policy()).folders.getFolder(
                folderID: folder?.id ?? "")

            XCTAssertEqual(fetched.folder, folder)
            XCTAssertEqual(harness.requests.count(for: "getFolder"), 2)
            XCTAssertEqual(sleeper.recorded, [.milliseconds(100)])
        }
    }

    func testConnectionClosedBeforeAnyResponseIsRetried() async throws {
        try await withSimulator { harness in
            let sleeper = RecordingSleeper()
            harness.simulator.faults.inject(.dropConnectionBeforeResponse, for: .operation("listFolders"))

            let page = try await harness.client(retryPolicy: sleeper.policy()).folders.listFolders()

            XCTAssertEqual(page.folders, [])
            XCTAssertEqual(harness.requests.count(for: "listFolders"), 2)
        }
    }

    func testTimeoutOfASlowResponse() async throws {
        try await withSimulator { harness in
            harness.simulator.faults.inject(.delay(.seconds(5)), for: .operation("listFiles"))
            let client = harness.client(timeout: .milliseconds(300))
            let start = ContinuousClock.now

            let error = await assertThrows(WixMediaError.self) { try await client.files.listFiles() }

            guard case .timedOut? = error else { return XCTFail("expected timedOut, got \(String(describing: error))") }
            XCTAssertLessThan(ContinuousClock.now - start, .seconds(4), "the client gave up at its own timeout")
            XCTAssertEqual(harness.requests.count(for: "listFiles"), 1)
        }
    }

    func testTimedOutIdempotentRequestIsRetriedWithAFreshTimeout() async throws {
        try await withSimulator { harness in
            let sleeper = RecordingSleeper()
            harness.simulator.faults.inject(.delay(.seconds(5)), for: .operation("listFiles"))

            let client = harness.client(retryPolicy: sleeper.policy(), timeout: .milliseconds(300))
            let page = try await client.files.listFiles()

            XCTAssertEqual(page.files, [])
            XCTAssertEqual(harness.requests.count(for: "listFiles"), 2)
        }
    }

    func testCancellationDuringARetryWaitStopsTheRequest() async throws {
        try await withSimulator { harness in
            let sleeper = RecordingSleeper(blocks: true)
            harness.simulator.faults.inject(.serviceUnavailable, for: .operation("listFiles"), times: nil)
            let client = harness.client(retryPolicy: sleeper.policy())
            let task = Task { try await client.files.listFiles() }

            try await sleeper.waitUntilSleeping()
            task.cancel()
            let result = await task.result

            guard case .failure(WixMediaError.cancelled) = result else {
                return XCTFail("expected cancelled, got \(result)")
            }
            // Nothing was sent after the cancelled wait: give a stray retry the time to show up.
            try await Task.sleep(for: .milliseconds(200))
            XCTAssertEqual(harness.requests.count(for: "listFiles"), 1)
            XCTAssertEqual(sleeper.recorded.count, 1)
        }
    }

    func testCancellationDuringASlowResponseStopsTheRequest() async throws {
        try await withSimulator { harness in
            harness.simulator.faults.inject(.delay(.seconds(5)), for: .operation("searchFolders"))
            let client = harness.client(retryPolicy: RecordingSleeper().policy())
            let task = Task { try await client.folders.searchFolders() }

            for _ in 0..<500 where harness.requests.count(for: "searchFolders") == 0 {
                try await Task.sleep(for: .milliseconds(10))
            }
            let start = ContinuousClock.now
            task.cancel()
            let result = await task.result

            guard case .failure(WixMediaError.cancelled) = result else {
                return XCTFail("expected cancelled, got \(result)")
            }
            XCTAssertLessThan(ContinuousClock.now - start, .seconds(4))
            XCTAssertEqual(harness.requests.count(for: "searchFolders"), 1)
        }
    }

    private static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
