import Foundation
import WixMedia
import XCTest

/// Missing members, explicit `null`s and members the library does not know.
final class OptionalFieldDecodingTests: XCTestCase {
    func testMissingOptionalsDecodeAsNilAndAreLeftOutWhenEncoding() throws {
        let response = try decodeResponse(
            of: Operations.GetFileDescriptor.self, from: #"{ "file": { "id": "4acbb8_minimal" } }"#)

        let file = try XCTUnwrap(response.file)
        XCTAssertEqual(file, FileDescriptor(id: "4acbb8_minimal"))
        XCTAssertNil(file.sizeInBytes)
        XCTAssertNil(file.createdDate)
        XCTAssertNil(file.media)
        XCTAssertEqual(try assertRoundTrip(response).keys("file"), ["id"])
    }

    func testAnEmptyBodyDecodesAsAResponseWithNothingInIt() throws {
        XCTAssertEqual(try decodeResponse(of: Operations.GetFolder.self, from: "{}"), GetFolderResponse())
        XCTAssertEqual(try decodeResponse(of: Operations.ListFiles.self, from: "{}"), ListFilesResponse())
    }

    func testExplicitNullsDecodeAsNil() throws {
        let json = #"""
            { "file": { "id": "4acbb8_nulls", "displayName": null, "sizeInBytes": null, "media": null,
              "sourceUrl": null, "createdDate": null, "mediaType": null, "labels": null, "addedBy": null } }
            """#

        let response = try decodeResponse(of: Operations.GetFileDescriptor.self, from: json)

        XCTAssertEqual(response.file, FileDescriptor(id: "4acbb8_nulls"))
        XCTAssertEqual(try assertRoundTrip(response).keys("file"), ["id"], "nil is left out, not written as null")
    }

    func testNullsInsideImageMedia() throws {
        let json = #"""
            { "image": { "image": { "id": "i", "altText": null, "urlExpirationDate": null, "sizeInBytes": null },
                         "colors": { "prominent": { "hex": null, "rgb": { "r": 1, "g": 2, "b": 3 } }, "palette": null },
                         "faces": null, "previewImage": null, "caption": null } }
            """#

        let media = try decode(FileMedia.self, from: json)

        XCTAssertEqual(
            media.image,
            ImageMedia(
                image: ImageAsset(id: "i"), colors: Colors(prominent: ImageColor(rgb: ColorRGB(r: 1, g: 2, b: 3)))))
        XCTAssertEqual(try assertRoundTrip(media).keys("image", "colors", "prominent"), ["rgb"])
    }

    func testUnknownMembersAreIgnoredAtEveryLevel() throws {
        let json = #"""
            { "file": { "id": "4acbb8_extra", "internalTags": ["_fileOrigin_uploaded"], "namespace": "WIX_VIDEO",
                        "rawNamespace": "video", "sizeInBytes": "10",
                        "media": { "video": { "id": "v", "durationInMilliseconds": 1200,
                                              "resolutions": [ { "format": "720p.mp4", "assetKey": "720p.mp4",
                                                                 "private": false, "quality": "720p" } ] } } },
              "requestId": "abc", "schemaVersion": 3 }
            """#

        let response = try decodeResponse(of: Operations.GetFileDescriptor.self, from: json)

        XCTAssertEqual(
            response.file,
            FileDescriptor(
                id: "4acbb8_extra", sizeInBytes: 10,
                media: FileMedia(video: VideoV2(id: "v", resolutions: [VideoResolution(format: "720p.mp4")]))))
        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.keys(), ["file"])
        XCTAssertEqual(wire.keys("file", "media", "video", "resolutions", 0), ["format"])
    }

    func testAMissingRequiredIDFails() {
        let error = assertDecodingError {
            try decodeResponse(of: Operations.GetFolder.self, from: #"{ "folder": { "displayName": "misc" } }"#)
        }

        guard case .keyNotFound(let key, let context)? = error else {
            return XCTFail("expected keyNotFound, got \(String(describing: error))")
        }
        XCTAssertEqual(key.stringValue, "id")
        XCTAssertEqual(context.codingPath.map(\.stringValue), ["folder"])
    }

    func testANullRequiredIDFails() {
        assertDecodingError {
            try decodeResponse(of: Operations.GetFileDescriptor.self, from: #"{ "file": { "id": null } }"#)
        }
    }
}
