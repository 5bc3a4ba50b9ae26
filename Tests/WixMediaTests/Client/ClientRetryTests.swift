import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// How the client drives retries, timeouts and cancellation, against scripted transports.
final class ClientRetryTests: XCTestCase {
    func testIdempotentRequestIsRetriedUntilItSucceeds() async throws {
        let transport = ScriptedTransport([.status(503), .status(429, retryAfter: "7"), .status(200, body: "{}")])
        let waits = WaitLog()

        _ = try await client(transport, waits).files.listFiles()

        let attempts = await transport.attempts
        let recorded = await waits.durations
        XCTAssertEqual(attempts, 3)
        XCTAssertEqual(recorded, [.milliseconds(100), .seconds(7)])
    }

    func testNonIdempotentRequestIsSentOnce() async throws {
        let transport = ScriptedTransport([.failure(URLError(.networkConnectionLost)), .status(200, body: "{}")])
        let waits = WaitLog()

        let error = await assertThrows(WixMediaError.self) {
            try await client(transport, waits).folders.createFolder(displayName: "Summer")
        }

        guard case .transport? = error else { return XCTFail("expected transport, got \(String(describing: error))") }
        let attempts = await transport.attempts
        XCTAssertEqual(attempts, 1)
    }

    func testIdempotentPOSTIsRetried() async throws {
        let transport = ScriptedTransport([.status(502), .status(200, body: #"{ "files": [] }"#)])

        let response = try await client(transport, WaitLog()).files.searchFiles(search: "beach")

        XCTAssertEqual(response.files, [])
        let attempts = await transport.attempts
        XCTAssertEqual(attempts, 2)
    }

    func testTheLastErrorIsThrownWhenRetriesRunOut() async throws {
        let transport = ScriptedTransport([.status(503), .status(503), .status(504, body: "gateway")])

        let error = await assertThrows(WixAPIError.self) {
            try await client(transport, WaitLog(), maxRetries: 2).files.listFiles()
        }

        XCTAssertEqual(error?.statusCode, 504)
        XCTAssertEqual(error?.rawBody, Data("gateway".utf8))
        let attempts = await transport.attempts
        XCTAssertEqual(attempts, 3)
    }

    func testOtherStatusesAreNotRetried() async throws {
        for status in [400, 401, 404, 409, 500] {
            let transport = ScriptedTransport([.status(status), .status(200, body: "{}")])

            let error = await assertThrows(WixAPIError.self) {
                try await client(transport, WaitLog()).files.listFiles()
            }

            XCTAssertEqual(error?.statusCode, status)
            let attempts = await transport.attempts
            XCTAssertEqual(attempts, 1, "HTTP \(status)")
        }
    }

    func testSleepThatGivesUpThrowsTheErrorBeingRetried() async throws {
        let transport = ScriptedTransport([.status(503), .status(200, body: "{}")])
        let policy = RetryPolicy(sleep: { _ in throw TestFailure("no more waiting") })
        let client = WixMediaClient(
            credentials: .accessToken("t"), configuration: WixMediaConfiguration(retryPolicy: policy),
            transport: transport)

        let error = await assertThrows(WixAPIError.self) { try await client.files.listFiles() }

        XCTAssertEqual(error?.statusCode, 503)
    }

    func testEachAttemptHasItsOwnTimeout() async throws {
        let transport = ScriptedTransport([.hang, .hang, .status(200, body: "{}")])
        let client = WixMediaClient(
            credentials: .accessToken("t"),
            configuration: WixMediaConfiguration(
                timeout: .milliseconds(50), retryPolicy: RetryPolicy(maxRetries: 2, sleep: { _ in })),
            transport: transport)

        _ = try await client.files.listFiles()

        let attempts = await transport.attempts
        XCTAssertEqual(attempts, 3)
    }

    func testTimeoutWithoutRetriesIsTimedOut() async throws {
        let transport = ScriptedTransport([.hang])
        let client = WixMediaClient(
            credentials: .accessToken("t"),
            configuration: WixMediaConfiguration(timeout: .milliseconds(50), retryPolicy: .none),
            transport: transport)
        let start = ContinuousClock.now

        let error = await assertThrows(WixMediaError.self) { try await client.files.listFiles() }

        guard case .timedOut? = error else { return XCTFail("expected timedOut, got \(String(describing: error))") }
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(5))
    }

    func testCancelledTaskSendsNothing() async throws {
        let transport = ScriptedTransport([.status(200, body: "{}")])
        let client = client(transport, WaitLog())
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.files.listFiles()
        }

        let result = await task.result

        guard case .failure(WixMediaError.cancelled) = result else {
            return XCTFail("expected cancelled, got \(result)")
        }
        let attempts = await transport.attempts
        XCTAssertEqual(attempts, 0)
    }

    private func client(_ transport: ScriptedTransport, _ waits: WaitLog, maxRetries: Int = 3) -> WixMediaClient {
        let policy = RetryPolicy(
            maxRetries: maxRetries, baseDelay: .milliseconds(100), jitter: { $0 },
            sleep: { duration in await waits.append(duration) })
        return WixMediaClient(
            credentials: .apiKey("key", siteID: "site"), configuration: WixMediaConfiguration(retryPolicy: policy),
            transport: transport)
    }
}

/// The waits a retry policy asked for.
private actor WaitLog {
    private(set) var durations: [Duration] = []

    func append(_ duration: Duration) {
        durations.append(duration)
    }
}

/// A transport that plays one scripted outcome per attempt and counts the attempts.
private actor ScriptedTransport: HTTPTransport {
    enum Outcome {
        case status(Int, retryAfter: String? = nil, body: String = "")
        case failure(any Error)
        /// Waits until cancelled, like a server that never answers.
        case hang
    }

    private var script: [Outcome]
    private(set) var attempts = 0

    init(_ script: [Outcome]) {
        self.script = script
    }

    func send(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        attempts += 1
        guard !script.isEmpty else { throw TestFailure("more attempts than scripted") }
        switch script.removeFirst() {
        case .status(let status, let retryAfter, let body):
            let headers = retryAfter.map { [HTTPHeader(name: "Retry-After", value: $0)] } ?? []
            return (Data(body.utf8), HTTPResponse(statusCode: status, headers: headers))
        case .failure(let error):
            throw error
        case .hang:
            try await Task.sleep(for: .seconds(60))
            throw TestFailure("a hanging attempt was not cancelled")
        }
    }
}
