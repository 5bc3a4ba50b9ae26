import Foundation
import TestingSupport
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Upload requests go to the upload host Wix names, not to the API; the transport judges their redirects
/// against that host's origin, like any request's. The API answers from memory here, the upload host is a
/// loopback server reached through `URLSessionTransport`.
final class UploadRedirectTests: XCTestCase {
    private func client(uploadingTo uploadURL: URL) async -> WixMediaClient {
        let api = FakeUploadServer()
        await api.configure { $0.generateUploadURLAnswer = #"{ "uploadUrl": "\#(uploadURL.absoluteString)" }"# }
        let network = URLSessionTransport(configuration: .ephemeral)
        return .testing(
            transport: FakeTransport { request in
                request.url?.host == "127.0.0.1" ? try await network.send(request) : try await api.handle(request)
            })
    }

    private static func redirect(_ status: Int, to location: String) -> Data {
        LoopbackHTTPServer.response(status: "\(status) Redirect", headers: [("Location", location)], body: "")
    }

    func testAnUploadRedirectedToAnotherOriginFailsAndSendsItNothing() async throws {
        let other = try LoopbackHTTPServer(
            response: LoopbackHTTPServer.response(status: "200 OK", headers: [], body: "{}"), lifetime: 3)
        let uploadHost = try LoopbackHTTPServer(
            response: Self.redirect(307, to: "http://127.0.0.1:\(other.port)/upload/stolen"))
        let client = await client(uploadingTo: uploadHost.baseURL.appendingPathComponent("upload/abc"))

        let error = await assertThrows(WixMediaError.self) {
            try await client.files.upload(testBytes(count: 1_000), fileName: "photo.jpg")
        }

        XCTAssertEqual(
            underlying(of: error) as? TransportError,
            .crossOriginRedirect(statusCode: 307, origin: "http://127.0.0.1:\(other.port)"))
        XCTAssertTrue(uploadHost.receivedRequest.starts(with: Data("PUT /upload/abc?filename=photo.jpg ".utf8)))
        XCTAssertTrue(other.receivedRequests.isEmpty, "the other origin was sent the upload")
    }

    func testAnUploadRedirectedWithinItsOriginIsSentAgainWithItsBytes() async throws {
        let bytes = testBytes(count: 1_000)
        let uploadHost = try LoopbackHTTPServer(connections: 2) { request, connection in
            connection.write(
                request.starts(with: Data("PUT /upload/abc".utf8))
                    ? Self.redirect(308, to: "/upload/moved?filename=photo.jpg")
                    : LoopbackHTTPServer.response(
                        status: "200 OK", headers: [("Content-Type", "application/json")],
                        body: #"{ "file": { "id": "f1", "displayName": "photo.jpg" } }"#))
        }
        let client = await client(uploadingTo: uploadHost.baseURL.appendingPathComponent("upload/abc"))

        let file = try await client.files.upload(bytes, fileName: "photo.jpg")

        XCTAssertEqual(file.id, "f1")
        let requests = uploadHost.receivedRequests
        XCTAssertEqual(requests.count, 2)
        XCTAssertTrue(requests[1].starts(with: Data("PUT /upload/moved?filename=photo.jpg ".utf8)))
        XCTAssertTrue(requests[1].suffix(bytes.count) == bytes, "the redirected upload lost its bytes")
    }
}
