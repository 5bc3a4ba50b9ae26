import Foundation
import OpenAPIClientKit
import TestingSupport
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What request line reaches a server for a path parameter made of dots: URL loading (URLSession, and libcurl
/// beneath it on Linux) removes `.` and `..` segments, so only their encoded form keeps the request on the
/// resource it names.
final class PathSegmentOnTheWireTests: XCTestCase {
    func testEncodedDotSegmentsArriveUnresolved() async throws {
        for (id, segment) in [("..", "%2E%2E"), (".", "%2E")] {
            let requestLine = try await requestLine(
                of: HTTPRequest(method: .delete, path: "/orgs/o/users/" + PathEncoding.segment(id)))

            XCTAssertEqual(requestLine, "DELETE /api/orgs/o/users/\(segment) HTTP/1.1", "id \(id)")
        }
    }

    func testUnencodedDotSegmentsWouldBeResolved() async throws {
        // Why the encoding is needed: the same path with a literal `..` reaches the organisation, not a user.
        // Observed with swift-corelibs-foundation 6.3 (libcurl); Apple's URL loading was not checked here.
        #if canImport(FoundationNetworking)
            let requestLine = try await requestLine(of: HTTPRequest(method: .delete, path: "/orgs/o/users/.."))

            XCTAssertEqual(requestLine, "DELETE /api/orgs/o/ HTTP/1.1")
        #else
            throw XCTSkip("the resolution of a literal dot segment is pinned on Linux only")
        #endif
    }

    /// Sends `request` through a plain `URLSession` to a loopback server and returns the first line it received.
    private func requestLine(of request: HTTPRequest) async throws -> String {
        let server = try LoopbackHTTPServer(
            response: LoopbackHTTPServer.response(status: "204 No Content", headers: [], body: ""), lifetime: 10)
        let base = try XCTUnwrap(URL(string: "http://127.0.0.1:\(server.port)/api/"))
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 10
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }

        _ = try await session.data(for: request.urlRequest(baseURL: base, timeout: 10))

        XCTAssertTrue(server.waitUntilFinished(timeout: 5))
        let received = String(decoding: server.receivedRequest, as: UTF8.self)
        return received.components(separatedBy: "\r\n")[0]
    }
}
