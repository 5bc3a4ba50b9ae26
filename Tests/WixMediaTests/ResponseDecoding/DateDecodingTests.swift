import Foundation
import WixMedia
import XCTest

/// Timestamps are RFC 3339 strings, with or without fractional seconds, decoded and encoded whatever the
/// coder's date strategy.
final class DateDecodingTests: XCTestCase {
    func testWithoutFractionalSeconds() throws {
        let folder = try decodeFolder(createdDate: "2022-08-21T15:39:09Z")

        XCTAssertEqual(folder.createdDate, utc(2022, 8, 21, 15, 39, 9))
        XCTAssertEqual(try assertRoundTrip(folder).string("createdDate"), "2022-08-21T15:39:09Z")
    }

    func testWithZeroMilliseconds() throws {
        let folder = try decodeFolder(createdDate: "2022-06-06T12:45:29.000Z")

        XCTAssertEqual(folder.createdDate, utc(2022, 6, 6, 12, 45, 29))
        XCTAssertEqual(try assertRoundTrip(folder).string("createdDate"), "2022-06-06T12:45:29Z")
    }

    func testWithMilliseconds() throws {
        let folder = try decodeFolder(createdDate: "2023-01-05T14:12:31.863Z")

        XCTAssertEqual(folder.createdDate, utc(2023, 1, 5, 14, 12, 31, milliseconds: 863))
        XCTAssertEqual(try assertRoundTrip(folder).string("createdDate"), "2023-01-05T14:12:31.863Z")
    }

    func testWithMicrosecondsEncodesMilliseconds() throws {
        let folder = try decodeFolder(createdDate: "2022-06-06T12:45:29.123456Z")

        let created = try XCTUnwrap(folder.createdDate)
        XCTAssertEqual(created.timeIntervalSince(utc(2022, 6, 6, 12, 45, 29)), 0.123456, accuracy: 1e-6)
        let encoded = try WireJSON(JSONEncoder().encode(folder))
        XCTAssertEqual(encoded.string("createdDate"), "2022-06-06T12:45:29.123Z", "the encoder writes milliseconds")
        let again = try JSONDecoder().decode(Folder.self, from: JSONEncoder().encode(folder))
        XCTAssertEqual(again.createdDate, utc(2022, 6, 6, 12, 45, 29, milliseconds: 123))
    }

    func testWithAnOffset() throws {
        let folder = try decodeFolder(createdDate: "2022-08-21T17:39:09+02:00")

        XCTAssertEqual(folder.createdDate, utc(2022, 8, 21, 15, 39, 9))
        XCTAssertEqual(try assertRoundTrip(folder).string("createdDate"), "2022-08-21T15:39:09Z", "written in UTC")
    }

    func testIgnoresTheCodersDateStrategy() throws {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let folder = try decoder.decode(
            Folder.self, from: Data(#"{ "id": "f", "createdDate": "2022-08-21T15:39:09Z" }"#.utf8))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970

        let wire = try WireJSON(encoder.encode(folder))

        XCTAssertEqual(folder.createdDate, utc(2022, 8, 21, 15, 39, 9))
        XCTAssertEqual(wire.string("createdDate"), "2022-08-21T15:39:09Z")
    }

    func testNonRFC3339DatesThrowWhenStrictAndDecodeAsNilOtherwise() throws {
        for text in [
            "2022-08-21", "2022-08-21 15:39", "21/08/2022 15:39:09", "2022-02-30T00:00:00Z", "2022-08-21T15:39:09",
        ] {
            let json = #"{ "id": "f", "createdDate": "\#(text)" }"#
            assertDecodingError { try decodeStrictly(Folder.self, from: json) }
            let (folder, problems) = try decodeTolerantly(Folder.self, from: json)
            XCTAssertNil(folder.createdDate, text)
            XCTAssertEqual(problems, ["$.createdDate"], text)
        }
        assertDecodingError { try decodeStrictly(Folder.self, from: #"{ "id": "f", "createdDate": 1661096349 }"#) }
    }

    private func decodeFolder(createdDate: String) throws -> Folder {
        try decode(
            Folder.self, from: #"{ "id": "d147e1ab3e8b4114ad93d13bb9e23540", "createdDate": "\#(createdDate)" }"#)
    }
}
