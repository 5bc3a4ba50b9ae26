import Foundation
import OpenAPIClientKit
import XCTest

final class Int64AdapterTests: XCTestCase {
    private struct StringBox: Codable {
        var v: Int64String
    }

    private struct NumberBox: Codable {
        var v: Int64Number
    }

    private func decodeString(_ json: String) throws -> Int64 {
        try JSONDecoder().decode(StringBox.self, from: Data(#"{"v":\#(json)}"#.utf8)).v.value
    }

    private func decodeNumber(_ json: String) throws -> Int64 {
        try JSONDecoder().decode(NumberBox.self, from: Data(#"{"v":\#(json)}"#.utf8)).v.value
    }

    func testDecodesStringsAndNumbers() throws {
        XCTAssertEqual(try decodeString(#""47177""#), 47177)
        XCTAssertEqual(try decodeString(#""-1""#), -1)
        XCTAssertEqual(try decodeString(#""0""#), 0)
        XCTAssertEqual(try decodeString(#""9223372036854775807""#), Int64.max)
        XCTAssertEqual(try decodeString(#""-9223372036854775808""#), Int64.min)
        XCTAssertEqual(try decodeString("47177"), 47177)
        XCTAssertEqual(try decodeString("-5"), -5)
        XCTAssertEqual(try decodeNumber(#""123""#), 123)
        XCTAssertEqual(try decodeNumber("123"), 123)
    }

    func testRejectsAnythingElseAsDataCorrupted() {
        let invalid = [
            #""12.5""#, #""""#, #""abc""#, #""-""#, #""+5""#, #"" 5""#, #""5 ""#, #""1e3""#,
            #""9223372036854775808""#, #""-9223372036854775809""#, "12.5", "true", "[1]", #"{"a":1}"#,
        ]
        for json in invalid {
            XCTAssertThrowsError(try decodeString(json), json) { error in
                guard case DecodingError.dataCorrupted(let context) = error else {
                    return XCTFail("\(json): expected dataCorrupted, got \(error)")
                }
                XCTAssertTrue(context.debugDescription.contains("64-bit integer"), context.debugDescription)
            }
            XCTAssertThrowsError(try decodeNumber(json), json)
        }
        XCTAssertThrowsError(try decodeString("null"))
    }

    func testEncodesAsStringOrNumber() throws {
        let encoder = JSONEncoder()
        XCTAssertEqual(
            String(decoding: try encoder.encode(StringBox(v: Int64String(-9_007_199_254_740_993))), as: UTF8.self),
            #"{"v":"-9007199254740993"}"#)
        XCTAssertEqual(
            String(decoding: try encoder.encode(NumberBox(v: Int64Number(47177))), as: UTF8.self), #"{"v":47177}"#)
        XCTAssertEqual(Int64String(7).description, "7")
    }

    func testStringRoundTripKeepsValuesBeyondDoublePrecision() throws {
        let original = StringBox(v: Int64String(9_007_199_254_740_993))
        let decoded = try JSONDecoder().decode(StringBox.self, from: try JSONEncoder().encode(original))
        XCTAssertEqual(decoded.v, original.v)
    }
}
