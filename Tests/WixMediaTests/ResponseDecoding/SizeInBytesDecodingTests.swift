import Foundation
import WixMedia
import XCTest

/// `sizeInBytes` is an int64 that Wix sends as a JSON string; the models read a string or a number and always
/// write a string.
final class SizeInBytesDecodingTests: XCTestCase {
    func testDecodesADecimalString() throws {
        let file = try decodeFile(sizeInBytes: #""47177""#)

        XCTAssertEqual(file.sizeInBytes, Int64(47_177))
        XCTAssertEqual(try assertRoundTrip(file).string("sizeInBytes"), "47177")
    }

    func testDecodesANumber() throws {
        let file = try decodeFile(sizeInBytes: "47177")

        XCTAssertEqual(file.sizeInBytes, Int64(47_177))
        XCTAssertEqual(try assertRoundTrip(file).string("sizeInBytes"), "47177", "a number is re-encoded as a string")
    }

    func testDecodesMinusOneOfAPendingImport() throws {
        let file = try decodeFile(sizeInBytes: #""-1""#)

        XCTAssertEqual(file.sizeInBytes, Int64(-1))
        XCTAssertEqual(try assertRoundTrip(file).string("sizeInBytes"), "-1")
    }

    func testKeepsValuesBeyondDoublePrecision() throws {
        let file = try decodeFile(sizeInBytes: #""9007199254740993""#)

        XCTAssertEqual(file.sizeInBytes, Int64(9_007_199_254_740_993))
        XCTAssertEqual(try assertRoundTrip(file).string("sizeInBytes"), "9007199254740993")
    }

    func testDecodesNestedSizesInEveryMediaType() throws {
        let image = try decode(ImageAsset.self, from: #"{ "sizeInBytes": "15359" }"#)
        let video = try decode(VideoV2.self, from: #"{ "sizeInBytes": 5918720 }"#)
        let audio = try decode(AudioV2.self, from: #"{ "sizeInBytes": "5582258" }"#)
        let asset = try decode(Audio.self, from: #"{ "sizeInBytes": "320" }"#)
        let archive = try decode(Archive.self, from: #"{ "sizeInBytes": "10485760" }"#)
        let model = try decode(Model3DMedia.self, from: #"{ "sizeInBytes": "2097152" }"#)

        XCTAssertEqual(
            [
                image.sizeInBytes, video.sizeInBytes, audio.sizeInBytes, asset.sizeInBytes, archive.sizeInBytes,
                model.sizeInBytes,
            ],
            [15_359, 5_918_720, 5_582_258, 320, 10_485_760, 2_097_152])
        XCTAssertEqual(try assertRoundTrip(video).string("sizeInBytes"), "5918720")
        XCTAssertEqual(try assertRoundTrip(model).string("sizeInBytes"), "2097152")
    }

    func testMalformedStringThrowsDataCorrupted() {
        let error = assertDecodingError { try self.decodeFile(sizeInBytes: #""12abc""#) }

        guard case .dataCorrupted(let context)? = error else {
            return XCTFail("expected dataCorrupted, got \(String(describing: error))")
        }
        XCTAssertEqual(context.codingPath.map(\.stringValue), ["sizeInBytes"])
    }

    func testOtherMalformedValuesThrow() {
        for json in [#""""#, #""12.5""#, #""+12""#, #"" 12""#, "12.5", "true", #""99999999999999999999""#] {
            assertDecodingError { try self.decodeFile(sizeInBytes: json) }
        }
    }

    func testMalformedSizeDeepInAPageCostsOnlyThatSize() throws {
        let json = #"{ "files": [ { "id": "a", "media": { "image": { "image": { "sizeInBytes": "12abc" } } } } ] }"#

        assertDecodingError { try decodeStrictly(ListFilesResponse.self, from: json) }
        let (page, problems) = try decodeTolerantly(ListFilesResponse.self, from: json)
        XCTAssertEqual(page.files?.first?.id, "a")
        XCTAssertNotNil(page.files?.first?.media?.image?.image)
        XCTAssertNil(page.files?.first?.media?.image?.image?.sizeInBytes)
        XCTAssertEqual(problems, ["$.files[0].media.image.image.sizeInBytes"])
    }

    private func decodeFile(sizeInBytes: String) throws -> FileDescriptor {
        try decodeStrictly(FileDescriptor.self, from: #"{ "id": "4acbb8_size", "sizeInBytes": \#(sizeInBytes) }"#)
    }
}
