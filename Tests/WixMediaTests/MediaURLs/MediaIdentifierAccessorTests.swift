import Foundation
import WixMedia
import XCTest

/// Identifiers and image URLs from the generated models.
final class MediaIdentifierAccessorTests: XCTestCase {
    /// The file of the upload PUT response of Wix's Upload API guide (`wix-media-api-facts.md` §7.1).
    private var uploadedImage: String {
        get throws { try member("file", of: FileExamples.uploadedImageFile) }
    }

    func testAnImageFileHasTheIdentifierTheSDKWouldWrite() throws {
        let file = try decode(uploadedImage)

        XCTAssertEqual(
            file.mediaIdentifier?.description,
            "wix:image://v1/2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg/myfilename.jpg#originWidth=370&originHeight=226"
        )
        XCTAssertEqual(file.media?.image?.image?.mediaIdentifier, file.mediaIdentifier)
        XCTAssertEqual(
            try file.imageURL(applying: .fill(width: 100, height: 100)).absoluteString,
            "https://static.wixstatic.com/media/2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg"
                + "/v1/fill/w_100,h_100,al_c/myfilename.jpeg")  // the stored file's extension selects the format
    }

    func testAPrivateFileGetsNoTransformedURL() throws {
        var file = try decode(uploadedImage)
        file.private = true

        XCTAssertThrowsError(try file.imageURL(applying: .fit(width: 10, height: 10))) {
            XCTAssertEqual(
                $0 as? ImageTransformationError,
                .privateFile(fileID: "2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg"))
        }
    }

    func testAPendingImageHasNoIdentifierYet() throws {
        var file = try decode(uploadedImage)
        file.media = nil

        XCTAssertNil(file.mediaIdentifier)
        XCTAssertThrowsError(try file.imageURL(applying: .fit(width: 10, height: 10))) {
            XCTAssertEqual(
                $0 as? ImageTransformationError,
                .missingImageDetails(fileID: "2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg"))
        }
    }

