import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `externalInfo` of an upload goes into the request for the upload URL of either kind, the only place Wix takes
/// it; Wix echoes it in the File Ready and File Failed events (facts §7.4, §8).
final class UploadExternalInfoTests: XCTestCase {
    private let externalInfo = ExternalInfo(origin: "my-app", externalIDs: ["order-17", "line-2"])

    func testASimpleUploadSendsExternalInfoWithGenerateFileUploadURL() async throws {
        let server = FakeUploadServer()

        _ = try await server.client.files.upload(
            testBytes(count: 10), fileName: "receipt.pdf", externalInfo: externalInfo)

        let generate = await server.requests[0]
        XCTAssertEqual(generate.url?.path, "/site-media/v1/files/generate-upload-url")
        try assertJSON(
            generate.httpBody,
            equals: [
                "mimeType": "application/pdf", "fileName": "receipt.pdf",
                "externalInfo": ["origin": "my-app", "externalIds": ["order-17", "line-2"]],
            ])
    }

    func testAResumableUploadSendsExternalInfoWithGenerateFileResumableUploadURL() async throws {
        let server = FakeUploadServer()
        let url = try temporaryFile(named: "clip.mp4", contents: testBytes(count: 150))

        _ = try await server.client.files.upload(
            fileURL: url, externalInfo: externalInfo, options: SleepRecorder().options(threshold: 100))

        let generate = await server.requests[0]
        XCTAssertEqual(generate.url?.path, "/site-media/v1/files/generate-resumable-upload-url")
        try assertJSON(
            generate.httpBody,
            equals: [
                "mimeType": "video/mp4", "fileName": "clip.mp4", "uploadProtocol": "TUS",
                "externalInfo": ["origin": "my-app", "externalIds": ["order-17", "line-2"]],
            ])
    }

    func testWithoutExternalInfoTheKeyIsLeftOut() async throws {
        let server = FakeUploadServer()

        _ = try await server.client.files.upload(testBytes(count: 10), fileName: "receipt.pdf")

        let generate = await server.requests[0]
        let body = try XCTUnwrap(generate.httpBody)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        XCTAssertNil(object["externalInfo"])
    }
}
