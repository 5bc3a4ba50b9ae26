import Foundation
import OpenAPIClientKit
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

final class HTTPRequestTests: XCTestCase {
    private func url(_ base: String, _ request: HTTPRequest) throws -> String {
        request.url(relativeTo: try XCTUnwrap(URL(string: base))).absoluteString
    }

    func testJoiningBaseURLsWithAndWithoutPrefixOrTrailingSlash() throws {
        let request = HTTPRequest(method: .get, path: "/v1/items")
        XCTAssertEqual(try url("https://api.example.com", request), "https://api.example.com/v1/items")
        XCTAssertEqual(try url("https://api.example.com/", request), "https://api.example.com/v1/items")
        XCTAssertEqual(
            try url("https://api.example.com/site-media", request), "https://api.example.com/site-media/v1/items")
        XCTAssertEqual(
            try url("https://api.example.com/site-media/", request), "https://api.example.com/site-media/v1/items")
        XCTAssertEqual(try url("http://127.0.0.1:8080/a/b/", request), "http://127.0.0.1:8080/a/b/v1/items")
    }

    func testQueryIsAppendedAfterAnyQueryOnTheBaseURL() throws {
        var query = QueryItems()
        query.append("q", "a b")
        query.append("n", 1)
        let request = HTTPRequest(method: .get, path: "/search", query: query)
        XCTAssertEqual(try url("https://h.example/api/", request), "https://h.example/api/search?q=a%20b&n=1")
        XCTAssertEqual(
            try url("https://h.example/api?key=k", request), "https://h.example/api/search?key=k&q=a%20b&n=1")
        XCTAssertEqual(try url("https://h.example/api#frag", request), "https://h.example/api/search?q=a%20b&n=1")
        XCTAssertEqual(
            try url("https://h.example/api?key=k", HTTPRequest(method: .get, path: "/x")),
            "https://h.example/api/x?key=k")
    }

    func testPathWithoutLeadingSlashOrWithRawCharactersStillMakesAValidURL() throws {
        XCTAssertEqual(try url("https://h.example", HTTPRequest(method: .get, path: "v1")), "https://h.example/v1")
        XCTAssertEqual(
            try url("https://h.example", HTTPRequest(method: .get, path: "/a b/ü")), "https://h.example/a%20b/%C3%BC")
        XCTAssertEqual(
            try url("https://h.example", HTTPRequest(method: .get, path: "/a%2Fb")), "https://h.example/a%2Fb")
    }

    func testHeaderLookupIgnoresCase() {
        let request = HTTPRequest(
            method: .post, path: "/",
            headers: [HTTPHeader(name: "Content-Type", value: "application/json"), HTTPHeader(name: "X-A", value: "1")])
        XCTAssertEqual(request.headerValue(for: "content-type"), "application/json")
        XCTAssertEqual(request.headerValue(for: "CONTENT-TYPE"), "application/json")
        XCTAssertNil(request.headerValue(for: "Content-Length"))
        XCTAssertNil(request.headerValue(for: "X-AB"))

        let response = HTTPResponse(
            statusCode: 200,
            headers: [HTTPHeader(name: "set-cookie", value: "a"), HTTPHeader(name: "Set-Cookie", value: "b")])
        XCTAssertEqual(response.headerValue(for: "SET-COOKIE"), "a")
        XCTAssertEqual(response.headers.values(for: "Set-Cookie"), ["a", "b"])
    }

    func testURLRequestCarriesMethodHeadersBodyAndTimeout() throws {
        let body = Data(#"{"a":1}"#.utf8)
        let request = HTTPRequest(
            method: .patch, path: "/v1/items/42",
            headers: [
                HTTPHeader(name: "Content-Type", value: "application/json"),
                HTTPHeader(name: "Authorization", value: "k"),
            ],
            body: body)
        let base = try XCTUnwrap(URL(string: "https://h.example/api"))

        let urlRequest = try request.urlRequest(baseURL: base, timeout: 12)
        XCTAssertEqual(urlRequest.url?.absoluteString, "https://h.example/api/v1/items/42")
        XCTAssertEqual(urlRequest.httpMethod, "PATCH")
        XCTAssertEqual(urlRequest.value(forHTTPHeaderField: "content-type"), "application/json")
        XCTAssertEqual(urlRequest.value(forHTTPHeaderField: "Authorization"), "k")
        XCTAssertEqual(urlRequest.httpBody, body)
        XCTAssertEqual(urlRequest.timeoutInterval, 12)

        let defaultTimeout = URLRequest(url: base).timeoutInterval
        XCTAssertEqual(
            try HTTPRequest(method: .get, path: "/").urlRequest(baseURL: base, timeout: nil).timeoutInterval,
            defaultTimeout
        )
        XCTAssertNil(try HTTPRequest(method: .get, path: "/").urlRequest(baseURL: base, timeout: nil).httpBody)
    }

    func testMethodRawValues() {
        XCTAssertEqual(
            [HTTPMethod.get, .put, .post, .delete, .patch, .head, .options, .trace].map(\.rawValue),
            ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"])
    }

    func testAHeaderValueWithALineBreakOrNULIsRefusedByNameNotValue() throws {
        let base = try XCTUnwrap(URL(string: "https://h.example"))
        for value in ["secret\r\nX-Injected: 1", "secret\n", "secret\r", "sec\0ret"] {
            let request = HTTPRequest(
                method: .get, path: "/",
                headers: [HTTPHeader(name: "Accept", value: "*/*"), HTTPHeader(name: "X-Key", value: value)])

            XCTAssertThrowsError(try request.urlRequest(baseURL: base, timeout: nil)) { error in
                XCTAssertEqual(error as? RequestValidationError, .invalidHeaderValue(name: "X-Key"))
                XCTAssertFalse(String(describing: error).contains("secret"), String(describing: error))
                XCTAssertFalse(String(reflecting: error).contains("secret"), String(reflecting: error))
            }
        }
    }

    func testAHeaderNameWithALineBreakIsRefusedAndShownEscaped() throws {
        let request = HTTPRequest(method: .get, path: "/", headers: [HTTPHeader(name: "X-A\r\nX-B", value: "v")])

        XCTAssertThrowsError(
            try request.urlRequest(baseURL: try XCTUnwrap(URL(string: "https://h.example")), timeout: nil)
        ) {
            XCTAssertEqual($0 as? RequestValidationError, .invalidHeaderValue(name: #"X-A\r\nX-B"#))
        }
    }

    func testOrdinaryHeaderValuesPassValidation() throws {
        // Tabs, quotes and non-ASCII text are no line breaks; what the server makes of them is its business.
        for value in ["", "a\tb", #"form-data; name="file""#, "ünïcødé", "49dcb500-1081-47b0-b13b-368b9bed8fa9"] {
            XCTAssertNoThrow(try HTTPHeader(name: "X-Value", value: value).validate(), value)
        }
    }
}
