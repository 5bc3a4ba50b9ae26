import Foundation
import OpenAPIClientKit
import TestingSupport
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The hardening of the default transport holds for calls through the client: no credentials across origins,
/// no unbounded bodies. Loopback only.
final class APIClientTransportPolicyTests: XCTestCase {
    private func client(_ server: LoopbackHTTPServer, transport: URLSessionTransport) -> APIClient {
        APIClient(
            baseURL: server.baseURL, authentication: .bearer("s3cr3t"),
            configuration: APIClientConfiguration(timeout: .seconds(10), retryPolicy: .none), transport: transport)
    }

    func testRedirectToAnotherOriginIsRefusedAndTheCredentialsStay() async throws {
        let other = try LoopbackHTTPServer(
            response: LoopbackHTTPServer.response(status: "200 OK", headers: [], body: #"{"name":"stolen"}"#),
            lifetime: 3)
        let first = try LoopbackHTTPServer(
            response: LoopbackHTTPServer.response(
                status: "302 Found", headers: [("Location", "http://127.0.0.1:\(other.port)/pets/1")], body: ""))

        do {
            _ = try await client(first, transport: URLSessionTransport(configuration: .ephemeral)).send(GetPet())
            XCTFail("a cross-origin redirect must fail")
        } catch APIClientError.transport(let underlying as TransportError) {
            XCTAssertEqual(underlying, .crossOriginRedirect(statusCode: 302, origin: "http://127.0.0.1:\(other.port)"))
        }
        XCTAssertTrue(first.waitUntilFinished(timeout: 5))
        XCTAssertTrue(String(decoding: first.receivedRequest, as: UTF8.self).contains("Bearer s3cr3t"))
        XCTAssertTrue(other.receivedRequests.isEmpty)
    }

    func testResponseBodyOverTheCapFails() async throws {
        let server = try LoopbackHTTPServer(
            response: LoopbackHTTPServer.response(
                status: "200 OK", headers: [], body: #"{"name":""# + String(repeating: "x", count: 4_096) + #""}"#))
        let transport = URLSessionTransport(configuration: .ephemeral, maximumResponseBodySize: 1_024)

        do {
            _ = try await client(server, transport: transport).send(GetPet())
            XCTFail("a body over the cap must fail")
        } catch APIClientError.transport(let underlying as TransportError) {
            XCTAssertEqual(underlying, .responseTooLarge(limit: 1_024))
        }
        XCTAssertTrue(server.waitUntilFinished(timeout: 5))
    }
}
