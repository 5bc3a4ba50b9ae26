import Foundation
import WixMedia
import XCTest

/// Decodes `json` with a plain `JSONDecoder()`, as an application would.
func decode<T: Decodable>(_ type: T.Type, from json: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(json.utf8))
}

/// Decodes `json` under `DecodingPolicy.strict`, where an optional property of another shape fails instead of
/// decoding as nil: for tests of what a value's own decoding rejects.
func decodeStrictly<T: Decodable>(_ type: T.Type, from json: String) throws -> T {
    let decoder = JSONDecoder()
    decoder.userInfo[.decodingProblems] = DecodingProblems(policy: .strict)
    return try decoder.decode(type, from: Data(json.utf8))
}

/// Decodes `json` with a collector and returns the value and the JSON paths of the problems recorded.
func decodeTolerantly<T: Decodable>(_ type: T.Type, from json: String) throws -> (value: T, problems: [String]) {
    let problems = DecodingProblems()
    let decoder = JSONDecoder()
    decoder.userInfo[.decodingProblems] = problems
    let value = try decoder.decode(type, from: Data(json.utf8))
    return (value, problems.problems.map(\.path))
}

/// Decodes `json` as the `Response` of `operation` with a plain `JSONDecoder()`, which also pins which model each
/// operation answers with.
func decodeResponse<Operation: APIOperation>(
    of operation: Operation.Type, from json: String
) throws -> Operation.Response where Operation.Response: Decodable {
    try JSONDecoder().decode(Operation.Response.self, from: Data(json.utf8))
}

/// Encodes `value` with a plain `JSONEncoder()`, decodes the result again, asserts that nothing changed, and
/// returns the encoded JSON for checks of the wire format.
@discardableResult
func assertRoundTrip<T: Codable & Equatable>(
    _ value: T, file: StaticString = #filePath, line: UInt = #line
) throws -> WireJSON {
    let encoded = try JSONEncoder().encode(value)
    let decoded = try JSONDecoder().decode(T.self, from: encoded)
    XCTAssertEqual(decoded, value, "the value changed on a JSONEncoder/JSONDecoder round trip", file: file, line: line)
    return try WireJSON(encoded)
}

/// Asserts that `body` throws a `DecodingError` and returns it.
@discardableResult
func assertDecodingError(
    _ body: () throws -> some Any, file: StaticString = #filePath, line: UInt = #line
) -> DecodingError? {
    do {
        let value = try body()
        XCTFail("expected a DecodingError, decoded \(value)", file: file, line: line)
        return nil
    } catch let error as DecodingError {
        return error
    } catch {
        XCTFail("expected a DecodingError, got \(error)", file: file, line: line)
        return nil
    }
}

/// A UTC date from its calendar fields plus `milliseconds`, computed without the library's date code.
func utc(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, milliseconds: Int = 0
) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    let whole = calendar.date(from: components)!
    return milliseconds == 0 ? whole : whole.addingTimeInterval(Double(milliseconds) / 1_000)
}
