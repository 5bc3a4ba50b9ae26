import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// Download, ZIP and streaming URLs.
final class DownloadURLTests: XCTestCase {
    func testSignedDownloadURLsOfAVideoFile() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let video = try await client.importFile("clip.mp4")

            let original = try await client.files.generateFileDownloadURL(fileID: video.id)
            let renditions = try await client.files.generateFileDownloadURL(
                fileID: video.id, downloadFileName: "My clip.mp4", expirationInMinutes: 60,
                assetKeys: ["src", "720p.mp4"],
                contentDisposition: .inline)

            XCTAssertEqual(original.downloadURLs?.map(\.assetKey), ["src"])
            let url = try XCTUnwrap(original.downloadURLs?.first?.url)
            XCTAssertTrue(url.hasPrefix("https://download-files.wixmp.com/media/\(video.id)?token="), url)
            XCTAssertEqual(renditions.downloadURLs?.map(\.assetKey), ["src", "720p.mp4"])
            XCTAssertNotEqual(renditions.downloadURLs?.first?.url, url, "the token carries what was asked for")
        }
    }

    func testUnknownAssetKeyIsInvalid() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let image = try await client.importFile("photo.jpg")

            let error = await assertThrows(WixAPIError.self) {
                try await client.files.generateFileDownloadURL(fileID: image.id, assetKeys: ["320kbs.mp3"])
            }

            XCTAssertEqual(error?.fieldViolations.map(\.field), ["assetKeys[0]"])
        }
    }

    func testZipDownloadsOfFilesAndFolders() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let folder = try await client.makeFolder("Trip")
            let first = try await client.importFile("a.jpg", into: folder)
            let second = try await client.importFile("b.jpg", into: folder)

            let files = try await client.files.generateFilesDownloadURL(fileIDs: [first.id, second.id])
            let whole = try await client.folders.generateFolderDownloadURL(folderID: folder)
            let missing = await assertThrows(WixAPIError.self) {
                try await client.files.generateFilesDownloadURL(fileIDs: [first.id, "5a1e7d_missing"])
            }

            XCTAssertTrue(files.downloadURL?.hasPrefix("https://archive.wixmp.com/archive/wix/") ?? false)
            XCTAssertTrue(whole.downloadURL?.hasPrefix("https://archive.wixmp.com/archive/wix/") ?? false)
            XCTAssertNotEqual(files.downloadURL, whole.downloadURL)
            XCTAssertEqual(missing?.statusCode, 404)
        }
    }

    func testStreamingURLsOfAProcessedVideo() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let video = try await client.importFile("clip.mp4")
            let image = try await client.importFile("photo.jpg")

            let notReady = await assertThrows(WixAPIError.self) {
                try await client.files.generateVideoStreamingURL(fileID: video.id, format: .hls)
            }
            _ = try await client.waitUntilProcessed(video.id)
            let hls = try await client.files.generateVideoStreamingURL(fileID: video.id, format: .hls).downloadURL
            let dash = try await client.files.generateVideoStreamingURL(fileID: video.id, format: .dash).downloadURL
            let notVideo = await assertThrows(WixAPIError.self) {
                try await client.files.generateVideoStreamingURL(fileID: image.id)
            }

            XCTAssertEqual(notReady?.code?.rawValue, "FILE_NOT_READY")
            XCTAssertTrue(hls?.url?.hasSuffix("/master.m3u8") ?? false)
            XCTAssertEqual(hls?.assetKey, "HLS")
            XCTAssertTrue(dash?.url?.hasSuffix("/manifest.mpd") ?? false)
            XCTAssertEqual(notVideo?.code?.rawValue, "FILE_IS_NOT_A_VIDEO")
        }
    }

    func testPrivateFilesKeepTheirURLsOutOfTheirMedia() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let file = try await client.importFile("secret.jpg", isPrivate: true)

            let processed = try await client.waitUntilProcessed(file.id)

            XCTAssertEqual(processed.private, true)
            XCTAssertNotEqual(processed.url, "", "the static URL is still set; it answers 403 (facts §1.8)")
            guard case .image(let media)? = processed.media?.choice else { return XCTFail("expected image media") }
            XCTAssertEqual(media.image?.url, "")
        }
    }
}
