import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Uploads that cannot start or cannot finish throw the client's errors, with an ``UploadError`` underneath when
/// neither Wix's answer nor the network is to blame.
final class UploadFailureTests: XCTestCase {
    func testAnErrorAnswerToThePutIsAWixAPIError() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.reply(403)], for: "PUT")

        let error = await assertThrows(WixAPIError.self) {
            try await server.client.files.upload(Data("x".utf8), fileName: "a.jpg")
        }

        XCTAssertEqual(error?.statusCode, 403)
    }

    func testAPutAnswerWithoutAFileIsUndecodable() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.reply(200, body: #"{ "status": "stored" }"#)], for: "PUT")

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(Data("x".utf8), fileName: "a.jpg")
        }

        guard case .undecodableResponse(let status, let body, _)? = error else {
            return XCTFail("expected undecodableResponse, got \(String(describing: error))")
        }
        XCTAssertEqual(status, 200)
        XCTAssertEqual(String(decoding: body, as: UTF8.self), #"{ "status": "stored" }"#)
    }

    func testAMissingUploadURLStopsBeforeAnyUpload() async throws {
        let server = FakeUploadServer()
        await server.configure { $0.generateUploadURLAnswer = "{}" }

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(Data("x".utf8), fileName: "a.jpg")
        }

        XCTAssertEqual(underlying(of: error) as? UploadError, .invalidUploadURL(nil))
        let uploads = await server.uploadHostRequests
        XCTAssertEqual(uploads, [])
    }

    func testARelativeUploadURLIsRejected() async throws {
        let server = FakeUploadServer()
        await server.configure { $0.generateUploadURLAnswer = #"{ "uploadUrl": "/upload/abc" }"# }

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(Data("x".utf8), fileName: "a.jpg")
        }

        XCTAssertEqual(underlying(of: error) as? UploadError, .invalidUploadURL("/upload/abc"))
    }

    func testASenderWithoutUploadSupportIsRefused() async throws {
        let sender = RecordingSender()

        let error = await assertThrows(WixMediaError.self) {
            try await FilesClient(sender: sender).upload(Data("x".utf8), fileName: "a.jpg")
        }

        XCTAssertEqual(underlying(of: error) as? UploadError, .senderCannotUpload)
        let operations = await sender.operations
        XCTAssertTrue(operations.isEmpty)
    }

    func testAMissingFileIsAnInvalidRequestAndSendsNothing() async throws {
        let server = FakeUploadServer()
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".jpg")

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(fileURL: missing)
        }

        guard case .invalidRequest? = error else {
            return XCTFail("expected invalidRequest, got \(String(describing: error))")
        }
        let requests = await server.requests
        XCTAssertTrue(requests.isEmpty)
    }

    func testAWebURLIsNotAFile() async throws {
        let url = URL(string: "https://example.com/a.jpg")!

        let error = await assertThrows(WixMediaError.self) {
            try await FakeUploadServer().client.files.upload(fileURL: url)
        }

        XCTAssertEqual(underlying(of: error) as? UploadError, .notAFileURL(url))
    }
}
