import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// 400s and 404s in Wix's shape, read into `WixAPIError`.
final class ValidationErrorTests: XCTestCase {
    func testMissingRequiredFieldNamesTheField() async throws {
        try await withSimulator { harness in
            let response = try await harness.rawRequest("POST", "/site-media/v1/folders", body: "{}")

            let error = WixAPIError(statusCode: response.status, body: response.body, requestID: nil)
            XCTAssertEqual(error.statusCode, 400)
            XCTAssertEqual(error.message, "Invalid request message")
            XCTAssertEqual(error.fieldViolations.map(\.field), ["displayName"])
            XCTAssertEqual(error.fieldViolations.first?.ruleName, "REQUIRED_FIELD")
        }
    }

    func testMissingRequiredQueryParameter() async throws {
        try await withSimulator { harness in
            let response = try await harness.rawRequest("GET", "/site-media/v1/files/get-file-by-id")

            let error = WixAPIError(statusCode: response.status, body: response.body, requestID: nil)
            XCTAssertEqual(error.statusCode, 400)
            XCTAssertEqual(error.fieldViolations.map(\.field), ["fileId"])
        }
    }

    func testBodyThatIsNotJSON() async throws {
        try await withSimulator { harness in
            let response = try await harness.rawRequest("POST", "/site-media/v1/files/search", body: "{not json")

            let error = WixAPIError(statusCode: response.status, body: response.body, requestID: nil)
            XCTAssertEqual(error.statusCode, 400)
            XCTAssertEqual(error.message, "Failed to parse request message")
        }
    }

    func testPageSizeOutOfRangeIsATypedValidationError() async throws {
        try await withSimulator { harness in
            let error = await assertThrows(WixAPIError.self) {
                try await harness.client().files.listFiles(paging: CursorPaging(limit: 101))
            }

            XCTAssertEqual(error?.statusCode, 400)
            XCTAssertEqual(error?.fieldViolations.map(\.field), ["paging.limit"])
        }
    }

    func testUnknownSortFieldAndOrder() async throws {
        try await withSimulator { harness in
            let client = harness.client()

            let field = await assertThrows(WixAPIError.self) {
                try await client.folders.listFolders(sort: Sorting(fieldName: "sizeInBytes"))
            }
            let order = await assertThrows(WixAPIError.self) {
                try await client.files.searchFiles(sort: Sorting(fieldName: "displayName", order: .unrecognized("UP")))
            }

            XCTAssertEqual(field?.fieldViolations.map(\.field), ["sort.fieldName"], "folders have no size")
            XCTAssertEqual(order?.fieldViolations.map(\.field), ["sort.order"])
        }
    }

    func testUnknownIDsAreNotFound() async throws {
        try await withSimulator { harness in
            let client = harness.client()

            let file = await assertThrows(WixAPIError.self) {
                try await client.files.getFileDescriptor(fileID: "5a1e7d_00000000000000000000000000000000~mv2.jpg")
            }
            let folder = await assertThrows(WixAPIError.self) {
                try await client.folders.getFolder(folderID: "0123456789abcdef0123456789abcdef")
            }
            let parent = await assertThrows(WixAPIError.self) {
                try await client.folders.createFolder(displayName: "Orphan", parentFolderID: "no-such-folder")
            }

            XCTAssertEqual(file?.statusCode, 404)
            XCTAssertEqual(file?.category, .notFound)
            XCTAssertEqual(file?.code(as: Operations.GetFileDescriptor.ErrorCode.self), .notFound)
            XCTAssertEqual(folder?.statusCode, 404)
            XCTAssertEqual(folder?.code(as: Operations.GetFolder.ErrorCode.self), .notFound)
            XCTAssertEqual(folder?.data?["kind"], "folder")
            XCTAssertEqual(folder?.data?["id"], "0123456789abcdef0123456789abcdef")
            XCTAssertEqual(parent?.statusCode, 404)
            XCTAssertEqual(harness.simulator.store.folders, [])
        }
    }

    func testUnknownPathIsNotFoundAndCountedAsUnmatched() async throws {
        try await withSimulator { harness in
            let response = try await harness.rawRequest("GET", "/site-media/v1/nothing-here")

            XCTAssertEqual(response.status, 404)
            XCTAssertEqual(harness.requests.count(for: RequestCounter.unmatched), 1)
        }
    }
}
