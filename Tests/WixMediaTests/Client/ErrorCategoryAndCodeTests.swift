import Foundation
import WixMedia
import XCTest

/// Every operation throws the one `WixAPIError`: its `category` names the kind of failure by HTTP status,
/// and `code(as:)` reads the application code as any operation's generated enum, keeping unknown codes.
final class ErrorCategoryAndCodeTests: XCTestCase {
    func testEachStatusHasItsCategory() {
        let expected: [(Int, WixAPIError.Category)] = [
            (400, .badRequest), (401, .unauthenticated), (403, .permissionDenied), (404, .notFound),
            (410, .notFound), (409, .conflict), (412, .preconditionFailed), (428, .preconditionFailed),
            (429, .rateLimited), (500, .server), (503, .server), (599, .server), (405, .other), (413, .other),
            (302, .other), (600, .other),
        ]
        for (status, category) in expected {
            XCTAssertEqual(WixAPIError.Category(statusCode: status), category, "HTTP \(status)")
            XCTAssertEqual(WixAPIError(statusCode: status, body: Data(), requestID: nil).category, category)
        }
    }

    func testTheCodeReadsAsTheOperationsEnumAndKeepsUnknownCodes() {
        let notFound = WixAPIError(statusCode: 404, body: Self.body(code: "NOT_FOUND"), requestID: nil)
        XCTAssertEqual(notFound.code(as: Operations.GetFolder.ErrorCode.self), .notFound)
        XCTAssertEqual(notFound.code(as: AnyErrorCode.self), AnyErrorCode(rawValue: "NOT_FOUND"))

        let custom = WixAPIError(statusCode: 400, body: Self.body(code: "FILE_NOT_READY"), requestID: nil)
        XCTAssertEqual(
            custom.code(as: Operations.GenerateVideoStreamingURL.ErrorCode.self), .unrecognized("FILE_NOT_READY"))

        let empty = WixAPIError(statusCode: 503, body: Data(), requestID: nil)
        XCTAssertNil(empty.code(as: Operations.GetFolder.ErrorCode.self))
    }

    func testEveryOperationDeclaringAStatusListsItsStandardCode() {
        // The schema's shared error responses carry Wix's standard codes; an operation that declares 404 gets
        // `notFound`, one that does not declare it (listing files) does not.
        XCTAssertTrue(Operations.GetFileDescriptor.ErrorCode.knownCases.contains(.notFound))
        XCTAssertFalse(Operations.ListFiles.ErrorCode.knownCases.map(\.rawValue).contains("NOT_FOUND"))
        for code in [Operations.ListFiles.ErrorCode.unauthenticated, .permissionDenied, .resourceExhausted] {
            XCTAssertTrue(Operations.ListFiles.ErrorCode.knownCases.contains(code))
        }
    }

    func testOneCatchClauseCatchesTheErrorsOfOperationsWithDifferentCodeEnums() async {
        let client = WixMediaClient.testing(
            transport: .replying(status: 404, body: String(decoding: Self.body(code: "NOT_FOUND"), as: UTF8.self)))
        var caught: [WixAPIError.Category] = []
        let calls: [@Sendable () async throws -> Void] = [
            { _ = try await client.folders.getFolder(folderID: "f") },
            { _ = try await client.files.getFileDescriptor(fileID: "a~mv2.jpg") },
            { _ = try await client.files.generateFileUploadURL(mimeType: "image/jpeg") },
        ]
        for call in calls {
            do {
                try await call()
            } catch let error as WixAPIError {
                caught.append(error.category)
            } catch {
                XCTFail("not a WixAPIError: \(error)")
            }
        }
        XCTAssertEqual(caught, [.notFound, .notFound, .notFound])
    }

    private static func body(code: String) -> Data {
        Data(#"{"message":"m","details":{"applicationError":{"code":"\#(code)"}}}"#.utf8)
    }
}
