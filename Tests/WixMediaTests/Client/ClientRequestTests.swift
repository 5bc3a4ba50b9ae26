import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What `WixMediaClient.send` hands the transport, and how it returns a successful response.
final class ClientRequestTests: XCTestCase {
    func testSendsMethodURLAndBodyToTheDefaultHost() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(transport: .replying(status: 200, body: "{}", log: log))

        _ = try await client.files.bulkDeleteFiles(fileIDs: ["4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3"])

        let request = try await log.single()
        XCTAssertEqual(request.httpMethod, "POST")
        XCTAssertEqual(request.url?.absoluteString, "https://www.wixapis.com/site-media/v1/bulk/files/delete")
        try assertJSON(request.httpBody, equals: ["fileIds": ["4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3"]])
        XCTAssertEqual(request.timeoutInterval, 60, "the configuration's default timeout")
    }

    func testABaseURLWithAPathPrefixKeepsThePrefix() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(
            baseURL: URL(string: "https://proxy.example.com/wix/")!,
            transport: .replying(status: 200, body: "{}", log: log))

        _ = try await client.files.listFiles(parentFolderID: "media-root", paging: CursorPaging(limit: 10))
        _ = try await client.folders.getFolder(folderID: wixMediaURLID)

        let urls = await log.requests.map { $0.url?.absoluteString }
        XCTAssertEqual(
            urls,
            [
                "https://proxy.example.com/wix/site-media/v1/files?parentFolderId=media-root&paging.limit=10",
                "https://proxy.example.com/wix/site-media/v1/folders/" + encodedWixMediaURLID,
            ])
    }

    func testTheConfiguredTimeoutIsUsed() async throws {
        let log = RequestLog()
        let client = WixMediaClient(
            credentials: .accessToken("token"),
            configuration: WixMediaConfiguration(baseURL: wixAPIBaseURL, timeout: .milliseconds(12_500)),
            transport: FakeTransport.replying(status: 200, body: "{}", log: log))

        _ = try await client.folders.listFolders()

        let request = try await log.single()
        XCTAssertEqual(request.timeoutInterval, 12.5)
        XCTAssertEqual(request.httpMethod, "GET")
        XCTAssertNil(request.httpBody)
    }

    func testDecodesASuccessfulResponse() async throws {
        let client = WixMediaClient.testing(
            transport: .replying(
                status: 200, headers: [HTTPHeader(name: "Content-Type", value: "application/json")],
                body: FileExamples.getVideoFile))

        let response = try await client.files.getFileDescriptor(fileID: "4acbb8_5646ee01a5524905af4f2e7c567cbbce")

        XCTAssertEqual(response.file?.sizeInBytes, 5_918_720)
        guard case .video(let video)? = response.file?.media?.choice else {
            return XCTFail("expected video media")
        }
        XCTAssertEqual(video.resolutions?.first?.height, 240)
    }

    func testAnyTwoHundredStatusIsASuccess() async throws {
        let client = WixMediaClient.testing(transport: .replying(status: 201, body: FolderExamples.createFolder))

        let response = try await client.folders.createFolder(displayName: "New Folder")

        XCTAssertEqual(response.folder?.id, "d147e1ab3e8b4114ad93d13bb9e23540")
    }

    func testAnEmptySuccessBodyDecodesAsAnEmptyResponse() async throws {
        let client = WixMediaClient.testing(transport: .replying(status: 200, body: ""))

        let deleted = try await client.files.bulkDeleteFiles(fileIDs: ["a.mp3"])
        let folder = try await client.folders.getFolder(folderID: "d1")

        XCTAssertEqual(deleted, BulkDeleteFilesResponse())
        XCTAssertEqual(folder, GetFolderResponse())
    }

    func testAnInvalidRequestIsReportedWithoutCallingTheTransport() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(transport: .replying(status: 200, body: "{}", log: log))
        let error = await assertThrows(WixMediaError.self) {
            try await client.files.importFile(url: "https://www.site1.com/a.png", urlParams: ["ratio": .number(.nan)])
        }

        guard case .invalidRequest(let underlying)? = error else {
            return XCTFail("expected invalidRequest, got \(String(describing: error))")
        }
        XCTAssertTrue(underlying is EncodingError, "\(underlying)")
        let sent = await log.requests
        XCTAssertEqual(sent.count, 0)
    }
}
