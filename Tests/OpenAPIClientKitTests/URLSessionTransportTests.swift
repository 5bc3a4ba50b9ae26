import Foundation
import OpenAPIClientKit
import TestingSupport
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

final class URLSessionTransportTests: XCTestCase {
    private func makeTransport() -> URLSessionTransport {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 10
        return URLSessionTransport(configuration: configuration)
    }

    func testSendsTheRequestAndReturnsStatusHeadersAndBody() async throws {
        let server = try LoopbackHTTPServer(
            response: LoopbackHTTPServer.response(
                status: "201 Created", headers: [("Content-Type", "text/plain"), ("X-Request-Id", "abc-123")],
                body: "hello"))
        var query = QueryItems()
        query.append("q", "a b")
        let request = HTTPRequest(
            method: .post, path: "/v1/files/" + PathEncoding.segment("wix:image://x#y"), query: query,
            headers: [
                HTTPHeader(name: "X-Custom", value: "42"), HTTPHeader(name: "Content-Type", value: "application/json"),
            ],
            body: Data(#"{"k":"v"}"#.utf8))
        let base = try XCTUnwrap(URL(string: "http://127.0.0.1:\(server.port)/api/"))

        let (data, response) = try await makeTransport().send(request.urlRequest(baseURL: base, timeout: 10))

        XCTAssertEqual(response.statusCode, 201)
        XCTAssertEqual(response.headerValue(for: "x-request-id"), "abc-123")
        XCTAssertEqual(response.headerValue(for: "CONTENT-TYPE"), "text/plain")
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "hello")

        XCTAssertTrue(server.waitUntilFinished(timeout: 5))
        let received = String(decoding: server.receivedRequest, as: UTF8.self)
        XCTAssertTrue(
            received.hasPrefix("POST /api/v1/files/wix%3Aimage%3A%2F%2Fx%23y?q=a%20b HTTP/1.1\r\n"), received)
        XCTAssertTrue(received.lowercased().contains("\r\nx-custom: 42\r\n"), received)
        XCTAssertTrue(received.hasSuffix("\r\n\r\n{\"k\":\"v\"}"), received)
    }

    func testErrorStatusesAreReturnedNotThrown() async throws {
        let server = try LoopbackHTTPServer(
            response: LoopbackHTTPServer.response(
                status: "404 Not Found", headers: [("Content-Type", "application/json")],
                body: #"{"message":"no such file","details":{"applicationError":{"code":"FILE_NOT_FOUND"}}}"#))
        let base = try XCTUnwrap(URL(string: "http://127.0.0.1:\(server.port)"))

        let (data, response) = try await makeTransport().send(
            HTTPRequest(method: .get, path: "/missing").urlRequest(baseURL: base, timeout: 10))

        XCTAssertEqual(response.statusCode, 404)
        let body = try JSONDecoder().decode(JSONValue.self, from: data)
        XCTAssertEqual(body["details"]?["applicationError"]?["code"], "FILE_NOT_FOUND")
        XCTAssertTrue(server.waitUntilFinished(timeout: 5))
    }

    func testCancellingTheTaskCancelsTheRequest() async throws {
        let server = try LoopbackHTTPServer(response: nil, lifetime: 15)
        let base = try XCTUnwrap(URL(string: "http://127.0.0.1:\(server.port)"))
        let urlRequest = try HTTPRequest(method: .get, path: "/slow").urlRequest(baseURL: base, timeout: 30)
        let transport = makeTransport()

        let task = Task { try await transport.send(urlRequest) }
        // Give the request time to reach the server, so the cancellation hits an in-flight request.
        for _ in 0..<100 where server.receivedRequest.isEmpty {
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        XCTAssertFalse(server.receivedRequest.isEmpty, "the request never reached the server")
        let cancelledAt = Date()
        task.cancel()

        do {
            let (_, response) = try await task.value
            XCTFail("expected cancellation, got status \(response.statusCode)")
        } catch is CancellationError {
            // How the transport reports cancellation.
        }
        XCTAssertLessThan(Date().timeIntervalSince(cancelledAt), 5, "cancellation did not stop the request promptly")
        XCTAssertTrue(server.waitUntilFinished(timeout: 15))
    }

    func testConnectionFailuresSurfaceAsURLError() async throws {
        // A port that was just free is very likely still closed: the server accepts nothing once its lifetime ends.
        let server = try LoopbackHTTPServer(response: nil, lifetime: 0)
        XCTAssertTrue(server.waitUntilFinished(timeout: 5))
        let base = try XCTUnwrap(URL(string: "http://127.0.0.1:\(server.port)"))

        do {
            _ = try await makeTransport().send(
                HTTPRequest(method: .get, path: "/").urlRequest(baseURL: base, timeout: 5))
            XCTFail("expected a connection error")
        } catch let error as URLError {
            XCTAssertEqual(error.code, .cannotConnectToHost)
        }
    }
}
