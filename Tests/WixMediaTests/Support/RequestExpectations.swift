import Foundation
import WixMedia
import XCTest

/// The public Wix API host.
let wixAPIBaseURL = URL(string: "https://www.wixapis.com")!

/// A Wix media URL, which Wix accepts wherever it takes a file ID; used as an ID in paths and queries because it
/// holds every character that needs encoding (`:`, `/`, `#`, `=`, `&`).
let wixMediaURLID =
    "wix:image://v1/0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg/leon.jpg#originWidth=3024&originHeight=4032"

/// ``wixMediaURLID`` percent-encoded as one path segment or query value: only `A-Z a-z 0-9 - . _ ~` stay.
let encodedWixMediaURLID =
    "wix%3Aimage%3A%2F%2Fv1%2F0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg%2Fleon.jpg"
    + "%23originWidth%3D3024%26originHeight%3D4032"

enum ExpectedHeaders {
    /// What a request without a body sends.
    static let accept = [HTTPHeader(name: "Accept", value: "application/json")]
    /// What a request with a JSON body sends.
    static let acceptAndContentType = [
        HTTPHeader(name: "Accept", value: "application/json"),
        HTTPHeader(name: "Content-Type", value: "application/json"),
    ]
}

/// Query items from name/value pairs, in order.
func queryItems(_ pairs: KeyValuePairs<String, String>) -> [QueryItems.Item] {
    pairs.map { QueryItems.Item(name: $0.key, value: $0.value) }
}

/// Asserts a `POST`/`PATCH` with a JSON body and no query.
func assertJSONRequest(
    _ request: HTTPRequest, method: HTTPMethod, path: String, body: [String: Any],
    file: StaticString = #filePath, line: UInt = #line
) throws {
    XCTAssertEqual(request.method, method, file: file, line: line)
    XCTAssertEqual(request.path, path, file: file, line: line)
    XCTAssertEqual(request.query.items, [], file: file, line: line)
    XCTAssertEqual(request.headers, ExpectedHeaders.acceptAndContentType, file: file, line: line)
    try assertJSON(request.body, equals: body, file: file, line: line)
}

/// Asserts a `GET` with the given query items, `Accept: application/json` and no body.
func assertGETRequest(
    _ request: HTTPRequest, path: String, query: [QueryItems.Item],
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(request.method, .get, file: file, line: line)
    XCTAssertEqual(request.path, path, file: file, line: line)
    XCTAssertEqual(request.query.items, query, file: file, line: line)
    XCTAssertEqual(request.headers, ExpectedHeaders.accept, file: file, line: line)
    XCTAssertNil(request.body, file: file, line: line)
}
