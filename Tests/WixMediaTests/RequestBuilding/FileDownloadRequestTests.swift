import Foundation
import WixMedia
import XCTest

/// Request builders of the operations that return download or streaming URLs of files.
final class FileDownloadRequestTests: XCTestCase {
    func testGenerateFileDownloadURLSendsTheDocumentedBodyWithTheIDInside() throws {
        let operation = Operations.GenerateFileDownloadURL(
            body: GenerateFileDownloadURLRequest(
                fileID: "4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3", downloadFileName: "Feel Good Inc.mp3",
                expirationInMinutes: 60, expirationRedirectURL: "www.mysite.com/store", assetKeys: ["320kbs.mp3"],
                contentDisposition: .inline))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/generate-file-download-url",
            body: [
                "fileId": "4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3", "downloadFileName": "Feel Good Inc.mp3",
                "expirationInMinutes": 60, "expirationRedirectUrl": "www.mysite.com/store",
                "assetKeys": ["320kbs.mp3"], "contentDisposition": "INLINE",
            ])
        XCTAssertTrue(try WireJSON(XCTUnwrap(request.body)).isNumber("expirationInMinutes"), "int32 is a JSON number")
    }

    func testGenerateFilesDownloadURL() throws {
        let operation = Operations.GenerateFilesDownloadURL(
            body: GenerateFilesDownloadURLRequest(
                fileIDs: [
                    "6acbb8_7a7bd9193ffc4130ab8ff74f5dcedf8a~mv2.jpg", "229acbb8_5af267716b0d449c8c706bfdbf51d9d0.mp3",
                ]))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/generate-download-url",
            body: [
                "fileIds": [
                    "6acbb8_7a7bd9193ffc4130ab8ff74f5dcedf8a~mv2.jpg", "229acbb8_5af267716b0d449c8c706bfdbf51d9d0.mp3",
                ]
            ])
    }

    func testGenerateVideoStreamingURL() throws {
        let operation = Operations.GenerateVideoStreamingURL(
            body: GenerateVideoStreamingURLRequest(fileID: "4acbb8_b1403cfa28c24a8091597de4d2b518b9", format: .hls))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/generate-video-stream-url",
            body: ["fileId": "4acbb8_b1403cfa28c24a8091597de4d2b518b9", "format": "HLS"])
    }
}