    /// The video of Wix's Get File Descriptor example (`wix-media-api-facts.md` §9), with its posters.
    func testAVideoFileNamesItsPosterLikeTheSDK() throws {
        let file = try decode(
            #"""
            { "id": "4acbb8_5646ee01a5524905af4f2e7c567cbbce", "displayName": "sample-mpg-file.mpg", "mediaType": "VIDEO",
              "media": { "video": { "id": "4acbb8_5646ee01a5524905af4f2e7c567cbbce", "filename": "sample-mpg-file.mpg",
                "posters": [
                  { "id": "", "url": "https://static.wixstatic.com/media/4acbb8_5646ee01a5524905af4f2e7c567cbbcef000.jpg",
                    "height": 240, "width": 320 },
                  { "id": "", "url": "https://static.wixstatic.com/media/4acbb8_5646ee01a5524905af4f2e7c567cbbcef001.jpg",
                    "height": 240, "width": 320 } ] } } }
            """#)

        XCTAssertEqual(
            file.mediaIdentifier?.description,
            "wix:video://v1/4acbb8_5646ee01a5524905af4f2e7c567cbbce/sample-mpg-file.mpg"
                + "#posterUri=4acbb8_5646ee01a5524905af4f2e7c567cbbcef001.jpg&posterWidth=320&posterHeight=240")
        XCTAssertThrowsError(try file.imageURL(applying: .fit(width: 10, height: 10))) {
            XCTAssertEqual($0 as? ImageTransformationError, .notAnImage(.video))
        }
    }

    func testDocumentAudioAndOtherFiles() throws {
        let document = try decode(
            #"{ "id": "0abec0_x.pdf", "displayName": "Menu 2024.pdf", "mediaType": "DOCUMENT", "media": { "document": { "id": "0abec0_x.pdf" } } }"#
        )
        let audio = try decode(
            #"{ "id": "229acbb8_5af2.mp3", "displayName": "01 - Tom's Diner.mp3", "mediaType": "AUDIO" }"#)
        let archive = try decode(#"{ "id": "0abec0_y.zip", "displayName": "a.zip", "mediaType": "ARCHIVE" }"#)

        XCTAssertEqual(document.mediaIdentifier?.description, "wix:document://v1/0abec0_x.pdf/Menu%202024.pdf")
        XCTAssertEqual(
            audio.mediaIdentifier?.description, "wix:audio://v1/229acbb8_5af2.mp3/01%20-%20Tom's%20Diner.mp3")
        XCTAssertNil(archive.mediaIdentifier)
        XCTAssertThrowsError(try archive.imageURL(applying: .fit(width: 1, height: 1))) {
            XCTAssertEqual($0 as? ImageTransformationError, .missingImageDetails(fileID: "0abec0_y.zip"))
        }
    }

    func testAnImageWithoutSizeHasNoIdentifier() {
        XCTAssertNil(ImageAsset(id: "a~mv2.jpg", url: "https://static.wixstatic.com/media/a~mv2.jpg").mediaIdentifier)
        XCTAssertNil(ImageAsset(id: "", height: 1, width: 1).mediaIdentifier)
        XCTAssertNil(ImageAsset(id: "a~mv2.jpg", height: -1, width: 1).mediaIdentifier)
        XCTAssertEqual(
            ImageAsset(id: "a~mv2.jpg", height: 2, width: 1).mediaIdentifier?.description,
            "wix:image://v1/a~mv2.jpg#originWidth=1&originHeight=2")
    }

    func testRequestsReadTheirFileReference() throws {
        let identifier = "wix:image://v1/0abec0_b291~mv2.jpg/leon.jpg#originWidth=3024&originHeight=4032"

        XCTAssertEqual(
            try GenerateFileDownloadURLRequest(fileID: identifier).fileMediaIdentifier?.mediaID, "0abec0_b291~mv2.jpg")
        XCTAssertNil(try GenerateVideoStreamingURLRequest(fileID: "4acbb8_5646").fileMediaIdentifier)
        XCTAssertThrowsError(try GenerateVideoStreamingURLRequest(fileID: "wix:video://v2/x").fileMediaIdentifier) {
            XCTAssertEqual($0 as? WixMediaIdentifierError, .unsupportedVersion("v2"))
        }
    }

    func testRequestsWithSeveralFileReferencesReadEachInOrder() throws {
        let ids = [
            "4acbb8_5646", "wix:document://v1/ugd/x.pdf/x.pdf",
            "wix:image://v1/a.jpg/a.jpg#originWidth=1&originHeight=1",
        ]

        let read = [
            try GetFileDescriptorsRequest(fileIDs: ids).fileMediaIdentifiers,
            try GenerateFilesDownloadURLRequest(fileIDs: ids).fileMediaIdentifiers,
            try BulkDeleteFilesRequest(fileIDs: ids).fileMediaIdentifiers,
            try BulkRestoreFilesFromTrashBinRequest(fileIDs: ids).fileMediaIdentifiers,
        ]

        for identifiers in read {
            XCTAssertEqual(identifiers.map { $0?.kind }, [nil, .document, .image])
        }
        XCTAssertThrowsError(try BulkDeleteFilesRequest(fileIDs: ["a", "wix:audio:/x"]).fileMediaIdentifiers) {
            XCTAssertEqual($0 as? WixMediaIdentifierError, .missingDoubleSlash)
        }
    }

    func testImageMediaNamesItsImage() throws {
        let media = try XCTUnwrap(decode(uploadedImage).media?.image)

        XCTAssertEqual(media.mediaIdentifier, media.image?.mediaIdentifier)
        XCTAssertNotNil(media.mediaIdentifier)
        XCTAssertNil(ImageMedia().mediaIdentifier)
    }

    private func decode(_ json: String) throws -> FileDescriptor {
        try JSONDecoder().decode(FileDescriptor.self, from: Data(json.utf8))
    }
}
