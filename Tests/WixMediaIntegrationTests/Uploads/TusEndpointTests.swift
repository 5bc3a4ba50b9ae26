import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The simulator's upload host spoken to directly, to pin down the protocol the client's uploads are tested
/// against: tus 1.0.0 offsets, versions and content types, the finalise `PUT`, and no credentials.
final class TusEndpointTests: XCTestCase {
    func testCreatePatchHeadAndFinaliseFollowTus() async throws {
        try await withSimulator { harness in
            let tus = try await TusSession(harness, fileName: "song.mp3", mimeType: "audio/mpeg")
            let bytes = GeneratedBytes.make(count: 1_000)

            let created = try await tus.create(length: 1_000)
            let upload = try XCTUnwrap(created.response.value(forHTTPHeaderField: "Location"))
            let empty = try await tus.head(upload)
            let first = try await tus.patch(upload, offset: 0, bytes.prefix(400))
            let repeated = try await tus.patch(upload, offset: 0, bytes.prefix(400))
            let resumed = try await tus.head(upload)
            let last = try await tus.patch(upload, offset: 400, bytes.dropFirst(400))
            let file = try await tus.finalise()
            let again = try await tus.finalise()
            let gone = try await tus.head(upload)

            XCTAssertEqual(created.response.statusCode, 201)
            XCTAssertTrue(upload.hasPrefix("/upload/tus/uploads/"), "a path, resolved against the endpoint: \(upload)")
            XCTAssertEqual(created.response.value(forHTTPHeaderField: "Tus-Resumable"), "1.0.0")
            XCTAssertEqual(empty.response.statusCode, 200)
            XCTAssertEqual(empty.response.value(forHTTPHeaderField: "Upload-Offset"), "0")
            XCTAssertEqual(empty.response.value(forHTTPHeaderField: "Upload-Length"), "1000")
            XCTAssertEqual(empty.response.value(forHTTPHeaderField: "Cache-Control"), "no-store")
            XCTAssertEqual(first.response.statusCode, 204)
            XCTAssertEqual(first.response.value(forHTTPHeaderField: "Upload-Offset"), "400")
            XCTAssertEqual(repeated.response.statusCode, 409, "the offset must be the bytes the server holds")
            XCTAssertEqual(repeated.response.value(forHTTPHeaderField: "Tus-Resumable"), "1.0.0")
            XCTAssertEqual(resumed.response.value(forHTTPHeaderField: "Upload-Offset"), "400")
            XCTAssertEqual(last.response.value(forHTTPHeaderField: "Upload-Offset"), "1000")
            XCTAssertEqual(file.id, again.id, "finalising again answers with the same file")
            XCTAssertEqual(file.displayName, "song.mp3")
            XCTAssertEqual(file.mediaType, .audio)
            XCTAssertEqual(harness.simulator.store.content(ofFile: file.id)?.bytes, bytes)
            XCTAssertEqual(harness.simulator.store.content(ofFile: file.id)?.sentContentType, "audio/mpeg")
            XCTAssertEqual(gone.response.statusCode, 404)
        }
    }

    func testRequestsForAnotherTusVersionAreRefused() async throws {
        try await withSimulator { harness in
            let tus = try await TusSession(harness, fileName: "a.mp4", mimeType: "video/mp4")

            let refused = try await tus.create(length: 10, version: "0.2.2")

            XCTAssertEqual(refused.response.statusCode, 412)
            XCTAssertEqual(refused.response.value(forHTTPHeaderField: "Tus-Version"), "1.0.0")
        }
    }

    func testPatchNeedsTheOffsetContentTypeAndFinaliseNeedsEveryByte() async throws {
        try await withSimulator { harness in
            let tus = try await TusSession(harness, fileName: "a.mp4", mimeType: "video/mp4")
            let upload = try await tus.createUpload(length: 10)

            let wrongType = try await tus.patch(upload, offset: 0, Data(count: 5), contentType: "video/mp4")
            let tooLong = try await tus.patch(upload, offset: 0, Data(count: 11))
            _ = try await tus.patch(upload, offset: 0, Data(count: 5))
            let early = try await tus.send(tus.finaliseRequest())

            XCTAssertEqual(wrongType.response.statusCode, 415)
            XCTAssertEqual(tooLong.response.statusCode, 413)
            XCTAssertEqual(early.response.statusCode, 400)
            XCTAssertEqual(WixAPIError(early).code?.rawValue, "UPLOAD_INCOMPLETE")
        }
    }

