import Foundation
import OpenAPIClientKit
import XCTest

final class JSONValueTests: XCTestCase {
    private func decode(_ json: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
    }

    private func encode(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func testDecodesEveryKindNested() throws {
        let value = try decode(#"{"a":[1,2.5,"x",true,null,{"b":{}}],"n":-3,"s":"https://x/y","f":false}"#)
        let expected: JSONValue = [
            "a": [1, 2.5, "x", true, nil, ["b": [:]]],
            "n": -3,
            "s": "https://x/y",
            "f": false,
        ]
        XCTAssertEqual(value, expected)
    }

    func testBooleansAndNumbersStayDistinct() throws {
        XCTAssertEqual(try decode("[true,1,0,false]"), [.bool(true), .number(1), .number(0), .bool(false)])
    }

    func testIntegersEncodeWithoutFraction() throws {
        XCTAssertEqual(
            try encode([1, -2, 0, 2.5, 9_007_199_254_740_992, -9_007_199_254_740_992, 0.1]),
            "[1,-2,0,2.5,9007199254740992,-9007199254740992,0.1]")
        XCTAssertEqual(try encode(.number(47177)), "47177")
    }

    func testRoundTripKeepsStructureAndNull() throws {
        let original: JSONValue = [
            "id": "wix:image://v1/a.jpg",
            "size": 1_234_567,
            "ratio": 0.75,
            "tags": ["a", "b"],
            "meta": ["empty": [:], "list": [], "none": nil, "deep": [["x": [true, false, nil]]]],
        ]
        let json = try encode(original)
        XCTAssertTrue(json.contains(#""size":1234567"#), json)
        XCTAssertTrue(json.contains(#""none":null"#), json)
        XCTAssertEqual(try decode(json), original)
        XCTAssertEqual(try encode(try decode(json)), json)
    }

    func testObjectMembersFlattenIntoQueriesInKeyOrder() throws {
        let value: JSONValue = ["c": 3, "a": 1, "b": ["y": 2, "x": nil, "w": [true]], "e": 5, "d": 4]
        var query = QueryItems()
        try query.appendDeepObject("o", value)
        XCTAssertEqual(
            query.percentEncoded.removingPercentEncoding, "o[a]=1&o[b][w]=true&o[b][y]=2&o[c]=3&o[d]=4&o[e]=5")
    }

    func testSubscriptsAndAccessors() throws {
        let value = try decode(#"{"name":"leon","size":3024,"ok":true,"list":[10,"x"],"nothing":null}"#)
        XCTAssertEqual(value["name"]?.stringValue, "leon")
        XCTAssertEqual(value["size"]?.doubleValue, 3024)
        XCTAssertEqual(value["size"]?.int64Value, 3024)
        XCTAssertEqual(value["ok"]?.boolValue, true)
        XCTAssertEqual(value["list"]?[1], "x")
        XCTAssertEqual(value["list"]?.arrayValue?.count, 2)
        XCTAssertNil(value["list"]?[2])
        XCTAssertNil(value["list"]?[-1])
        XCTAssertEqual(value["nothing"]?.isNull, true)
        XCTAssertNil(value["missing"])
        XCTAssertNil(value[0])
        XCTAssertNil(value["name"]?.doubleValue)
        XCTAssertNil(JSONValue.number(2.5).int64Value)
        XCTAssertEqual(value.objectValue?.keys.sorted(), ["list", "name", "nothing", "ok", "size"])
    }

    func testDecodesInsideModels() throws {
        struct Model: Codable, Equatable {
            var extra: JSONValue?
        }
        let model = try JSONDecoder().decode(Model.self, from: Data(#"{"extra":{"k":[1]}}"#.utf8))
        XCTAssertEqual(model.extra, ["k": [1]])
        XCTAssertEqual(try JSONDecoder().decode(Model.self, from: Data("{}".utf8)).extra, nil)
    }
}
