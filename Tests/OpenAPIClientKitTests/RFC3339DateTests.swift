import Foundation
import OpenAPIClientKit
import XCTest

final class RFC3339DateTests: XCTestCase {
    private struct Box: Codable {
        var at: RFC3339Date
    }

    /// 2022-08-21T15:39:09Z
    private let reference = Date(timeIntervalSince1970: 1_661_096_349)

    private func parse(_ string: String, file: StaticString = #filePath, line: UInt = #line) throws -> Date {
        try XCTUnwrap(RFC3339Date.parse(string), "could not parse \(string)", file: file, line: line)
    }

    func testParsesWholeSeconds() throws {
        XCTAssertEqual(try parse("2022-08-21T15:39:09Z"), reference)
        XCTAssertEqual(try parse("1970-01-01T00:00:00Z"), Date(timeIntervalSince1970: 0))
        XCTAssertEqual(try parse("2024-02-29T12:00:00Z"), Date(timeIntervalSince1970: 1_709_208_000))
        XCTAssertEqual(try parse("1900-01-01T00:00:00Z"), Date(timeIntervalSince1970: -2_208_988_800))
    }

    func testParsesFractionsOfOneToNineDigitsAndMore() throws {
        let digits = "123456789"
        for count in 1...9 {
            let fraction = String(digits.prefix(count))
            let expected = reference.timeIntervalSince1970 + Double("0." + fraction)!
            let date = try parse("2022-08-21T15:39:09.\(fraction)Z")
            XCTAssertEqual(date.timeIntervalSince1970, expected, accuracy: 1e-6, "\(count) digits")
        }
        XCTAssertEqual(
            try parse("2022-08-21T15:39:09.1234567891234Z").timeIntervalSince1970,
            reference.timeIntervalSince1970 + 0.123456789, accuracy: 1e-6)
        XCTAssertEqual(try parse("2022-08-21T15:39:09.000Z"), reference)
    }

    func testParsesOffsetsAndLowercase() throws {
        XCTAssertEqual(try parse("2022-08-21T21:09:09+05:30"), reference)
        XCTAssertEqual(try parse("2022-08-21T07:39:09-08:00"), reference)
        XCTAssertEqual(try parse("2022-08-22T00:39:09+09:00"), reference)
        XCTAssertEqual(try parse("2022-08-21T15:39:09+00:00"), reference)
        XCTAssertEqual(try parse("2022-08-21T15:39:09-00:00"), reference)
        XCTAssertEqual(try parse("2022-08-21t15:39:09z"), reference)
        XCTAssertEqual(
            try parse("2022-08-21T15:39:09.5-08:00").timeIntervalSince1970,
            reference.timeIntervalSince1970 + 8 * 3_600 + 0.5)
        XCTAssertEqual(try parse("2022-08-21 15:39:09Z"), reference)
        XCTAssertEqual(try parse("2022-08-21T21:09:09+0530"), reference)
    }

