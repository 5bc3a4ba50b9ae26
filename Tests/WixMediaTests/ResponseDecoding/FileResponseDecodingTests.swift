import Foundation
import WixMedia
import XCTest

/// Responses that carry one file or a list of files by ID: Get File Descriptor(s), Import File, Update File
/// Descriptor and the deprecated Update File.
final class FileResponseDecodingTests: XCTestCase {
    func testGetFileDescriptorDecodesTheVideoExample() throws {
        let response = try decodeResponse(of: Operations.GetFileDescriptor.self, from: FileExamples.getVideoFile)
        let file = try XCTUnwrap(response.file)

        XCTAssertEqual(file.id, "4acbb8_5646ee01a5524905af4f2e7c567cbbce")
        XCTAssertEqual(file.displayName, "sample-mpg-file.mpg")
        XCTAssertEqual(file.url, "https://video.wixstatic.com/video/4acbb8_5646ee01a5524905af4f2e7c567cbbce/file")
        XCTAssertEqual(file.parentFolderID, "media-root")
        XCTAssertEqual(file.hash, "6f9dad8f467c579269d96fdb4f7c95cd")
        XCTAssertEqual(file.sizeInBytes, Int64(5_918_720))
        XCTAssertEqual(file.private, false)
        XCTAssertEqual(file.mediaType, .video)
        XCTAssertEqual(file.operationStatus, .ready)
        XCTAssertNil(file.sourceURL, "\"sourceUrl\": null")
        XCTAssertEqual(file.thumbnailURL, "https://static.wixstatic.com/media/4acbb8_5646…f002.jpg")
        XCTAssertEqual(file.labels, [])
        XCTAssertEqual(file.createdDate, utc(2022, 8, 21, 15, 39, 9))
        XCTAssertEqual(file.updatedDate, utc(2022, 8, 21, 15, 39, 21))
        XCTAssertEqual(file.state, .ok)

        guard case .video(let video)? = file.media?.choice else {
            return XCTFail("expected video media, got \(String(describing: file.media?.choice))")
        }
        XCTAssertNil(file.media?.image)
        XCTAssertEqual(video.id, "4acbb8_5646ee01a5524905af4f2e7c567cbbce")
        XCTAssertEqual(video.filename, "sample-mpg-file.mpg")
        XCTAssertEqual(video.sizeInBytes, Int64(5_918_720))
        XCTAssertNil(video.urlExpirationDate)
        XCTAssertEqual(
            video.resolutions,
            [
                VideoResolution(
                    url: "https://video.wixstatic.com/video/4acbb8_5646…/240p/mp4/file.mp4", height: 240, width: 320,
                    format: "mp4")
            ])
        XCTAssertEqual(
            video.posters,
            [
                ImageAsset(
                    id: "", url: "https://static.wixstatic.com/media/4acbb8_5646…f000.jpg", height: 240, width: 320)
            ])
    }

    func testGetFileDescriptorRoundTripsWithStringSizesAndRFC3339Dates() throws {
        let response = try decodeResponse(of: Operations.GetFileDescriptor.self, from: FileExamples.getVideoFile)

        let wire = try assertRoundTrip(response)

        XCTAssertEqual(wire.string("file", "sizeInBytes"), "5918720")
        XCTAssertEqual(wire.string("file", "media", "video", "sizeInBytes"), "5918720")
        XCTAssertEqual(wire.string("file", "createdDate"), "2022-08-21T15:39:09Z")
        XCTAssertEqual(wire.string("file", "updatedDate"), "2022-08-21T15:39:21Z")
        XCTAssertEqual(wire.string("file", "mediaType"), "VIDEO")
        XCTAssertEqual(wire.string("file", "parentFolderId"), "media-root")
        XCTAssertEqual(wire.string("file", "thumbnailUrl"), "https://static.wixstatic.com/media/4acbb8_5646…f002.jpg")
        XCTAssertNil(wire["file", "sourceUrl"], "a nil optional is left out, not written as null")
        XCTAssertEqual(wire.keys("file", "media"), ["video"])
        XCTAssertEqual(wire.keys("file", "media", "video", "posters", 0), ["id", "url", "height", "width"])
    }

