import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// No error of the library shows a signed URL's token, however it is printed: a description, a debug
/// description, a localized description, or the `userInfo` of a wrapped `URLError`.
final class ErrorTextRedactionTests: XCTestCase {
    /// The secrets of the fake upload host's URLs, and those the errors below are built with.
    private let secrets = [
        FakeUploadServer.uploadToken, "eyJvbmUtc2hvdCJ9", "s3cr3t-signature", "eyJzZWNyZXQiOiJ3ZWJob29rIn0",
    ]
    private let signedURL = "https://download-files.wixmp.com/media/eyJzZWNyZXQiOiJ3ZWJob29rIn0?sig=s3cr3t-signature"

    func testALostSimpleUploadShowsNoUploadURL() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.drop], for: "PUT")

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(
                testBytes(count: 50), fileName: "a.jpg", options: SleepRecorder().options())
        }

        try assertRedacted(XCTUnwrap(error))
        try assertRedactedURLError(underlying(of: error))
    }

    func testALostFinaliseShowsNoToken() async throws {
        // The finalise URL holds the token as a path segment: {uploadUrl}/{uploadToken}?filename=…
        let server = FakeUploadServer()
        await server.setFaults([.drop], for: "PUT")

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(
                testBytes(count: 150), fileName: "a.mp4", options: SleepRecorder().options(resumeDelays: []))
        }

        try assertRedacted(XCTUnwrap(error))
        try assertRedactedURLError(underlying(of: error))
        let finalise = await server.requests.last?.url?.absoluteString ?? ""
        XCTAssertTrue(finalise.contains(FakeUploadServer.uploadToken), "the request itself carries the token")
    }

    func testAnUnusableUploadURLIsNotQuoted() async throws {
        let server = FakeUploadServer()
        await server.configure { $0.generateUploadURLAnswer = #"{ "uploadUrl": "upload.example/eyJvbmUtc2hvdCJ9" }"# }

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(
                testBytes(count: 50), fileName: "a.jpg", options: SleepRecorder().options())
        }

        try assertRedacted(XCTUnwrap(error))
        XCTAssertEqual(underlying(of: error) as? UploadError, .invalidUploadURL("upload.example/eyJvbmUtc2hvdCJ9"))
    }

    func testEveryPublicErrorTypeRedactsTheURLsItHolds() throws {
        let url = try XCTUnwrap(URL(string: signedURL))
        let lost = FakeUploadServer.connectionLost(URLRequest(url: url))
        let file = FileDescriptor(id: "file-1", url: signedURL)
        let errors: [any Error] = [
            WixMediaError.transport(underlying: lost),
            WixMediaError.invalidRequest(underlying: UploadError.notAFileURL(url)),
            WixMediaError.undecodableResponse(
                statusCode: 200, body: Data(signedURL.utf8), underlying: UploadError.invalidUploadURL(signedURL)),
            UploadError.notAFileURL(url),
            UploadError.invalidUploadURL(signedURL),
            WixAPIError(
                statusCode: 403, body: Data(#"{ "message": "URL \#(signedURL) expired" }"#.utf8), requestID: "r-1"),
            FileReadinessError.failed(failedFiles: [file], readyFiles: [file]),
            FileReadinessError.timedOut(pendingFileIDs: ["file-2"], failedFiles: [file], readyFiles: []),
            MediaWebhookError.malformedJSON(underlying: lost),
            MediaWebhookError.invalidEvent(eventType: "wix.media.file_ready", underlying: lost),
            RequestValidationError.invalidHeaderValue(name: "Authorization"),
        ]
        for error in errors {
            assertRedacted(error)
        }
    }

    private func assertRedacted(_ error: any Error, file: StaticString = #filePath, line: UInt = #line) {
        let texts = [
            String(describing: error), String(reflecting: error), error.localizedDescription, "\(error)",
            (error as NSError).description,
        ]
        for text in texts {
            for secret in secrets {
                XCTAssertFalse(text.contains(secret), "\(secret) in \(text)", file: file, line: line)
            }
        }
    }

    /// Checks a `URLError` the client surfaced: its `userInfo`, failing URL and nested errors hold no secret.
    private func assertRedactedURLError(_ error: (any Error)?, file: StaticString = #filePath, line: UInt = #line)
        throws
    {
        let urlError = try XCTUnwrap(error as? URLError, "expected a URLError, got \(String(describing: error))")
        XCTAssertEqual(urlError.code, .networkConnectionLost, file: file, line: line)
        XCTAssertNotNil(urlError.failingURL, "the failing URL stays, redacted", file: file, line: line)
        let texts = [
            "\(urlError.userInfo)", "\((urlError as NSError).userInfo)", urlError.failingURL?.absoluteString ?? "",
            String(describing: urlError.userInfo[NSUnderlyingErrorKey]), String(reflecting: urlError),
        ]
        for text in texts {
            for secret in secrets {
                XCTAssertFalse(text.contains(secret), "\(secret) in \(text)", file: file, line: line)
            }
        }
        assertRedacted(urlError, file: file, line: line)
    }
}
