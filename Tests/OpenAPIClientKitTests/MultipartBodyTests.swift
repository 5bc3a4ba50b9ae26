import Foundation
import OpenAPIClientKit
import XCTest

final class MultipartBodyTests: XCTestCase {
    private struct Meta: Encodable {
        var width: Int
        var label: String
    }

    private struct Upload: Encodable {
        var file: Data
        var name: String
        var tags: [String]
        var meta: Meta
        var note: String?
    }

    func testEveryMemberBecomesAPartInOrder() throws {
        let upload = Upload(
            file: Data([0x00, 0xFF, 0x0D, 0x0A]), name: "Leon \"the\" cat", tags: ["a", "b"],
            meta: Meta(width: 3024, label: "x"), note: nil)
        let body = try MultipartBody.encode(upload, boundary: "XYZ")
        var expected = Data()
        expected.append(Data("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n".utf8))
        expected.append(Data("Content-Type: application/octet-stream\r\n\r\n".utf8))
        expected.append(Data([0x00, 0xFF, 0x0D, 0x0A]))
        expected.append(
            Data("\r\n--XYZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nLeon \"the\" cat\r\n".utf8))
        expected.append(Data("--XYZ\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n".utf8))
        expected.append(Data("--XYZ\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nb\r\n".utf8))
        expected.append(
            Data(
                "--XYZ\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n".utf8)
        )
        expected.append(Data(#"{"label":"x","width":3024}"#.utf8))
        expected.append(Data("\r\n--XYZ--\r\n".utf8))
        // JSON member order is the encoder's; compare the JSON part as JSON and the rest byte for byte.
        XCTAssertEqual(body.count, expected.count)
        XCTAssertEqual(
            String(decoding: body.prefix(260), as: UTF8.self), String(decoding: expected.prefix(260), as: UTF8.self))
        XCTAssertTrue(body.starts(with: expected.prefix(95)), "the binary part keeps its raw bytes")
        let json = try XCTUnwrap(
            String(decoding: body, as: UTF8.self).components(separatedBy: "\r\n\r\n").last?.components(
                separatedBy: "\r\n"
            ).first)
        XCTAssertEqual(try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)), ["width": 3024, "label": "x"])
    }

    func testANonObjectIsRefused() {
        XCTAssertThrowsError(try MultipartBody.encode(["not", "an", "object"], boundary: "B"))
    }

    func testContentTypeNamesTheBoundaryAndBoundariesDiffer() {
        XCTAssertEqual(MultipartBody.contentType(boundary: "B1"), "multipart/form-data; boundary=B1")
        XCTAssertNotEqual(MultipartBody.makeBoundary(), MultipartBody.makeBoundary())
    }
}