    func testImportFileDecodesAPendingFileWithNullMedia() throws {
        let response = try decodeResponse(of: Operations.ImportFile.self, from: FileExamples.importFile)
        let file = try XCTUnwrap(response.file)

        XCTAssertEqual(file.id, "4acbb8_f968336b3fea4cbebc056d5c41f9944d~mv2.png")
        XCTAssertEqual(file.displayName, "T-shirt.png")
        XCTAssertEqual(file.parentFolderID, "25284aa06584441ea94338fdcfbaba12")
        XCTAssertEqual(file.hash, "")
        XCTAssertEqual(file.sizeInBytes, Int64(7108))
        XCTAssertEqual(file.mediaType, .image)
        XCTAssertNil(file.media, "\"media\": null")
        XCTAssertEqual(file.operationStatus, .pending)
        XCTAssertEqual(
            file.sourceURL,
            "https://www.google.com/images/branding/googlelogo/2x/googlelogo_light_color_272x92dp.png")
        XCTAssertEqual(file.createdDate, utc(2022, 8, 31, 18, 20, 37))
        XCTAssertEqual(file.state, .ok)

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("file", "sizeInBytes"), "7108")
        XCTAssertEqual(wire.string("file", "operationStatus"), "PENDING")
        XCTAssertEqual(wire.string("file", "createdDate"), "2022-08-31T18:20:37Z")
        XCTAssertNil(wire["file", "media"])
    }

    func testGetFileDescriptorsDecodesSeveralFilesOfDifferentTypes() throws {
        let image = try member("file", of: FileExamples.uploadedImageFile)
        let video = try member("file", of: FileExamples.getVideoFile)
        let json = #"{ "files": [ \#(image), \#(video) ] }"#

        let response = try decodeResponse(of: Operations.GetFileDescriptors.self, from: json)

        let files = try XCTUnwrap(response.files)
        XCTAssertEqual(
            files.map(\.id),
            ["2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg", "4acbb8_5646ee01a5524905af4f2e7c567cbbce"])
        XCTAssertEqual(files.map(\.mediaType), [.image, .video])
        XCTAssertEqual(files.map(\.sizeInBytes), [15_359, 5_918_720])
        XCTAssertEqual(files[0].createdDate, utc(2022, 9, 11, 15, 13, 24))
        XCTAssertNil(files[0].state, "the upload example has no state")
        guard case .image(let imageMedia)? = files[0].media?.choice else {
            return XCTFail("expected image media, got \(String(describing: files[0].media?.choice))")
        }
        XCTAssertEqual(imageMedia.image?.width, 370)
        XCTAssertEqual(imageMedia.image?.height, 226)
        XCTAssertEqual(imageMedia.image?.filename, "myfilename.jpg")
        XCTAssertEqual(imageMedia.image?.sizeInBytes, 15_359)
        XCTAssertEqual(imageMedia.faces, [])

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("files", 0, "media", "image", "image", "sizeInBytes"), "15359")
        XCTAssertEqual(wire.string("files", 0, "createdDate"), "2022-09-11T15:13:24Z", "zero milliseconds are dropped")
        XCTAssertEqual(wire.string("files", 1, "sizeInBytes"), "5918720")
    }

    func testUpdateFileDescriptorDecodesTheRenamedFile() throws {
        let json = #"""
            { "file": { "id": "e6a89e_d918d88028af49328a09469b9f2d3616~mv2.png",
              "displayName": "Front porch with hanging lights", "parentFolderId": "media-root",
              "sizeInBytes": "482113", "private": false, "mediaType": "IMAGE", "operationStatus": "READY",
              "labels": ["porch", "lights"], "createdDate": "2024-05-02T09:14:51.000Z",
              "updatedDate": "2024-05-03T11:02:07.318Z", "state": "OK" } }
            """#

        let response = try decodeResponse(of: Operations.UpdateFileDescriptor.self, from: json)

        let file = try XCTUnwrap(response.file)
        XCTAssertEqual(file.id, "e6a89e_d918d88028af49328a09469b9f2d3616~mv2.png")
        XCTAssertEqual(file.displayName, "Front porch with hanging lights")
        XCTAssertEqual(file.labels, ["porch", "lights"])
        XCTAssertEqual(file.sizeInBytes, 482_113)
        XCTAssertEqual(file.updatedDate, utc(2024, 5, 3, 11, 2, 7, milliseconds: 318))

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("file", "updatedDate"), "2024-05-03T11:02:07.318Z")
        XCTAssertEqual(wire.string("file", "createdDate"), "2024-05-02T09:14:51Z")
        XCTAssertEqual(wire.string("file", "sizeInBytes"), "482113")
    }

    @available(*, deprecated, message: "Tests the deprecated Update File operation.")
    func testDeprecatedUpdateFileDecodesTheUpdatedFile() throws {
        let response = try decodeResponse(of: Operations.UpdateFile.self, from: FileExamples.importFile)

        let file = try XCTUnwrap(response.file)
        XCTAssertEqual(file.id, "4acbb8_f968336b3fea4cbebc056d5c41f9944d~mv2.png")
        XCTAssertEqual(file.sizeInBytes, 7108)
        XCTAssertEqual(file.updatedDate, utc(2022, 8, 31, 18, 20, 37))

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("file", "sizeInBytes"), "7108")
        XCTAssertEqual(wire.string("file", "updatedDate"), "2022-08-31T18:20:37Z")
    }
}
