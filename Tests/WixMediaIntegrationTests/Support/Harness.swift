import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A running simulator and what a test needs to talk to it over real HTTP.
struct Harness: Sendable {
    let simulator: WixMediaSimulator
    /// A session of the test's own, so that no pooled connection outlives the simulator.
    let session: URLSession
    /// The clients' transport, over a session of the test's own too.
    let transport: URLSessionTransport

    /// The API key the default client sends.
    static let apiKey = "integration-test-key"
    static let siteID = "5a1e7d00-0000-4000-8000-000000000001"

    /// The requests the simulator received.
    var requests: RequestCounter { simulator.requests }

    /// A client of the simulator over `URLSessionTransport`; no retries and no pacing unless the test asks for
    /// them (pacing at Wix's rate would stretch a test of paging to minutes).
    func client(
        retryPolicy: RetryPolicy = .none, timeout: Duration = .seconds(10), rateLimit: RateLimit? = nil,
        credentials: Credentials = .apiKey(Harness.apiKey, siteID: Harness.siteID)
    ) -> WixMediaClient {
        WixMediaClient(
            credentials: credentials,
            configuration: WixMediaConfiguration(
                baseURL: simulator.baseURL, timeout: timeout, retryPolicy: retryPolicy, rateLimit: rateLimit),
            transport: transport)
    }

    /// A request the client could not send (no credentials, an invalid body), straight through URLSession.
    func rawRequest(
        _ method: String, _ path: String, body: String? = nil, authorization: String? = Harness.apiKey
    ) async throws -> (status: Int, body: Data, requestID: String?) {
        var request = URLRequest(url: simulator.baseURL.appendingPathComponent(path))
        request.httpMethod = method
        request.httpBody = body.map { Data($0.utf8) }
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let authorization {
            request.setValue(authorization, forHTTPHeaderField: "Authorization")
        }
        let (data, response) = try await session.data(for: request)
        let http = try XCTUnwrap(response as? HTTPURLResponse)
        return (http.statusCode, data, http.value(forHTTPHeaderField: "x-wix-request-id"))
    }
}

/// Runs `body` against a fresh simulator, which is stopped afterwards whatever happens.
func withSimulator<Result>(
    _ configuration: WixMediaSimulator.Configuration = WixMediaSimulator.Configuration(),
    _ body: (Harness) async throws -> Result
) async throws -> Result {
    let simulator = try WixMediaSimulator(configuration: configuration)
    let session = URLSession(configuration: .ephemeral)
    let transport = URLSessionTransport(configuration: .ephemeral)
    defer {
        session.invalidateAndCancel()
        transport.session.invalidateAndCancel()
        simulator.stop()
    }
    return try await body(Harness(simulator: simulator, session: session, transport: transport))
}

/// Runs `body`, expecting it to throw an `E`, and returns that error; fails the test otherwise.
func assertThrows<E: Error, T>(
    _ errorType: E.Type, file: StaticString = #filePath, line: UInt = #line, _ body: () async throws -> T
) async -> E? {
    do {
        let value = try await body()
        XCTFail("expected \(E.self), got the value \(value)", file: file, line: line)
        return nil
    } catch let error as E {
        return error
    } catch {
        XCTFail("expected \(E.self), got \(type(of: error)): \(error)", file: file, line: line)
        return nil
    }
}

/// An error that fails a test with a message.
struct TestFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
