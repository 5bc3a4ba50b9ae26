import Foundation
import WixMedia
import XCTest

/// Responses that carry upload, download or streaming URLs.
final class URLResponseDecodingTests: XCTestCase {
    func testGenerateFileUploadURL() throws {
        let response = try decodeResponse(
            of: Operations.GenerateFileUploadURL.self, from: URLExamples.generateFileUploadURL)

        XCTAssertEqual(
            response.uploadURL, "https://upload.wixmp.com/upload/eyJhbGciOiJIUzI1NiIs…Z-R2i-w9YzBH4vkkP3RjaXaqj")

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.keys(), ["uploadUrl"])
        XCTAssertEqual(
            wire.string("uploadUrl"), "https://upload.wixmp.com/upload/eyJhbGciOiJIUzI1NiIs…Z-R2i-w9YzBH4vkkP3RjaXaqj")
    }

    func testGenerateFileResumableUploadURL() throws {
        let response = try decodeResponse(
            of: Operations.GenerateFileResumableUploadURL.self, from: URLExamples.generateFileResumableUploadURL)

        XCTAssertEqual(response.uploadProtocol, .tus)
        XCTAssertEqual(response.uploadToken, "eyJhbGciOiJIUzI1NiIs…")
        XCTAssertEqual(response.uploadURL, "https://upload.wixmp.com/upload/tus")

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("uploadProtocol"), "TUS")
        XCTAssertEqual(wire.string("uploadUrl"), "https://upload.wixmp.com/upload/tus")
    }

    func testGenerateFileDownloadURL() throws {
        let response = try decodeResponse(
            of: Operations.GenerateFileDownloadURL.self, from: URLExamples.generateFileDownloadURL)

        XCTAssertEqual(
            response.downloadURLs,
            [
                DownloadURL(
                    url: "https://download-files.wixmp.com/media/d4dde1_dee1…~mv2.jpg?token=eyJhbGciOiJI…",
                    assetKey: "src")
            ])

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("downloadUrls", 0, "assetKey"), "src")
    }

    func testGenerateFilesDownloadURL() throws {
        let json = #"{ "downloadUrl": "https://archive.wixmp.com/archive/wix/7d332530d35c465aa4a0e71d1737909d" }"#

        let response = try decodeResponse(of: Operations.GenerateFilesDownloadURL.self, from: json)

        XCTAssertEqual(response.downloadURL, "https://archive.wixmp.com/archive/wix/7d332530d35c465aa4a0e71d1737909d")
        let wire = try assertRoundTrip(response)
        XCTAssertEqual(
            wire.string("downloadUrl"), "https://archive.wixmp.com/archive/wix/7d332530d35c465aa4a0e71d1737909d")
    }

    func testGenerateFolderDownloadURL() throws {
        let json = #"{ "downloadUrl": "https://archive.wixmp.com/archive/wix/722c679976fd424bb5dd4a0077ae458d" }"#

        let response = try decodeResponse(of: Operations.GenerateFolderDownloadURL.self, from: json)

        XCTAssertEqual(response.downloadURL, "https://archive.wixmp.com/archive/wix/722c679976fd424bb5dd4a0077ae458d")
        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.keys(), ["downloadUrl"])
    }

    func testGenerateVideoStreamingURLIsOneObjectNotAList() throws {
        let response = try decodeResponse(
            of: Operations.GenerateVideoStreamingURL.self, from: URLExamples.generateVideoStreamingURL)

        XCTAssertEqual(
            response.downloadURL,
            DownloadURL(
                url: "https://repackager.wixmp.com/video.wixstatic.com/video/4acbb8_b1403cfa28c24a8091597de4d2b518b9/"
                    + ",720p,480p,/mp4/file.mp4.urlset/master.m3u8",
                assetKey: "720p.mp4"))

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("downloadUrl", "assetKey"), "720p.mp4")
    }
}
