import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Answers a resumable upload cannot go on from end it with `WixMediaError.undecodableResponse` and the
/// ``UploadError`` that says what was missing, without resuming: asking again would get the same answer.
final class ResumableUploadAnswerTests: XCTestCase {
    func testAMissingUploadTokenStopsBeforeTus() async throws {
        let server = FakeUploadServer()
        await server.configure {
            $0.generateResumableAnswer =
                #"{ "uploadProtocol": "TUS", "uploadUrl": "\#(FakeUploadServer.tusEndpoint)" }"#
        }

        let error = await failure(of: server)

        XCTAssertEqual(underlying(of: error) as? UploadError, .missingUploadToken)
        let uploads = await server.uploadHostRequests
        XCTAssertEqual(uploads, [])
    }

    func testACreateAnswerWithoutLocation() async throws {
        let server = FakeUploadServer()
        await server.configure { $0.createHeaders = [] }

        let error = await failure(of: server)

        XCTAssertEqual(underlying(of: error) as? UploadError, .missingLocation)
        guard case .undecodableResponse(let status, _, _)? = error else {
            return XCTFail("expected undecodableResponse, got \(String(describing: error))")
        }
        XCTAssertEqual(status, 201)
    }

    func testAPatchAnswerWithoutUploadOffset() async throws {
        let server = FakeUploadServer()
        await server.configure { $0.omitsPatchOffset = true }

        let error = await failure(of: server)

        XCTAssertEqual(underlying(of: error) as? UploadError, .invalidUploadOffset(nil))
        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods, ["POST", "POST", "PATCH"])
    }

    func testAPatchAnswerThatConfirmsNoProgress() async throws {
        let server = FakeUploadServer()
        await server.configure { $0.maxBytesKeptPerPatch = 0 }

        let error = await failure(of: server)

        XCTAssertEqual(underlying(of: error) as? UploadError, .invalidUploadOffset("0"))
    }

    func testAHeadOffsetBeyondTheFile() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.drop], for: "PATCH")
        await server.setFaults([.reply(200, headers: [HTTPHeader(name: "Upload-Offset", value: "151")])], for: "HEAD")

        let error = await failure(of: server)

        XCTAssertEqual(underlying(of: error) as? UploadError, .invalidUploadOffset("151"))
    }

    private func failure(of server: FakeUploadServer) async -> WixMediaError? {
        await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(
                testBytes(count: 150), fileName: "a.mp4", options: SleepRecorder().options())
        }
    }
}
