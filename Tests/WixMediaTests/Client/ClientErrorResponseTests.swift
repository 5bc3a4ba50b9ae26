import Foundation
import WixMedia
import XCTest

/// Non-2xx responses become `WixAPIError`, whatever their body; 2xx bodies that do not decode become
/// `WixMediaError.undecodableResponse`.
final class ClientErrorResponseTests: XCTestCase {
    private let requestIDHeader = HTTPHeader(name: "X-Wix-Request-Id", value: "1700000000.7471234567890123456")

    func testApplicationErrorKeepsCodeDescriptionDataRequestIDAndBody() async throws {
        let client = WixMediaClient.testing(
            transport: .replying(status: 400, headers: [requestIDHeader], body: ErrorExamples.applicationError))

        let error = await assertThrows(WixAPIError.self) {
            try await client.files.generateFileUploadURL(mimeType: "image/jpeg")
        }

        let apiError = try XCTUnwrap(error)
        XCTAssertEqual(apiError.statusCode, 400)
        XCTAssertEqual(apiError.code, AnyErrorCode(rawValue: "NO_FUNDS"))
        XCTAssertEqual(apiError.message, "Payment failed")
        XCTAssertEqual(apiError.codeDescription, "…")
        XCTAssertEqual(apiError.data, ["availableFunds": 75.22])
        XCTAssertEqual(apiError.fieldViolations, [])
        XCTAssertEqual(apiError.requestID, "1700000000.7471234567890123456", "the header name is case-insensitive")
        XCTAssertEqual(apiError.rawBody, Data(ErrorExamples.applicationError.utf8))
        XCTAssertEqual(
            apiError.description,
            "WixAPIError(HTTP 400; NO_FUNDS; Payment failed; request 1700000000.7471234567890123456)")
    }

    func testValidationErrorKeepsTheFieldViolations() async throws {
        let client = WixMediaClient.testing(transport: .replying(status: 400, body: ErrorExamples.validationError))

        let error = await assertThrows(WixAPIError.self) {
            try await client.files.updateFileDescriptor(file: FileDescriptor(id: "a~mv2.png"), fieldMask: [])
        }

        let apiError = try XCTUnwrap(error)
        XCTAssertNil(apiError.code)
        XCTAssertNil(apiError.requestID)
        XCTAssertEqual(apiError.message, "Invalid request message")
        XCTAssertEqual(
            apiError.fieldViolations,
            [
                FieldViolation(
                    field: "fieldMask", description: "must be an array", violatedRule: "…", ruleName: "…", data: [:])
            ])
    }

    func testValidationErrorWithANumericErrorCode() async throws {
        let client = WixMediaClient.testing(transport: .replying(status: 400, body: ErrorExamples.missingFieldMask))

        let error = await assertThrows(WixAPIError.self) {
            try await client.files.updateFileDescriptor(file: FileDescriptor(id: "a~mv2.png"), fieldMask: [])
        }

        let apiError = try XCTUnwrap(error)
        XCTAssertEqual(apiError.fieldViolations, [FieldViolation(field: "fieldMask", description: "must be an array")])
        XCTAssertEqual(
            apiError.description, "WixAPIError(HTTP 400; Invalid request message; fieldMask: must be an array)")
    }

    func testOneMemberOfAnUnexpectedTypeDoesNotLoseTheOthers() {
        let body = Data(
            #"{"message":"m","errorCode":"-100","details":{"applicationError":{"code":"X","description":"d"}}}"#.utf8)
        let error = WixAPIError(statusCode: 400, body: body, requestID: "r")
        XCTAssertEqual(error.code, AnyErrorCode(rawValue: "X"))
        XCTAssertEqual(error.message, "m")
        XCTAssertEqual(error.codeDescription, "d")
        XCTAssertEqual(error.rawBody, body)
    }

    func testHTMLServerErrorKeepsTheRawBody() async throws {
        let html = "<html><head><title>500 Internal Server Error</title></head><body>Oops</body></html>"
        let client = WixMediaClient.testing(transport: .replying(status: 500, headers: [requestIDHeader], body: html))

        let error = await assertThrows(WixAPIError.self) { try await client.folders.listFolders() }

        let apiError = try XCTUnwrap(error)
        XCTAssertEqual(apiError.statusCode, 500)
        XCTAssertNil(apiError.code)
        XCTAssertNil(apiError.message)
        XCTAssertNil(apiError.data)
        XCTAssertEqual(apiError.fieldViolations, [])
        XCTAssertEqual(apiError.requestID, "1700000000.7471234567890123456")
        XCTAssertEqual(String(decoding: apiError.rawBody, as: UTF8.self), html)
    }

    func testEmptyServiceUnavailableBody() async throws {
        let client = WixMediaClient.testing(transport: .replying(status: 503, body: ""))

        let error = await assertThrows(WixAPIError.self) { try await client.folders.listFolders() }

        XCTAssertEqual(error?.statusCode, 503)
        XCTAssertEqual(error?.rawBody, Data())
        XCTAssertEqual(error?.description, "WixAPIError(HTTP 503)")
    }

    func testNotFoundWithAnApplicationErrorCode() async throws {
        let body =
            #"{ "message": "Folder not found", "details": { "applicationError": { "code": "FOLDER_NOT_FOUND" } } }"#
        let client = WixMediaClient.testing(transport: .replying(status: 404, body: body))

        let error = await assertThrows(WixAPIError.self) {
            try await client.folders.getFolder(folderID: "missing")
        }

        XCTAssertEqual(error?.statusCode, 404)
        XCTAssertEqual(error?.code?.rawValue, "FOLDER_NOT_FOUND")
        XCTAssertNil(error?.codeDescription)
        XCTAssertNil(error?.data)
    }

    func testUndecodableSuccessBodyKeepsTheBody() async throws {
        let body = #"{ "file": { "displayName": "no id", "sizeInBytes": "12abc" } }"#
        let client = WixMediaClient.testing(transport: .replying(status: 200, body: body))

        let error = await assertThrows(WixMediaError.self) {
            try await client.files.getFileDescriptor(fileID: "4acbb8_5646ee01a5524905af4f2e7c567cbbce")
        }

        guard case .undecodableResponse(let status, let received, let underlying)? = error else {
            return XCTFail("expected undecodableResponse, got \(String(describing: error))")
        }
        XCTAssertEqual(status, 200)
        XCTAssertEqual(received, Data(body.utf8))
        XCTAssertTrue(underlying is DecodingError, "\(underlying)")
    }

    func testHTMLWithASuccessStatusIsUndecodable() async throws {
        let client = WixMediaClient.testing(transport: .replying(status: 200, body: "<html>maintenance</html>"))

        let error = await assertThrows(WixMediaError.self) { try await client.folders.listFolders() }

        guard case .undecodableResponse(200, let received, _)? = error else {
            return XCTFail("expected undecodableResponse, got \(String(describing: error))")
        }
        XCTAssertEqual(String(decoding: received, as: UTF8.self), "<html>maintenance</html>")
    }
}