    func testRejectsInvalidStrings() {
        let invalid = [
            "", "2022-08-21", "2022-08-21T15:39Z", "2022-08-21T15:39:09", "2022-13-01T00:00:00Z",
            "2022-00-01T00:00:00Z", "2022-02-29T00:00:00Z", "2023-04-31T00:00:00Z", "2022-08-00T00:00:00Z",
            "2022-08-21T24:00:00Z", "2022-08-21T15:60:00Z", "2022-08-21T15:39:61Z", "2022-08-21T15:39:09.Z",
            "2022-08-21T15:39:09+5:30", "2022-08-21T15:39:09+05:3", "2022-08-21T15:39:09+24:00",
            "2022-08-21T15:39:09Zjunk", "22-08-21T15:39:09Z", " 2022-08-21T15:39:09Z", "2022-08-21X15:39:09Z",
            "2022/08/21T15:39:09Z", "２０２２-08-21T15:39:09Z", "2022-08-21T15:39:09.12a3Z",
        ]
        for string in invalid {
            XCTAssertNil(RFC3339Date.parse(string), string)
            let json = Data(#"{"at":"\#(string)"}"#.utf8)
            XCTAssertThrowsError(try JSONDecoder().decode(Box.self, from: json), string) { error in
                guard case DecodingError.dataCorrupted = error else {
                    return XCTFail("\(string): expected dataCorrupted, got \(error)")
                }
            }
        }
        XCTAssertThrowsError(try JSONDecoder().decode(Box.self, from: Data(#"{"at":1661096349}"#.utf8)))
    }

    func testFormatsUTCWithMillisecondsOnlyWhenNonZero() {
        XCTAssertEqual(RFC3339Date.format(reference), "2022-08-21T15:39:09Z")
        XCTAssertEqual(RFC3339Date.format(Date(timeIntervalSince1970: 1_654_519_529.123)), "2022-06-06T12:45:29.123Z")
        XCTAssertEqual(RFC3339Date.format(Date(timeIntervalSince1970: 1_654_519_529.05)), "2022-06-06T12:45:29.050Z")
        XCTAssertEqual(RFC3339Date.format(Date(timeIntervalSince1970: 1_654_519_529.0004)), "2022-06-06T12:45:29Z")
        XCTAssertEqual(RFC3339Date.format(Date(timeIntervalSince1970: 1_654_519_529.9996)), "2022-06-06T12:45:30Z")
        XCTAssertEqual(RFC3339Date.format(Date(timeIntervalSince1970: -0.5)), "1969-12-31T23:59:59.500Z")
        XCTAssertEqual(RFC3339Date.format(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00Z")
        XCTAssertEqual(RFC3339Date.format(Date(timeIntervalSince1970: 951_782_400)), "2000-02-29T00:00:00Z")
    }

    func testMillisecondRoundTrip() throws {
        let text = "2022-06-06T12:45:29.123Z"
        let box = try JSONDecoder().decode(Box.self, from: Data(#"{"at":"\#(text)"}"#.utf8))
        XCTAssertEqual(box.at.value.timeIntervalSince1970, 1_654_519_529.123, accuracy: 1e-6)
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(box), as: UTF8.self), #"{"at":"\#(text)"}"#)
        XCTAssertEqual(RFC3339Date.format(try parse("2022-06-06T18:15:29.123+05:30")), text)
    }

    func testEncodingIgnoresTheEncodersDateStrategy() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        XCTAssertEqual(
            String(decoding: try encoder.encode(Box(at: RFC3339Date(reference))), as: UTF8.self),
            #"{"at":"2022-08-21T15:39:09Z"}"#)
    }

    func testAgreesWithISO8601DateFormatterAcrossCenturies() throws {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            // A fixed linear congruential sequence: different seconds across 1900...2100, same in every run.
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = Int64(state >> 33) % 6_311_433_600 - 2_208_988_800
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let expected = formatter.string(from: date)
            XCTAssertEqual(RFC3339Date.format(date), expected)
            XCTAssertEqual(RFC3339Date.parse(expected), date, expected)
        }
    }

    func testFullDate() throws {
        struct Day: Codable {
            var on: RFC3339FullDate
        }
        let may1 = Date(timeIntervalSince1970: 1_714_521_600)
        XCTAssertEqual(RFC3339FullDate.parse("2024-05-01"), may1)
        XCTAssertEqual(RFC3339FullDate.format(may1), "2024-05-01")
        XCTAssertEqual(RFC3339FullDate.format(may1.addingTimeInterval(86_399.9)), "2024-05-01")
        XCTAssertEqual(RFC3339FullDate.format(may1.addingTimeInterval(-0.001)), "2024-04-30")
        for invalid in ["2024-5-1", "2024-02-30", "2024-05-01T00:00:00Z", "", "2024-05-01 "] {
            XCTAssertNil(RFC3339FullDate.parse(invalid), invalid)
        }
        let day = try JSONDecoder().decode(Day.self, from: Data(#"{"on":"2024-02-29"}"#.utf8))
        XCTAssertEqual(day.on.value, Date(timeIntervalSince1970: 1_709_164_800))
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(day), as: UTF8.self), #"{"on":"2024-02-29"}"#)
        XCTAssertThrowsError(try JSONDecoder().decode(Day.self, from: Data(#"{"on":"2023-02-29"}"#.utf8)))
    }
}
