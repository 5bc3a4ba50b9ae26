import Foundation
import OpenAPIClientKit
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Retries, `Retry-After`, timeouts and cancellation of the generic client.
final class APIClientRetryTests: XCTestCase {
    func testRetryAfterSetsTheWaitBeforeTheRetry() async throws {
        let sleeps = EventLog()
        let transport = ScriptedTransport([
            ScriptedTransport.reply(status: 429, headers: [HTTPHeader(name: "Retry-After", value: "2")], body: ""),
            ScriptedTransport.reply(status: 503, body: ""),
            ScriptedTransport.reply(status: 200),
        ])
        let client = APIClient(
            baseURL: petStoreURL,
            configuration: APIClientConfiguration(retryPolicy: instantRetries(sleeps: sleeps)), transport: transport)

        let pet = try await client.send(GetPet())

        XCTAssertEqual(pet, Pet(name: "Rex"))
        XCTAssertEqual(transport.requests.count, 3)
        // The server's 2 seconds, then the backoff ceiling of the second retry (0.5 s × 2).
        XCTAssertEqual(sleeps.all, ["\(Duration.seconds(2))", "\(Duration.seconds(1))"])
    }

    func testRetriesStopAtTheLimitWithTheLastError() async throws {
        let transport = ScriptedTransport(status: 503, body: "")
        let client = APIClient(
            baseURL: petStoreURL, configuration: APIClientConfiguration(retryPolicy: instantRetries(maxRetries: 2)),
            transport: transport)
        do {
            _ = try await client.send(GetPet())
            XCTFail("503s must throw")
        } catch let error as APIResponseError {
            XCTAssertEqual(error.statusCode, 503)
        }
        XCTAssertEqual(transport.requests.count, 3)
    }

    func testNonIdempotentOperationIsSentOnce() async throws {
        let transport = ScriptedTransport(status: 503, body: "")
        let client = APIClient(
            baseURL: petStoreURL, configuration: APIClientConfiguration(retryPolicy: instantRetries()),
            transport: transport)
        do {
            _ = try await client.send(CreatePet())
            XCTFail("a 503 must throw")
        } catch let error as APIResponseError {
            XCTAssertEqual(error.statusCode, 503)
        }
        XCTAssertEqual(transport.requests.count, 1)
    }

    /// The client's own deadline, not the transport's: a transport that never answers still times out.
    func testAnAttemptThatTakesTooLongTimesOut() async throws {
        let transport = ScriptedTransport([
            { _ in
                try await Task.sleep(for: .seconds(30))
                return (Data(), HTTPResponse(statusCode: 200))
            }
        ])
        let client = APIClient(
            baseURL: petStoreURL,
            configuration: APIClientConfiguration(timeout: .milliseconds(100), retryPolicy: .none),
            transport: transport)
        let start = ContinuousClock.now
        do {
            _ = try await client.send(GetPet())
            XCTFail("a silent transport must time out")
        } catch APIClientError.timedOut {
            XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
        }
    }

    func testCancellingTheTaskStopsTheRequestInFlight() async throws {
        let started = EventLog()
        let transport = ScriptedTransport([
            { _ in
                started.append("sent")
                try await Task.sleep(for: .seconds(30))
                return (Data(), HTTPResponse(statusCode: 200))
            }
        ])
        let client = APIClient(baseURL: petStoreURL, transport: transport)
        let task = Task { try await client.send(GetPet()) }
        while started.all.isEmpty { await Task.yield() }

        task.cancel()
        let result = await task.result

        guard case .failure(APIClientError.cancelled) = result else {
            return XCTFail("expected cancelled, got \(result)")
        }
    }

    func testCancellingDuringTheRetryWaitStopsTheRetry() async throws {
        let transport = ScriptedTransport(status: 503, body: "")
        let policy = RetryPolicy(maxRetries: 3, baseDelay: .seconds(30), maxDelay: .seconds(30), jitter: { $0 })
        let client = APIClient(
            baseURL: petStoreURL, configuration: APIClientConfiguration(retryPolicy: policy), transport: transport)
        let task = Task { try await client.send(GetPet()) }
        while transport.requests.isEmpty { await Task.yield() }

        task.cancel()
        let result = await task.result

        guard case .failure(APIClientError.cancelled) = result else {
            return XCTFail("expected cancelled, got \(result)")
        }
        XCTAssertEqual(transport.requests.count, 1)
    }
}
