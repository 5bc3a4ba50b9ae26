import Foundation
import OpenAPIClientKit
import XCTest

final class PathEncodingTests: XCTestCase {
    func testWixMediaIDBecomesOneSegmentThatDecodesIntact() throws {
        let id = "wix:image://v1/a~b.jpg/leon jpg#x=1&y=2"
        let segment = PathEncoding.segment(id)
        XCTAssertEqual(segment, "wix%3Aimage%3A%2F%2Fv1%2Fa~b.jpg%2Fleon%20jpg%23x%3D1%26y%3D2")
        XCTAssertEqual(segment.removingPercentEncoding, id)

        let request = HTTPRequest(method: .get, path: "/v1/files/" + segment)
        let url = request.url(relativeTo: try XCTUnwrap(URL(string: "https://example.com/")))
        let components = try XCTUnwrap(URLComponents(url: url, resolvingAgainstBaseURL: false))
        let segments = components.percentEncodedPath.split(separator: "/", omittingEmptySubsequences: false)
        XCTAssertEqual(segments, ["", "v1", "files", Substring(segment)])
        XCTAssertNil(components.percentEncodedQuery)
        XCTAssertNil(components.fragment)
        XCTAssertEqual(segments.last.map(String.init)?.removingPercentEncoding, id)
    }

    func testRealWixIDRoundTrips() {
        let id = "wix:image://v1/0abec0_b29~mv2.jpg/leon.jpg#originWidth=3024&originHeight=4032"
        let segment = PathEncoding.segment(id)
        XCTAssertFalse(segment.contains("/"))
        XCTAssertFalse(segment.contains("#"))
        XCTAssertFalse(segment.contains("?"))
        XCTAssertEqual(segment.removingPercentEncoding, id)
    }

    func testOnlyUnreservedCharactersAreKept() {
        XCTAssertEqual(PathEncoding.segment("AZaz09-._~"), "AZaz09-._~")
        XCTAssertEqual(PathEncoding.segment("%2F"), "%252F")
        XCTAssertEqual(PathEncoding.segment("a+b;c,d@e"), "a%2Bb%3Bc%2Cd%40e")
        XCTAssertEqual(PathEncoding.segment("ü日"), "%C3%BC%E6%97%A5")
        XCTAssertEqual(PathEncoding.segment(""), "")
    }

    func testNonStringValues() {
        XCTAssertEqual(PathEncoding.segment(-12), "-12")
        XCTAssertEqual(PathEncoding.segment(true), "true")
        XCTAssertEqual(
            PathEncoding.segment(Date(timeIntervalSince1970: 1_661_096_349)), "2022-08-21T15%3A39%3A09Z")
    }

    func testSegmentsOfOnlyDotsAreEncodedSoThatNoURLLayerResolvesThem() throws {
        XCTAssertEqual(PathEncoding.segment("."), "%2E")
        XCTAssertEqual(PathEncoding.segment(".."), "%2E%2E")
        XCTAssertEqual(PathEncoding.segment("..."), "%2E%2E%2E")
        XCTAssertEqual(try PathEncoding.segment(encoding: ".."), "%2E%2E")
        XCTAssertEqual(try PathEncoding.segment("..", parameter: "id"), "%2E%2E")
        // Dots beside anything else are no dot segment, and stay readable.
        XCTAssertEqual(PathEncoding.segment("a..b"), "a..b")
        XCTAssertEqual(PathEncoding.segment(".hidden"), ".hidden")
        XCTAssertEqual(PathEncoding.segment("photo.jpg"), "photo.jpg")
        XCTAssertEqual(PathEncoding.segment("..").removingPercentEncoding, "..")
    }

    func testADotSegmentKeepsItsPlaceInTheURL() throws {
        let base = try XCTUnwrap(URL(string: "https://example.com/api/"))
        for (id, segment) in [("..", "%2E%2E"), (".", "%2E")] {
            let request = HTTPRequest(method: .delete, path: "/orgs/o/users/" + PathEncoding.segment(id))
            let url = request.url(relativeTo: base)

            XCTAssertEqual(url.absoluteString, "https://example.com/api/orgs/o/users/" + segment)
            XCTAssertEqual(url.standardized.absoluteString, url.absoluteString, "standardizing must not resolve it")
            let components = try XCTUnwrap(URLComponents(url: url, resolvingAgainstBaseURL: true))
            XCTAssertEqual(components.percentEncodedPath, "/api/orgs/o/users/" + segment)
        }
    }

    func testAnEmptyPathParameterIsRefusedByName() {
        XCTAssertThrowsError(try PathEncoding.segment("", parameter: "folderId")) { error in
            XCTAssertEqual(error as? RequestValidationError, .emptyPathParameter(name: "folderId"))
        }
        XCTAssertThrowsError(try PathEncoding.segment(encoding: [String](), parameter: "ids")) { error in
            XCTAssertEqual(error as? RequestValidationError, .emptyPathParameter(name: "ids"))
        }
        XCTAssertEqual(try PathEncoding.segment(encoding: ["a", "b"], parameter: "ids"), "a%2Cb")
        XCTAssertEqual(try PathEncoding.segment(0, parameter: "n"), "0")
        XCTAssertEqual(
            String(describing: RequestValidationError.emptyPathParameter(name: "folderId")),
            "RequestValidationError.emptyPathParameter(folderId)")
    }
}
