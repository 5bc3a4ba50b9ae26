import Foundation
import WixMedia
import XCTest

/// Builds every URL and URL format that Wix's documents print (`DocumentedImageURLExamples`) and compares the text
/// exactly: no normalisation is needed for any of them.
final class DocumentedImageURLExampleTests: XCTestCase {
    func testEveryPrintedExampleIsBuiltExactly() throws {
        XCTAssertFalse(DocumentedImageURLExamples.examples.isEmpty)
        for example in DocumentedImageURLExamples.examples {
            let url = try example.identifier.imageURL(applying: example.transformation)

            XCTAssertEqual(url.absoluteString, example.printed, example.source)
        }
    }

    /// `{{your-URL}}/v1/fit/w_{{width}},h_{{height}}/file.{{fileExtension}}` for sizes at both ends of the documented
    /// 1–5000 range and for every output format.
    func testTheFitURLFormat() throws {
        let format = DocumentedImageURLExamples.fitFormat
        let image = try WixMediaIdentifier.image(
            mediaID: "11062b_58a1e9635ec6423f98b2f3407ccea943~mv2.jpeg", fileName: "file",
            originalSize: PixelSize(width: 6000, height: 6000))
        let yourURL = try XCTUnwrap(image.originalURL).absoluteString

        for (width, height) in [(1, 1), (640, 640), (5000, 1), (1, 5000), (5000, 5000)] {
            for output in ImageOutputFormat.allCases {
                let expected = format.text.replacingOccurrences(of: "{{your-URL}}", with: yourURL)
                    .replacingOccurrences(of: "{{width}}", with: String(width))
                    .replacingOccurrences(of: "{{height}}", with: String(height))
                    .replacingOccurrences(of: "{{fileExtension}}", with: output.fileExtension)

                let url = try image.scaledToFitImageURL(width: width, height: height, format: output)

                XCTAssertEqual(url.absoluteString, expected, format.source)
            }
        }
    }

    /// `wix:image://v1/<uri>/<filename>#originWidth=<width>&originHeight=<height>[&watermark=<manifest>]`, with and
    /// without the optional watermark: each reads back as written, and its original is `…/media/<uri>`.
    func testTheIdentifierFormat() throws {
        let format = DocumentedImageURLExamples.identifierFormat
        let filled = format.text.replacingOccurrences(of: "<uri>", with: "3c76e2_c5331f937348492a97df87b~mv2.jpg")
            .replacingOccurrences(of: "<filename>", with: "shoe.jpg")
            .replacingOccurrences(of: "<width>", with: "800").replacingOccurrences(of: "<height>", with: "600")
        let withWatermark = filled.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
            .replacingOccurrences(of: "<watermark_manifest_string>", with: "eyJhbGciOiJIUzI1NiJ9")
        let optionalStart = try XCTUnwrap(filled.firstIndex(of: "["))
        let withoutWatermark = String(filled[..<optionalStart])

        for text in [withWatermark, withoutWatermark] {
            let identifier = try WixMediaIdentifier(parsing: text)

            XCTAssertEqual(identifier.description, text, format.source)
            XCTAssertEqual(identifier.mediaID, "3c76e2_c5331f937348492a97df87b~mv2.jpg")
            XCTAssertEqual(identifier.fileName, "shoe.jpg")
            XCTAssertEqual(identifier.originalSize, PixelSize(width: 800, height: 600))
            XCTAssertEqual(
                identifier.originalURL?.absoluteString,
                "https://static.wixstatic.com/media/3c76e2_c5331f937348492a97df87b~mv2.jpg")
        }
        XCTAssertEqual(
            try WixMediaIdentifier(parsing: withWatermark).value(forFragmentKey: "watermark"), "eyJhbGciOiJIUzI1NiJ9")
    }
}
