import Foundation
import WixMedia
import XCTest

/// `FileDescriptor.media` holds exactly one type-specific member; `choice` names it.
final class MediaChoiceDecodingTests: XCTestCase {
    func testDocumentMedia() throws {
        let file = try decodeFile(
            mediaType: "DOCUMENT",
            media: #"""
                { "document": { "id": "4acbb8_2f3cd9fa4b5e4b6cb5e2c1b0a9f8e7d6.pdf",
                  "url": "https://4acbb8.usrfiles.com/ugd/4acbb8_2f3cd9fa4b5e4b6cb5e2c1b0a9f8e7d6.pdf",
                  "filename": "price-list.pdf" } }
                """#)

        guard case .document(let document)? = file.media?.choice else {
            return XCTFail("expected document media, got \(String(describing: file.media?.choice))")
        }
        XCTAssertEqual(document.filename, "price-list.pdf")
        XCTAssertEqual(document.id, "4acbb8_2f3cd9fa4b5e4b6cb5e2c1b0a9f8e7d6.pdf")
        XCTAssertEqual(try assertRoundTrip(file).keys("media"), ["document"])
    }

    func testVectorMediaIsImageMediaUnderItsOwnKey() throws {
        let file = try decodeFile(
            mediaType: "VECTOR",
            media: #"""
                { "vector": { "image": { "id": "4acbb8_0c1d2e3f40514b8a9c7d6e5f4a3b2c1d.svg",
                  "url": "https://static.wixstatic.com/shapes/4acbb8_0c1d2e3f40514b8a9c7d6e5f4a3b2c1d.svg",
                  "height": 512, "width": 512, "altText": null, "filename": "logo.svg", "sizeInBytes": "3411" },
                  "colors": null, "faces": [], "previewImage": null } }
                """#)

        guard case .vector(let vector)? = file.media?.choice else {
            return XCTFail("expected vector media, got \(String(describing: file.media?.choice))")
        }
        XCTAssertNil(file.media?.image, "a vector is not reported as an image")
        XCTAssertEqual(vector.image?.sizeInBytes, 3411)
        XCTAssertEqual(vector.image?.width, 512)
        XCTAssertNil(vector.colors)
        XCTAssertNil(vector.previewImage)
        let wire = try assertRoundTrip(file)
        XCTAssertEqual(wire.string("media", "vector", "image", "sizeInBytes"), "3411")
    }

    func testArchiveMedia() throws {
        let file = try decodeFile(
            mediaType: "ARCHIVE",
            media: #"""
                { "archive": { "id": "4acbb8_9e8d7c6b5a4f4e3d8c2b1a0f9e8d7c6b.zip",
                  "url": "https://4acbb8.usrfiles.com/archives/4acbb8_9e8d7c6b5a4f4e3d8c2b1a0f9e8d7c6b.zip",
                  "urlExpirationDate": "2024-07-01T10:00:00Z", "sizeInBytes": "10485760",
                  "filename": "assets.zip" } }
                """#)

        guard case .archive(let archive)? = file.media?.choice else {
            return XCTFail("expected archive media, got \(String(describing: file.media?.choice))")
        }
        XCTAssertEqual(archive.sizeInBytes, Int64(10_485_760))
        XCTAssertEqual(archive.urlExpirationDate, utc(2024, 7, 1, 10, 0, 0))
        let wire = try assertRoundTrip(file)
        XCTAssertEqual(wire.string("media", "archive", "sizeInBytes"), "10485760")
        XCTAssertEqual(wire.string("media", "archive", "urlExpirationDate"), "2024-07-01T10:00:00Z")
    }

    func testModel3DMedia() throws {
        let file = try decodeFile(
            mediaType: "MODEL3D",
            media: #"""
                { "model3d": { "id": "4acbb8_1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6.glb",
                  "url": "https://4acbb8.usrfiles.com/3d/4acbb8_1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6.glb",
                  "thumbnail": { "id": "4acbb8_1a2b3c4d~mv2.png", "height": 256, "width": 256 },
                  "altText": "A chair", "urlExpirationDate": null, "filename": "chair.glb",
                  "sizeInBytes": "2097152" } }
                """#)

        guard case .model3d(let model)? = file.media?.choice else {
            return XCTFail("expected 3D model media, got \(String(describing: file.media?.choice))")
        }
        XCTAssertEqual(model.thumbnail, ImageAsset(id: "4acbb8_1a2b3c4d~mv2.png", height: 256, width: 256))
        XCTAssertEqual(model.altText, "A chair")
        XCTAssertEqual(model.sizeInBytes, 2_097_152)
        let wire = try assertRoundTrip(file)
        XCTAssertEqual(wire.string("media", "model3d", "sizeInBytes"), "2097152")
    }

    func testMediaWithOnlyAnUnknownMemberHasNoChoice() throws {
        let file = try decodeFile(
            mediaType: "OTHER",
            media: #"{ "other": { "id": "site_icon_1", "internalMediaType": "site_icon", "sizeInBytes": "4096" } }"#)

        XCTAssertEqual(file.mediaType, .other)
        XCTAssertNotNil(file.media)
        XCTAssertNil(file.media?.choice)
        XCTAssertEqual(try assertRoundTrip(file).keys("media"), [])
    }

    func testChoiceInitializerSetsExactlyOneMember() throws {
        let media = FileMedia(.document(DocumentMedia(id: "d1", filename: "a.pdf")))

        XCTAssertEqual(media.choice, .document(DocumentMedia(id: "d1", filename: "a.pdf")))
        XCTAssertNil(media.image)
        XCTAssertEqual(try assertRoundTrip(media).keys(), ["document"])
    }

    private func decodeFile(mediaType: String, media: String) throws -> FileDescriptor {
        try decode(
            FileDescriptor.self,
            from: #"{ "id": "4acbb8_file", "mediaType": "\#(mediaType)", "media": \#(media) }"#)
    }
}
