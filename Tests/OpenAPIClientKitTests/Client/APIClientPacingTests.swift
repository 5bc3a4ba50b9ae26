import Foundation
import OpenAPIClientKit
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The rate limit paces the requests to the API's origin, retries included, and only those.
final class APIClientPacingTests: XCTestCase {
    /// One request an hour: the first goes, the second waits until its task is cancelled, having sent nothing.
    func testRequestBeyondTheRateWaitsAndCancelsCleanly() async throws {
        let transport = ScriptedTransport()
        let limit = try RateLimit(requests: 1, per: .seconds(3_600))
        let client = APIClient(
            baseURL: petStoreURL, configuration: APIClientConfiguration(rateLimit: limit), transport: transport)
        _ = try await client.send(GetPet())

        let waiting = Task { try await client.send(GetPet()) }
        try await Task.sleep(for: .milliseconds(50))
        XCTAssertEqual(transport.requests.count, 1, "the second request left without a token")
        waiting.cancel()
        let result = await waiting.result

        guard case .failure(APIClientError.cancelled) = result else {
            return XCTFail("expected cancelled, got \(result)")
        }
        XCTAssertEqual(transport.requests.count, 1)
    }

    /// Copies of a client share its bucket.
    func testCopiesShareTheBucket() async throws {
        let transport = ScriptedTransport()
        let limit = try RateLimit(requests: 1, per: .seconds(3_600))
        let client = APIClient(
            baseURL: petStoreURL, configuration: APIClientConfiguration(rateLimit: limit), transport: transport)
        let copy = client
        _ = try await client.send(GetPet())

        let waiting = Task { try await copy.send(GetPet()) }
        try await Task.sleep(for: .milliseconds(50))
        waiting.cancel()
        _ = await waiting.result

        XCTAssertEqual(transport.requests.count, 1)
    }

    /// A request to another origin (a signed upload URL) is outside the API's allowance.
    func testRequestsToAnotherOriginAreNotPaced() async throws {
        let transport = ScriptedTransport()
        let limit = try RateLimit(requests: 1, per: .seconds(3_600))
        let client = APIClient(
            baseURL: petStoreURL, configuration: APIClientConfiguration(rateLimit: limit), transport: transport)
        _ = try await client.send(GetPet())

        for _ in 0..<3 {
            _ = try await client.sendUnauthenticated(URLRequest(url: URL(string: "https://upload.example.com/u")!))
        }

        XCTAssertEqual(transport.requests.count, 4)
    }
}
