import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Files over the threshold: Generate File Resumable Upload URL, tus create, `PATCH` per chunk, finalise (§7.2).
final class ResumableUploadTests: XCTestCase {
    func testAFileOverTheThresholdGoesThroughTusChunkByChunk() async throws {
        let server = FakeUploadServer()
        let bytes = testBytes(count: 250)

        let file = try await server.client.files.upload(
            bytes, fileName: "clip.mp4", parentFolderID: "videos", private: true, labels: ["launch"],
            filePath: "/2024", options: SleepRecorder().options(threshold: 100, chunkSize: 64))

        let uploads = await server.uploadHostRequests
        XCTAssertEqual(
            uploads,
            [
                "POST \(FakeUploadServer.tusEndpoint)",
                "PATCH \(FakeUploadServer.uploadURL)", "PATCH \(FakeUploadServer.uploadURL)",
                "PATCH \(FakeUploadServer.uploadURL)", "PATCH \(FakeUploadServer.uploadURL)",
                "PUT \(FakeUploadServer.finaliseURLPrefix)clip.mp4",
            ])
        let patches = await server.patches
        XCTAssertEqual(patches.map(\.offset), ["0", "64", "128", "192"])
        XCTAssertEqual(patches.map(\.size), [64, 64, 64, 58])
        let stored = await server.tusBytes
        XCTAssertEqual(stored, bytes)
        XCTAssertEqual(file.displayName, "clip.mp4")
        XCTAssertEqual(file.sizeInBytes, 250)
    }

    func testTheResumableUploadURLIsAskedForWithTheFilesDetails() async throws {
        let server = FakeUploadServer()

        _ = try await server.client.files.upload(
            testBytes(count: 101), fileName: "clip.mp4", parentFolderID: "videos", private: true,
            labels: ["launch"], filePath: "/2024", options: SleepRecorder().options(threshold: 100))

        let generate = await server.requests[0]
        XCTAssertEqual(generate.url?.path, "/site-media/v1/files/generate-resumable-upload-url")
        try assertJSON(
            generate.httpBody,
            equals: [
                "mimeType": "video/mp4", "fileName": "clip.mp4", "parentFolderId": "videos", "private": true,
                "labels": ["launch"], "uploadProtocol": "TUS", "filePath": "/2024",
            ])
    }

    func testCreateSendsTheLengthAndTheMetadataWixAsksFor() async throws {
        let server = FakeUploadServer()

        _ = try await server.client.files.upload(
            testBytes(count: 150), fileName: "ünïcode name.mov", options: SleepRecorder().options())

        let requests = await server.requests
        let create = try XCTUnwrap(requests.first { $0.httpMethod == "POST" && $0.url?.host == "upload.example" })
        XCTAssertEqual(create.value(forHTTPHeaderField: "Tus-Resumable"), "1.0.0")
        XCTAssertEqual(create.value(forHTTPHeaderField: "Upload-Length"), "150")
        let base64 = { (text: String) in Data(text.utf8).base64EncodedString() }
        XCTAssertEqual(
            create.value(forHTTPHeaderField: "Upload-Metadata"),
            "filename \(base64("ünïcode name.mov")),contentType \(base64("video/quicktime")),"
                + "token \(base64(FakeUploadServer.uploadToken))")
        XCTAssertTrue(create.httpBody?.isEmpty ?? true)
    }

    func testEveryTusRequestFollowsTheProtocolAndCarriesNoCredentials() async throws {
        let server = FakeUploadServer()

        _ = try await server.client.files.upload(
            testBytes(count: 150), fileName: "a.mp4", options: SleepRecorder().options())

        let uploads = await server.requests.filter { $0.url?.host == "upload.example" }
        XCTAssertEqual(uploads.count, 5)
        for request in uploads {
            assertNoCredentials(request)
        }
        for patch in uploads where patch.httpMethod == "PATCH" {
            XCTAssertEqual(patch.value(forHTTPHeaderField: "Tus-Resumable"), "1.0.0")
            XCTAssertEqual(patch.value(forHTTPHeaderField: "Content-Type"), "application/offset+octet-stream")
        }
        let finalise = try XCTUnwrap(uploads.last)
        XCTAssertEqual(finalise.httpMethod, "PUT")
        XCTAssertEqual(finalise.value(forHTTPHeaderField: "Content-Type"), "application/json")
        XCTAssertEqual(finalise.httpBody, Data("{}".utf8))
    }

