import Foundation
import WixMedia
import XCTest

/// Responses that carry a page of files: List Files, List Deleted Files, Search Files, Query File Descriptors.
final class FilePageResponseDecodingTests: XCTestCase {
    func testListFilesDecodesTheImageExample() throws {
        let response = try decodeResponse(of: Operations.ListFiles.self, from: FileExamples.listFiles)

        let file = try XCTUnwrap(response.files?.first)
        XCTAssertEqual(response.files?.count, 1)
        XCTAssertEqual(file.id, "6acbb8_7a7bd9193ffc4130ab8ff74f5dcedf8a~mv2.jpg")
        XCTAssertEqual(file.displayName, "space.jpg")
        XCTAssertEqual(file.mediaType, .image)
        XCTAssertEqual(file.private, true)
        XCTAssertEqual(file.sizeInBytes, Int64(2_608_831))
        XCTAssertEqual(file.labels, ["Brown", "Spiral galaxy"])
        XCTAssertEqual(file.createdDate, utc(2022, 6, 6, 12, 45, 29))
        XCTAssertEqual(file.updatedDate, utc(2022, 6, 6, 12, 45, 29))
        XCTAssertEqual(response.nextCursor, PagingMetadataV2(cursors: Cursors(next: ""), hasNext: false))

        guard case .image(let media)? = file.media?.choice else {
            return XCTFail("expected image media, got \(String(describing: file.media?.choice))")
        }
        XCTAssertEqual(
            media.image,
            ImageAsset(
                id: "6acbb8_7a7b…~mv2.jpg", url: "https://static.wixstatic.com/media/6acbb8_7a7b…~mv2.jpg",
                height: 4456, width: 6031, filename: "space.jpg", sizeInBytes: 2_608_831))
        XCTAssertEqual(media.colors?.prominent, ImageColor(rgb: ColorRGB(r: 26, g: 30, b: 31)))
        XCTAssertEqual(media.colors?.palette, [ImageColor(rgb: ColorRGB(r: 25, g: 28, b: 28))])
        XCTAssertEqual(media.faces, [FaceRecognition(confidence: 0.99799323, x: 50, y: 5, height: 64, width: 46)])
        XCTAssertEqual(media.previewImage?.id, "image.preview")
        XCTAssertEqual(media.previewImage?.width, 800)
    }

    func testListFilesRoundTrips() throws {
        let response = try decodeResponse(of: Operations.ListFiles.self, from: FileExamples.listFiles)

        let wire = try assertRoundTrip(response)

        XCTAssertEqual(wire.string("files", 0, "sizeInBytes"), "2608831")
        XCTAssertEqual(wire.string("files", 0, "media", "image", "image", "sizeInBytes"), "2608831")
        XCTAssertEqual(wire.string("files", 0, "createdDate"), "2022-06-06T12:45:29Z")
        XCTAssertEqual(wire["files", 0, "media", "image", "faces", 0, "confidence"] as? Double, 0.99799323)
        XCTAssertEqual(wire.string("nextCursor", "cursors", "next"), "")
        XCTAssertEqual(wire["nextCursor", "hasNext"] as? Bool, false)
    }

    func testListDeletedFilesDecodesTheAudioExample() throws {
        let response = try decodeResponse(of: Operations.ListDeletedFiles.self, from: FileExamples.listDeletedFiles)

        let file = try XCTUnwrap(response.files?.first)
        XCTAssertEqual(file.id, "229acbb8_5af267716b0d449c8c706bfdbf51d9d0.mp3")
        XCTAssertEqual(file.displayName, "01 - Tom's Diner.mp3")
        XCTAssertEqual(file.parentFolderID, "trash-root")
        XCTAssertEqual(file.sizeInBytes, Int64(5_582_258))
        XCTAssertEqual(file.mediaType, .audio)
        XCTAssertNil(file.createdDate)
        XCTAssertEqual(response.nextCursor?.hasNext, true)
        XCTAssertEqual(
            response.nextCursor?.cursors?.next, "eyJmaWx0ZXIiOnsicGFyZW50Rm9sZGVySWQiOiJ0cmFzaC1yb290In19")

        guard case .audio(let audio)? = file.media?.choice else {
            return XCTFail("expected audio media, got \(String(describing: file.media?.choice))")
        }
        XCTAssertEqual(audio.bitrate, 192_000)
        XCTAssertEqual(audio.format, "mp3")
        XCTAssertEqual(audio.duration, 230_164)
        XCTAssertEqual(audio.sizeInBytes, 5_582_258)
        XCTAssertEqual(
            audio.assets,
            [
                Audio(
                    id: "", url: "https://music.wixstatic.com/mp3/229acbb8_5af2…d9d9.mp3", assetKey: "320kbs.mp3",
                    format: "mp3", quality: "320kbs", duration: 230_164)
            ])

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("files", 0, "media", "audio", "sizeInBytes"), "5582258")
        XCTAssertNil(wire["files", 0, "media", "audio", "assets", 0, "sizeInBytes"], "null stays absent")
        XCTAssertNil(wire["files", 0, "internalTags"], "unknown members are not kept")
    }

    func testSearchFilesDecodesAPageOfFiles() throws {
        let json = #"""
            { "files": [ \#(FileExamples.listFilesImageItem) ],
              "nextCursor": { "cursors": { "next": "c2VhcmNoOmJ1aWxkaW5nOjI=" }, "hasNext": true } }
            """#

        let response = try decodeResponse(of: Operations.SearchFiles.self, from: json)

        XCTAssertEqual(response.files?.map(\.displayName), ["space.jpg"])
        XCTAssertEqual(response.files?.first?.sizeInBytes, 2_608_831)
        XCTAssertEqual(response.nextCursor?.cursors?.next, "c2VhcmNoOmJ1aWxkaW5nOjI=")
        XCTAssertEqual(response.nextCursor?.hasNext, true)

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("files", 0, "sizeInBytes"), "2608831")
        XCTAssertEqual(wire.string("files", 0, "updatedDate"), "2022-06-06T12:45:29Z")
    }

    func testQueryFileDescriptorsDecodesPagingMetadata() throws {
        let json = #"""
            { "files": [ \#(FileExamples.listFilesImageItem), \#(FileExamples.deletedAudioItem) ],
              "pagingMetadata": { "count": 2, "cursors": { "next": "cXVlcnk6Mg==", "prev": "cXVlcnk6MA==" },
                                  "hasNext": true } }
            """#

        let response = try decodeResponse(of: Operations.QueryFileDescriptors.self, from: json)

        XCTAssertEqual(response.files?.map(\.mediaType), [.image, .audio])
        XCTAssertEqual(response.files?.map(\.sizeInBytes), [2_608_831, 5_582_258])
        XCTAssertEqual(
            response.pagingMetadata,
            PagingMetadataV2(count: 2, cursors: Cursors(next: "cXVlcnk6Mg==", prev: "cXVlcnk6MA=="), hasNext: true))

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("files", 1, "sizeInBytes"), "5582258")
        XCTAssertEqual(wire["pagingMetadata", "count"] as? Int, 2)
        XCTAssertEqual(wire.string("pagingMetadata", "cursors", "prev"), "cXVlcnk6MA==")
    }
}
