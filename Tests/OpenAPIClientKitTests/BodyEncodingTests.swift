import Foundation
import OpenAPIClientKit
import XCTest

final class BodyEncodingTests: XCTestCase {
    private struct Upload: Encodable {
        var url: String
        var createdAt: RFC3339Date
        var size: Int64String
        var labels: [String]?
    }

    private struct Form: Encodable {
        var name: String
        var tags: [String]
        var owner: Owner
        var note: String?

        struct Owner: Encodable {
            var id: Int
            var email: String
        }
    }

    func testJSONBodyLeavesSlashesAndUsesTheModelsOwnFormats() throws {
        let data = try JSONBody.encode(
            Upload(
                url: "https://static.example.com/a/b.jpg",
                createdAt: RFC3339Date(Date(timeIntervalSince1970: 1_661_096_349)),
                size: Int64String(47177), labels: nil))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["url"] as? String, "https://static.example.com/a/b.jpg")
        XCTAssertEqual(object["createdAt"] as? String, "2022-08-21T15:39:09Z")
        XCTAssertEqual(object["size"] as? String, "47177")
        XCTAssertNil(object["labels"])
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("https://static.example.com/a/b.jpg"), text)
        XCTAssertEqual(JSONBody.contentType, "application/json")
    }

    func testFormBodyFlattensLikeDeepObject() throws {
        let data = try FormBody.encode(
            Form(name: "a b&c", tags: ["x", "y"], owner: .init(id: 7, email: "me+1@example.com"), note: nil))
        XCTAssertEqual(
            String(decoding: data, as: UTF8.self),
            "name=a%20b%26c&tags=x&tags=y&owner%5Bid%5D=7&owner%5Bemail%5D=me%2B1%40example.com")
        XCTAssertEqual(FormBody.contentType, "application/x-www-form-urlencoded")
    }

    func testFormBodyNeedsAnObject() {
        XCTAssertThrowsError(try FormBody.encode(["a", "b"]))
        XCTAssertThrowsError(try FormBody.encode(5))
    }
}