    func testAFileOnDiskIsReadOneChunkAtATime() async throws {
        let server = FakeUploadServer()
        let bytes = testBytes(count: 1_000)
        let url = try temporaryFile(named: "scan.pdf", contents: bytes)

        _ = try await server.client.files.upload(fileURL: url, options: SleepRecorder().options(chunkSize: 100))

        let patches = await server.patches
        XCTAssertEqual(patches.map(\.size), Array(repeating: 100, count: 10))
        let stored = await server.tusBytes
        XCTAssertEqual(stored, bytes)
        // On Linux each chunk is streamed from the file with a Content-Length (checked as the fake reads it) and a
        // blank Transfer-Encoding, which keeps libcurl from sending it chunked; elsewhere chunks are `Data`.
        let streamed = await server.streamedBodies
        #if canImport(FoundationNetworking)
            XCTAssertEqual(streamed, Array(repeating: "PATCH Transfer-Encoding:  ", count: 10))
        #else
            XCTAssertEqual(streamed, [])
        #endif
    }

    func testAFileCutShortDuringTheUploadIsAnErrorNotAShortUpload() async throws {
        let server = FakeUploadServer()
        let url = try temporaryFile(named: "growing.log.mp4", contents: testBytes(count: 1_000))

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(fileURL: url, options: SleepRecorder().options(chunkSize: 100)) {
                if $0.bytesSent == 300 {
                    try? FileHandle(forWritingTo: url).truncate(atOffset: 350)
                }
            }
        }
        guard case .invalidRequest(let underlying)? = error,
            case UploadError.fileChanged(url)? = underlying as? UploadError
        else { return XCTFail("expected fileChanged, got \(String(describing: error))") }
        let sizes = await server.patches.map(\.size)
        XCTAssertEqual(sizes, [100, 100, 100], "no request went out for bytes the file no longer has")
    }

    func testProgressFollowsTheBytesTheServerConfirms() async throws {
        let server = FakeUploadServer()
        let progress = ProgressLog()

        _ = try await server.client.files.upload(
            testBytes(count: 250), fileName: "a.mp4", options: SleepRecorder().options(chunkSize: 64),
            progress: progress.record)

        XCTAssertEqual(progress.bytesSent, [0, 64, 128, 192, 250])
    }

    func testAServerThatKeepsPartOfAChunkGetsTheRestNext() async throws {
        let server = FakeUploadServer()
        await server.configure { $0.maxBytesKeptPerPatch = 50 }
        let bytes = testBytes(count: 150)

        _ = try await server.client.files.upload(
            bytes, fileName: "a.mp4", options: SleepRecorder().options(chunkSize: 64))

        let patches = await server.patches
        XCTAssertEqual(patches.map(\.offset), ["0", "50", "100"])
        XCTAssertEqual(patches.map(\.size), [64, 64, 50])
        let stored = await server.tusBytes
        XCTAssertEqual(stored, bytes)
    }

    func testAnAbsoluteLocationIsUsedAsItIs() async throws {
        let server = FakeUploadServer()
        await server.configure {
            $0.createHeaders = [HTTPHeader(name: "location", value: FakeUploadServer.uploadURL)]
        }

        _ = try await server.client.files.upload(
            testBytes(count: 101), fileName: "a.mp4", options: SleepRecorder().options())

        let patches = await server.patches
        XCTAssertEqual(patches.count, 2)
    }
}
