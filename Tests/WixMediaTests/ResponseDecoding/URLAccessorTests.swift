import Foundation
import WixMedia
import XCTest

/// URL fields keep the string Wix sent and offer it parsed (`parsed…`, from the schema's `format: uri`).
final class URLAccessorTests: XCTestCase {
    func testURLFieldsOfAFileParseAndTheStringsRoundTrip() throws {
        let json = #"""
            { "id": "f1", "url": "https://static.wixstatic.com/media/f1.jpg", "thumbnailUrl": "",
              "sourceUrl": "not a url" }
            """#
        let file = try JSONDecoder().decode(FileDescriptor.self, from: Data(json.utf8))

        XCTAssertEqual(file.parsedURL, URL(string: "https://static.wixstatic.com/media/f1.jpg"))
        XCTAssertEqual(file.parsedURL?.host, "static.wixstatic.com")
        // A private file's empty URL is kept as sent, and parses to nil rather than to a URL of nothing.
        XCTAssertEqual(file.thumbnailURL, "")
        XCTAssertNil(file.parsedThumbnailURL)
        XCTAssertEqual(file.sourceURL, "not a url", "the stored string is never dropped")
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(file)) as? [String: Any]
        XCTAssertEqual(encoded?["thumbnailUrl"] as? String, "")
        XCTAssertEqual(encoded?["sourceUrl"] as? String, "not a url")
    }

    func testAnAbsentURLParsesToNil() {
        XCTAssertNil(FileDescriptor(id: "f1").parsedURL)
    }

    func testUploadAndDownloadURLsParse() throws {
        let upload = GenerateFileUploadURLResponse(uploadURL: "https://upload.wixmp.com/upload/abc")
        XCTAssertEqual(upload.parsedUploadURL?.path, "/upload/abc")
        let download = DownloadURL(url: "https://download-files.wixmp.com/media/a.jpg?token=t", assetKey: "src")
        XCTAssertEqual(download.parsedURL?.query, "token=t")
        let zip = GenerateFolderDownloadURLResponse(downloadURL: "https://archive.wixmp.com/archive/z.zip")
        XCTAssertEqual(zip.parsedDownloadURL?.lastPathComponent, "z.zip")
    }
}
