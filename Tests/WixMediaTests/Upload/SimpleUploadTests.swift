import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Files at or under the resumable threshold: Generate File Upload URL, then one `PUT` of the bytes (§7.1).
final class SimpleUploadTests: XCTestCase {
    func testGeneratesAnUploadURLThenPutsTheBytesThere() async throws {
        let server = FakeUploadServer()
        let bytes = testBytes(count: 1_000)

        let file = try await server.client.files.upload(
            bytes, fileName: "T-shirt.jpg", parentFolderID: "25284aa06584441ea94338fdcfbaba12", private: false,
            labels: ["woman", "bicycle"], filePath: "/shop/2024")

        let requests = await server.requests
        XCTAssertEqual(requests.count, 2)
        let generate = requests[0]
        XCTAssertEqual(generate.url?.path, "/site-media/v1/files/generate-upload-url")
        XCTAssertEqual(generate.value(forHTTPHeaderField: "Authorization"), "test-api-key")
        try assertJSON(
            generate.httpBody,
            equals: [
                "mimeType": "image/jpeg", "fileName": "T-shirt.jpg",
                "parentFolderId": "25284aa06584441ea94338fdcfbaba12",
                "private": false, "labels": ["woman", "bicycle"], "filePath": "/shop/2024",
            ])
        let put = requests[1]
        XCTAssertEqual(put.httpMethod, "PUT")
        XCTAssertEqual(put.url?.absoluteString, FakeUploadServer.simpleUploadURL + "?filename=T-shirt.jpg")
        XCTAssertEqual(put.value(forHTTPHeaderField: "Content-Type"), "image/jpeg")
        assertNoCredentials(put)
        let received = await server.putBody
        XCTAssertEqual(received, bytes)
        XCTAssertEqual(file.displayName, "T-shirt.jpg")
        XCTAssertEqual(file.sizeInBytes, 1_000)
        XCTAssertEqual(file.operationStatus, .ready)
    }

    func testAnUnknownExtensionIsSentAsOctetStreamWithTheNameForWixToDetect() async throws {
        let server = FakeUploadServer()

        _ = try await server.client.files.upload(Data("solid".utf8), fileName: "part.step")

        let requests = await server.requests
        try assertJSON(requests[0].httpBody, equals: ["mimeType": "application/octet-stream", "fileName": "part.step"])
        XCTAssertEqual(requests[1].value(forHTTPHeaderField: "Content-Type"), "application/octet-stream")
        XCTAssertEqual(requests[1].url?.query, "filename=part.step")
    }

    func testAGivenMIMETypeWinsOverTheExtension() async throws {
        let server = FakeUploadServer()

        _ = try await server.client.files.upload(Data("png".utf8), fileName: "misnamed.jpg", mimeType: "image/png")

        let requests = await server.requests
        try assertJSON(requests[0].httpBody, equals: ["mimeType": "image/png", "fileName": "misnamed.jpg"])
        XCTAssertEqual(requests[1].value(forHTTPHeaderField: "Content-Type"), "image/png")
    }

    func testTheFileNameIsPercentEncodedInTheQuery() async throws {
        let server = FakeUploadServer()

        _ = try await server.client.files.upload(Data("x".utf8), fileName: "summer photo+1&2.jpg")

        let put = await server.requests[1]
        XCTAssertEqual(put.url?.query, "filename=summer%20photo%2B1%262.jpg")
    }

    func testAFileIsUploadedUnderItsOwnName() async throws {
        let server = FakeUploadServer()
        let bytes = testBytes(count: 3_000)
        let url = try temporaryFile(named: "clip.mp4", contents: bytes)

        let file = try await server.client.files.upload(fileURL: url)

        let requests = await server.requests
        try assertJSON(requests[0].httpBody, equals: ["mimeType": "video/mp4", "fileName": "clip.mp4"])
        XCTAssertEqual(requests[1].url?.query, "filename=clip.mp4")
        let received = await server.putBody
        XCTAssertEqual(received, bytes)
        XCTAssertEqual(file.displayName, "clip.mp4")
    }

    func testAFileCanBeGivenAnotherName() async throws {
        let server = FakeUploadServer()
        let url = try temporaryFile(named: "IMG_0042.HEIC", contents: Data("heic".utf8))

        _ = try await server.client.files.upload(fileURL: url, fileName: "beach.heic")

        let requests = await server.requests
        try assertJSON(requests[0].httpBody, equals: ["mimeType": "image/heic", "fileName": "beach.heic"])
        XCTAssertEqual(requests[1].url?.query, "filename=beach.heic")
    }

    func testUploadRequestsCarryTheConfiguredTimeout() async throws {
        let server = FakeUploadServer()
        let base = server.client
        let client = WixMediaClient(
            credentials: base.credentials, configuration: WixMediaConfiguration(timeout: .seconds(7)),
            transport: base.transport)

        _ = try await client.files.upload(Data("x".utf8), fileName: "a.jpg")

        let put = await server.requests[1]
        XCTAssertEqual(put.timeoutInterval, 7)
    }

    func testProgressIsReportedBeforeAndAfterThePut() async throws {
        let server = FakeUploadServer()
        let progress = ProgressLog()

        // No reports of bytes in flight: only the first and the last remain.
        _ = try await server.client.files.upload(
            testBytes(count: 500), fileName: "a.png", options: UploadOptions(progressInterval: .seconds(3_600)),
            progress: progress.record)

        XCTAssertEqual(
            progress.all,
            [
                UploadProgress(bytesSent: 0, totalBytes: 500, path: .simple),
                UploadProgress(bytesSent: 500, totalBytes: 500, path: .simple, isComplete: true),
            ])
    }

    func testAFileOfExactlyTheThresholdIsSentInOneRequest() async throws {
        let server = FakeUploadServer()

        _ = try await server.client.files.upload(
            testBytes(count: 100), fileName: "a.png", options: SleepRecorder().options(threshold: 100))

        let uploads = await server.uploadHostRequests
        XCTAssertEqual(uploads, ["PUT \(FakeUploadServer.simpleUploadURL)?filename=a.png"])
    }
}
