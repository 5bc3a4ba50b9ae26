import Foundation
import WixMedia
import XCTest

/// Enum values the library does not know must not break decoding, and must survive re-encoding.
final class OpenEnumDecodingTests: XCTestCase {
    func testUnknownMediaTypeIsKeptAndReencoded() throws {
        let file = try decode(FileDescriptor.self, from: #"{ "id": "4acbb8_hologram", "mediaType": "HOLOGRAM" }"#)

        XCTAssertEqual(file.mediaType, .unrecognized("HOLOGRAM"))
        XCTAssertEqual(file.mediaType?.rawValue, "HOLOGRAM")
        let wire = try assertRoundTrip(file)
        XCTAssertEqual(wire.string("mediaType"), "HOLOGRAM")
    }

    func testUnknownValuesInAWholePageDoNotFailThePage() throws {
        let json = #"""
            { "files": [
                { "id": "a", "mediaType": "HOLOGRAM", "operationStatus": "QUEUED", "state": "ARCHIVED",
                  "addedBy": { "identityType": "ROBOT", "identityId": "r2" } },
                { "id": "b", "mediaType": "IMAGE", "operationStatus": "READY", "state": "OK" } ] }
            """#

        let response = try decodeResponse(of: Operations.ListFiles.self, from: json)

        let files = try XCTUnwrap(response.files)
        XCTAssertEqual(files.map(\.mediaType), [.unrecognized("HOLOGRAM"), .image])
        XCTAssertEqual(files.map(\.operationStatus), [.unrecognized("QUEUED"), .ready])
        XCTAssertEqual(files.map(\.state), [.unrecognized("ARCHIVED"), .ok])
        XCTAssertEqual(files[0].addedBy?.identityType, .unrecognized("ROBOT"))
        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("files", 0, "operationStatus"), "QUEUED")
        XCTAssertEqual(wire.string("files", 0, "addedBy", "identityType"), "ROBOT")
    }

    func testUnknownUploadProtocolAndStreamingEnums() throws {
        let resumable = try decodeResponse(
            of: Operations.GenerateFileResumableUploadURL.self,
            from: #"{ "uploadProtocol": "HTTP_RANGE", "uploadUrl": "https://upload.wixmp.com/upload/range" }"#)

        XCTAssertEqual(resumable.uploadProtocol, .unrecognized("HTTP_RANGE"))
        XCTAssertEqual(try assertRoundTrip(resumable).string("uploadProtocol"), "HTTP_RANGE")
    }

    func testKnownValuesMapToTheirCases() throws {
        let values = ["UNKNOWN", "IMAGE", "VIDEO", "AUDIO", "DOCUMENT", "VECTOR", "ARCHIVE", "MODEL3D", "OTHER"]
        let decoded = try values.map { try decode(MediaType.self, from: "\"\($0)\"") }

        XCTAssertEqual(decoded, MediaType.knownCases)
        XCTAssertEqual(decoded.map(\.rawValue), values)
    }

    func testEnumValuesAreCaseSensitive() throws {
        XCTAssertEqual(try decode(MediaType.self, from: #""image""#), .unrecognized("image"))
        XCTAssertEqual(try decode(SortDirection.self, from: #""desc""#), .unrecognized("desc"))
    }

    func testAnEnumThatIsNotAStringFailsToDecode() throws {
        let json = #"{ "id": "a", "mediaType": 2 }"#
        assertDecodingError { try decodeStrictly(FileDescriptor.self, from: json) }
        XCTAssertEqual(try decodeTolerantly(FileDescriptor.self, from: json).problems, ["$.mediaType"])
    }
}