    func testAConnectionCutMidBodyKeepsTheBytesThatArrived() async throws {
        try await withSimulator { harness in
            let tus = try await TusSession(harness, fileName: "a.mp4", mimeType: "video/mp4")
            let upload = try await tus.createUpload(length: 5_000)
            harness.simulator.faults.inject(
                .dropConnectionDuringRequestBody(afterBytes: 1_234), for: .operation(UploadOperation.tusPatch))

            let broken = await assertThrows(URLError.self) {
                try await tus.patch(upload, offset: 0, GeneratedBytes.make(count: 5_000))
            }
            let kept = try await tus.head(upload)

            XCTAssertNotNil(broken)
            XCTAssertEqual(kept.response.value(forHTTPHeaderField: "Upload-Offset"), "1234")
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusPatch), 1)
        }
    }

    func testUploadRequestsCarryingCredentialsAreRefused() async throws {
        try await withSimulator { harness in
            let grant = try await harness.client().files.generateFileUploadURL(mimeType: "image/png", fileName: "a.png")
            var put = URLRequest(url: try XCTUnwrap(grant.uploadURL.flatMap(URL.init(string:))))
            put.httpMethod = "PUT"
            put.setValue("image/png", forHTTPHeaderField: "Content-Type")
            put.httpBody = Data(count: 10)
            var leaking = put
            leaking.setValue(Harness.apiKey, forHTTPHeaderField: "Authorization")

            let refused = try await harness.send(leaking)
            let accepted = try await harness.send(put)

            XCTAssertEqual(refused.response.statusCode, 400)
            XCTAssertEqual(WixAPIError(refused).code?.rawValue, "CREDENTIALS_SENT_TO_UPLOAD_HOST")
            XCTAssertEqual(accepted.response.statusCode, 200, "the refused request did not use the URL up")
        }
    }
}

/// One resumable upload token and the raw tus requests a test sends for it, each on a connection of its own
/// (`Connection: close`), so that a connection a fault breaks is never one libcurl reuses.
private struct TusSession {
    let harness: Harness
    let endpoint: URL
    let token: String
    let metadata: String

    init(_ harness: Harness, fileName: String, mimeType: String) async throws {
        let grant = try await harness.client().files.generateFileResumableUploadURL(
            mimeType: mimeType, fileName: fileName, uploadProtocol: .tus)
        self.harness = harness
        endpoint = try XCTUnwrap(grant.uploadURL.flatMap(URL.init(string:)))
        token = try XCTUnwrap(grant.uploadToken)
        metadata = [("filename", fileName), ("contentType", mimeType), ("token", token)]
            .map { "\($0) \(Data($1.utf8).base64EncodedString())" }.joined(separator: ",")
    }

    func create(length: Int, version: String = "1.0.0") async throws -> Harness.RawAnswer {
        var request = request("POST", endpoint, version: version)
        request.setValue(String(length), forHTTPHeaderField: "Upload-Length")
        request.setValue(metadata, forHTTPHeaderField: "Upload-Metadata")
        return try await send(request)
    }

    /// Creates an upload and returns its `Location`.
    func createUpload(length: Int) async throws -> String {
        let created = try await create(length: length)
        XCTAssertEqual(created.response.statusCode, 201)
        return try XCTUnwrap(created.response.value(forHTTPHeaderField: "Location"))
    }

    func patch(
        _ upload: String, offset: Int, _ bytes: Data, contentType: String = "application/offset+octet-stream"
    ) async throws -> Harness.RawAnswer {
        var request = request("PATCH", try resolve(upload))
        request.setValue(String(offset), forHTTPHeaderField: "Upload-Offset")
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        request.httpBody = bytes
        return try await send(request)
    }

    func head(_ upload: String) async throws -> Harness.RawAnswer {
        try await send(request("HEAD", try resolve(upload)))
    }

    /// Finalises the upload and returns the file, failing unless the answer is a 200.
    func finalise() async throws -> FileDescriptor {
        let answer = try await send(finaliseRequest())
        XCTAssertEqual(answer.response.statusCode, 200)
        return try XCTUnwrap(try JSONDecoder().decode(GetFileDescriptorResponse.self, from: answer.body).file)
    }

    func finaliseRequest() -> URLRequest {
        var request = request("PUT", endpoint.appendingPathComponent(token), version: nil)
        request.url = URL(string: request.url!.absoluteString + "?filename=ignored.bin")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data("{}".utf8)
        return request
    }

    func send(_ request: URLRequest) async throws -> Harness.RawAnswer {
        try await harness.send(request)
    }

    private func resolve(_ location: String) throws -> URL {
        try XCTUnwrap(URL(string: location, relativeTo: endpoint)?.absoluteURL)
    }

    private func request(_ method: String, _ url: URL, version: String? = "1.0.0") -> URLRequest {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue(version, forHTTPHeaderField: "Tus-Resumable")
        request.setValue("close", forHTTPHeaderField: "Connection")
        return request
    }
}
