import Foundation
import WixMedia
import XCTest

/// README.md § Media URLs shows these calls with their results in comments; this runs them and checks that the
/// README still shows each call and the results it gives.
final class ReadmeMediaURLsTests: XCTestCase {
    func testTheReadmeExampleGivesTheURLsItShows() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"),
            encoding: .utf8)
        let text = "wix:image://v1/0abec0_b291~mv2.jpg/leon.jpg#originWidth=3024&originHeight=4032"
        let image = try WixMediaIdentifier(parsing: text)
        let base = "https://static.wixstatic.com/media/0abec0_b291~mv2.jpg"

        let shown: [(call: String, result: String)] = [
            ("image.originalURL", image.originalURL?.absoluteString ?? ""),
            (
                "image.scaledToFillImageURL(width: 300, height: 300)",
                try image.scaledToFillImageURL(width: 300, height: 300).absoluteString
            ),
            (
                "image.scaledToFitImageURL(width: 640, height: 640, format: .webp)",
                try image.scaledToFitImageURL(width: 640, height: 640, format: .webp).absoluteString
            ),
        ]

        XCTAssertTrue(readme.contains(text))
        for (call, result) in shown {
            let line = try XCTUnwrap(readme.split(separator: "\n").first { $0.contains(call) }, call)
            let comment = try XCTUnwrap(line.range(of: "// ").map { line[$0.upperBound...] }, call)
            XCTAssertEqual(comment.replacingOccurrences(of: "…", with: base), result, call)
        }
        XCTAssertNoThrow(
            try image.croppedImageURL(ImageCropRegion(x: 0, y: 0, width: 3024, height: 3024), width: 500, height: 500))
        XCTAssertNoThrow(
            try image.imageURL(
                applying: .fill(width: 400, height: 200, alignment: .focalPoint(x: 0.5, y: 0.3)).withQuality(90)))
    }
}
