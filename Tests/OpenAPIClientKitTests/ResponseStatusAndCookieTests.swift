import Foundation
import OpenAPIClientKit
import XCTest

/// The runtime pieces of issue #12 §3: response enums decoded by status, JSON-encoded (`content`)
/// parameters and cookies.
final class ResponseStatusAndCookieTests: XCTestCase {
    struct Pet: Codable, Hashable, Sendable {
        var name: String
    }

    /// The shape the generator prints for several success statuses (the `responses` fixture's
    /// `Operations.UpsertPet`), so that its behaviour is checked here and not only its compiling.
    struct UpsertPet: APIOperation, Hashable {
        typealias ErrorCode = AnyErrorCode
        static let operationID = "upsertPet"
        static let isIdempotent = true

        func makeRequest() throws -> HTTPRequest {
            HTTPRequest(method: .put, path: "/pets")
        }

        enum Response: Sendable, Hashable {
            case ok(Pet)
            case created(Pet)
            case noContent
            case success(String)
        }

        func decodeResponse(_ body: Data, _ response: HTTPResponse) throws -> Response {
            switch response.statusCode {
            case 200:
                return .ok(try ResponseBodyDecoding.json(Pet.self, from: body))
            case 201:
                return .created(try ResponseBodyDecoding.json(Pet.self, from: body))
            case 204:
                return .noContent
            case 200...299:
                return .success(try ResponseBodyDecoding.text(body))
            default:
                throw UndocumentedStatusError(statusCode: response.statusCode)
            }
        }
    }

    func testEachStatusDecodesToItsCase() throws {
        let pet = Data(#"{"name":"Rex"}"#.utf8)
        let operation = UpsertPet()
        XCTAssertEqual(try operation.decodeResponse(pet, HTTPResponse(statusCode: 200)), .ok(Pet(name: "Rex")))
        XCTAssertEqual(try operation.decodeResponse(pet, HTTPResponse(statusCode: 201)), .created(Pet(name: "Rex")))
        XCTAssertEqual(try operation.decodeResponse(Data("hi".utf8), HTTPResponse(statusCode: 250)), .success("hi"))
    }

    /// A 204 is never decoded: an empty body, or even a stray one, gives `.noContent`.
    func testStatusWithoutBodyIsNotDecoded() throws {
        XCTAssertEqual(try UpsertPet().decodeResponse(Data(), HTTPResponse(statusCode: 204)), .noContent)
        XCTAssertEqual(try UpsertPet().decodeResponse(Data("junk".utf8), HTTPResponse(statusCode: 204)), .noContent)
    }

    func testUndocumentedStatusThrows() {
        XCTAssertThrowsError(try UpsertPet().decodeResponse(Data(), HTTPResponse(statusCode: 304))) { error in
            XCTAssertEqual(error as? UndocumentedStatusError, UndocumentedStatusError(statusCode: 304))
        }
    }

    struct GetProblem: APIOperation, Hashable {
        typealias Response = EmptyResponse
        typealias ErrorCode = AnyErrorCode
        typealias ErrorBody = Pet
        static let operationID = "getProblem"
        static let isIdempotent = true
        func makeRequest() throws -> HTTPRequest { HTTPRequest(method: .get, path: "/") }
    }

    /// A single documented error type decodes through the runtime's default; an empty or foreign body is
    /// nil, never an error that would hide the HTTP error; no documented error body is always nil.
    func testErrorBodies() {
        let response = HTTPResponse(statusCode: 404)
        XCTAssertEqual(GetProblem().decodeErrorBody(Data(#"{"name":"x"}"#.utf8), response), Pet(name: "x"))
        XCTAssertNil(GetProblem().decodeErrorBody(Data(), response))
        XCTAssertNil(GetProblem().decodeErrorBody(Data("<html>".utf8), response))
        XCTAssertNil(UpsertPet().decodeErrorBody(Data(#"{"name":"x"}"#.utf8), response))
    }

    func testTextRefusesInvalidUTF8() {
        XCTAssertThrowsError(try ResponseBodyDecoding.text(Data([0xFF, 0xFE])))
    }

    func testJSONTextOfAValue() throws {
        XCTAssertEqual(try JSONBody.text(["a/b"]), #"["a/b"]"#)
        var query = QueryItems()
        query.append("filter", try JSONBody.text(Pet(name: "R x")))
        XCTAssertEqual(query.percentEncoded, "filter=%7B%22name%22%3A%22R%20x%22%7D")
    }

    func testCookiesAreOneFieldOfEncodedPairs() {
        var cookies = CookieHeader()
        XCTAssertNil(cookies.field)
        cookies.append("session", "a b;c")
        cookies.append("prefs", #"{"x":1}"#)
        XCTAssertEqual(cookies.field, HTTPHeader(name: "Cookie", value: "session=a%20b%3Bc; prefs=%7B%22x%22%3A1%7D"))
    }
}
