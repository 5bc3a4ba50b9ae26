import Foundation
import OpenAPIClientKit
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Middlewares run first to last around every attempt, retries included, and can change the request, read
/// the answer or answer themselves.
final class APIClientMiddlewareTests: XCTestCase {
    func testMiddlewaresWrapEachAttemptInOrderAndSeeRetries() async throws {
        let events = EventLog()
        let transport = ScriptedTransport([
            { request in
                events.append("transport \(request.value(forHTTPHeaderField: "X-Outer") ?? "-")")
                return (Data(), HTTPResponse(statusCode: 503))
            },
            { request in
                events.append("transport \(request.value(forHTTPHeaderField: "X-Outer") ?? "-")")
                return (Data(#"{"name":"Rex"}"#.utf8), HTTPResponse(statusCode: 200))
            },
        ])
        let client = APIClient(
            baseURL: petStoreURL, authentication: .bearer("t"),
            configuration: APIClientConfiguration(retryPolicy: instantRetries()), transport: transport,
            middlewares: [Recorder(name: "outer", events: events), Recorder(name: "inner", events: events)])

        _ = try await client.send(GetPet())

        XCTAssertEqual(
            events.all,
            [
                "outer > getPet #0 auth=true", "inner > getPet #0 auth=true", "transport outer", "inner < 503",
                "outer < 503",
                "outer > getPet #1 auth=true", "inner > getPet #1 auth=true", "transport outer", "inner < 200",
                "outer < 200",
            ])
    }

    func testMiddlewareCanAnswerWithoutTheTransport() async throws {
        struct Canned: ClientMiddleware {
            func intercept(
                _ request: URLRequest, context: ClientMiddlewareContext,
                next: @Sendable (URLRequest) async throws -> (Data, HTTPResponse)
            ) async throws -> (Data, HTTPResponse) {
                (Data(#"{"name":"Canned"}"#.utf8), HTTPResponse(statusCode: 200))
            }
        }
        let transport = ScriptedTransport()
        let client = APIClient(baseURL: petStoreURL, transport: transport, middlewares: [Canned()])

        let pet = try await client.send(GetPet())

        XCTAssertEqual(pet, Pet(name: "Canned"))
        XCTAssertTrue(transport.requests.isEmpty)
    }

    /// A middleware's own error is sorted like a transport's: a `URLError` of a lost connection is retried.
    func testMiddlewareErrorsAreClassifiedAndRetried() async throws {
        struct FlakyOnce: ClientMiddleware {
            func intercept(
                _ request: URLRequest, context: ClientMiddlewareContext,
                next: @Sendable (URLRequest) async throws -> (Data, HTTPResponse)
            ) async throws -> (Data, HTTPResponse) {
                if context.attempt == 0 { throw URLError(.networkConnectionLost) }
                return try await next(request)
            }
        }
        let transport = ScriptedTransport()
        let client = APIClient(
            baseURL: petStoreURL, configuration: APIClientConfiguration(retryPolicy: instantRetries()),
            transport: transport, middlewares: [FlakyOnce()])

        _ = try await client.send(GetPet())

        XCTAssertEqual(transport.requests.count, 1)
    }

    func testUnauthenticatedRequestsPassTheMiddlewaresWithoutCredentials() async throws {
        let events = EventLog()
        let transport = ScriptedTransport(status: 201, body: "")
        let client = APIClient(
            baseURL: petStoreURL, authentication: .bearer("t"), transport: transport,
            middlewares: [Recorder(name: "log", events: events)])

        let (_, response) = try await client.sendUnauthenticated(
            URLRequest(url: URL(string: "https://upload.example.com/u/abc")!))

        XCTAssertEqual(response.statusCode, 201)
        XCTAssertEqual(events.all, ["log > - #0 auth=false", "log < 201"])
        XCTAssertNil(transport.requests.first?.value(forHTTPHeaderField: "Authorization"))
    }
}

/// Records each attempt it sees and stamps the request with the name of the outermost middleware.
private struct Recorder: ClientMiddleware {
    let name: String
    let events: EventLog

    func intercept(
        _ request: URLRequest, context: ClientMiddlewareContext,
        next: @Sendable (URLRequest) async throws -> (Data, HTTPResponse)
    ) async throws -> (Data, HTTPResponse) {
        let authenticated = request.value(forHTTPHeaderField: "Authorization") != nil
        events.append("\(name) > \(context.operationID ?? "-") #\(context.attempt) auth=\(authenticated)")
        var request = request
        if request.value(forHTTPHeaderField: "X-Outer") == nil { request.setValue(name, forHTTPHeaderField: "X-Outer") }
        let (body, response) = try await next(request)
        events.append("\(name) < \(response.statusCode)")
        return (body, response)
    }
}
