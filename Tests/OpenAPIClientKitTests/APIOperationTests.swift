import Foundation
import OpenAPIClientKit
import XCTest

private struct Thing: Decodable, Equatable, Sendable {
    var id: String?
    var size: Int64String?
}

private struct GetThing: APIOperation {
    typealias Response = Thing
    typealias ErrorCode = AnyErrorCode
    static let operationID = "getThing"
    static let isIdempotent = true
    var id: String

    func makeRequest() throws -> HTTPRequest {
        HTTPRequest(method: .get, path: "/things/" + PathEncoding.segment(id))
    }
}

private struct DeleteThing: APIOperation {
    typealias Response = EmptyResponse
    typealias ErrorCode = SampleUploadErrorCode
    static let operationID = "deleteThing"
    static let isIdempotent = true

    func makeRequest() throws -> HTTPRequest {
        HTTPRequest(method: .delete, path: "/things/1")
    }
}

private struct DownloadThing: APIOperation {
    typealias Response = Data
    typealias ErrorCode = AnyErrorCode
    static let operationID = "downloadThing"
    static let isIdempotent = true

    func makeRequest() throws -> HTTPRequest {
        HTTPRequest(method: .get, path: "/things/1/content")
    }
}

private struct DescribeThing: APIOperation {
    typealias Response = String
    typealias ErrorCode = AnyErrorCode
    static let operationID = "describeThing"
    static let isIdempotent = false

    func makeRequest() throws -> HTTPRequest {
        HTTPRequest(method: .post, path: "/things/1/describe")
    }
}

final class APIOperationTests: XCTestCase {
    func testHandWrittenOperationsStateNoEndpoint() {
        XCTAssertNil(GetThing.endpoint)
    }

    private let ok = HTTPResponse(statusCode: 200)

    /// Calls through the protocol, as a generic client does, so the witness chosen at conformance is tested.
    private func decode<Operation: APIOperation>(_ operation: Operation, _ body: Data) throws -> Operation.Response {
        try operation.decodeResponse(body, ok)
    }

    func testDecodableResponses() throws {
        let operation = GetThing(id: "a/b")
        XCTAssertEqual(
            try decode(operation, Data(#"{"id":"x","size":"12"}"#.utf8)), Thing(id: "x", size: Int64String(12)))
        XCTAssertEqual(try operation.decodeResponse(Data(#"{"id":"y"}"#.utf8), ok), Thing(id: "y"))
        XCTAssertEqual(try decode(operation, Data()), Thing())
        XCTAssertThrowsError(try decode(operation, Data("not json".utf8)))
        XCTAssertThrowsError(try decode(operation, Data(#"{"size":"1.5"}"#.utf8)))
        XCTAssertEqual(try operation.makeRequest().path, "/things/a%2Fb")
        XCTAssertEqual(GetThing.operationID, "getThing")
    }

    func testEmptyResponseIgnoresTheBody() throws {
        XCTAssertEqual(try decode(DeleteThing(), Data()), EmptyResponse())
        XCTAssertEqual(try decode(DeleteThing(), Data("<html>not json</html>".utf8)), EmptyResponse())
        XCTAssertEqual(try DeleteThing().decodeResponse(Data("{}".utf8), ok), EmptyResponse())
    }

    func testDataResponseIsTheBodyUnchanged() throws {
        let bytes = Data([0xFF, 0x00, 0xD8, 0x7B])
        XCTAssertEqual(try decode(DownloadThing(), bytes), bytes)
        XCTAssertEqual(try decode(DownloadThing(), Data()), Data())
        XCTAssertEqual(try DownloadThing().decodeResponse(Data("{}".utf8), ok), Data("{}".utf8))
    }

    func testStringResponseIsUTF8Text() throws {
        XCTAssertEqual(try decode(DescribeThing(), Data("héllo \"x\"".utf8)), "héllo \"x\"")
        XCTAssertEqual(try decode(DescribeThing(), Data()), "")
        XCTAssertThrowsError(try decode(DescribeThing(), Data([0x68, 0xFF, 0xFE]))) { error in
            guard case DecodingError.dataCorrupted = error else { return XCTFail("unexpected \(error)") }
        }
        XCTAssertFalse(DescribeThing.isIdempotent)
    }
}
