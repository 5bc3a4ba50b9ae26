import Foundation
import WixMedia
import XCTest

/// Responses of the bulk operations: the two imports and the four empty delete/restore responses.
final class BulkResponseDecodingTests: XCTestCase {
    func testBulkImportFileDecodesTheExampleInRESTForm() throws {
        let response = try decodeResponse(of: Operations.BulkImportFile.self, from: FileExamples.bulkImport)

        XCTAssertEqual(
            response.bulkActionMetadata, BulkActionMetadata(totalSuccesses: 3, totalFailures: 0, undetailedFailures: 0))
        let result = try XCTUnwrap(response.results?.first)
        XCTAssertEqual(
            result.itemMetadata,
            ItemMetadata(id: "a8a52b_f8c86723942347488316f1ab35119411~mv2.jpg", originalIndex: 0, success: true))
        let file = try XCTUnwrap(result.item)
        XCTAssertEqual(file.id, "a8a52b_f8c86723942347488316f1ab35119411~mv2.jpg")
        XCTAssertEqual(file.sizeInBytes, Int64(-1), "a pending import reports -1")
        XCTAssertEqual(file.operationStatus, .pending)
        XCTAssertEqual(file.siteID, "49dcb500-1081-47b0-b13b-368b9bed8fa9")
        XCTAssertEqual(
            file.addedBy, IdentityInfo(identityType: .member, identityID: "a8a52bb9-bac0-4bba-a55c-0611b5cdaa16"))
        XCTAssertEqual(file.sourceURL, "https://www.site1.com/example.jpg")
        XCTAssertEqual(file.createdDate, utc(2023, 12, 26, 10, 22, 31))

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("results", 0, "item", "sizeInBytes"), "-1")
        XCTAssertEqual(wire.string("results", 0, "item", "createdDate"), "2023-12-26T10:22:31Z")
        XCTAssertEqual(
            wire.string("results", 0, "item", "addedBy", "identityId"), "a8a52bb9-bac0-4bba-a55c-0611b5cdaa16")
        XCTAssertEqual(wire.string("results", 0, "item", "siteId"), "49dcb500-1081-47b0-b13b-368b9bed8fa9")
    }

    func testBulkImportFileRejectsTheSDKFormWhichHasNoID() {
        let error = assertDecodingError {
            try decodeResponse(of: Operations.BulkImportFile.self, from: FileExamples.bulkImportSDKForm)
        }

        guard case .keyNotFound(let key, _)? = error else {
            return XCTFail("expected keyNotFound, got \(String(describing: error))")
        }
        XCTAssertEqual(key.stringValue, "id")
    }

    func testBulkImportFileDecodesAFailedItem() throws {
        let json = #"""
            { "results": [
                { "itemMetadata": { "id": null, "originalIndex": 1, "success": false,
                    "error": { "code": "UNSUPPORTED_MEDIA_TYPE", "description": "The file type is not supported",
                               "data": { "url": "https://www.site1.com/example.exe", "attempts": 1 } } } } ],
              "bulkActionMetadata": { "totalSuccesses": 0, "totalFailures": 1, "undetailedFailures": 0 } }
            """#

        let response = try decodeResponse(of: Operations.BulkImportFile.self, from: json)

        let metadata = try XCTUnwrap(response.results?.first?.itemMetadata)
        XCTAssertNil(metadata.id)
        XCTAssertEqual(metadata.originalIndex, 1)
        XCTAssertEqual(metadata.success, false)
        XCTAssertEqual(metadata.error?.code, "UNSUPPORTED_MEDIA_TYPE")
        XCTAssertEqual(metadata.error?.description, "The file type is not supported")
        XCTAssertEqual(metadata.error?.data, ["url": "https://www.site1.com/example.exe", "attempts": 1])
        XCTAssertNil(response.results?.first?.item)
        XCTAssertEqual(response.bulkActionMetadata?.totalFailures, 1)

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire["results", 0, "itemMetadata", "error", "data", "attempts"] as? Int, 1)
    }

    @available(*, deprecated, message: "Tests the deprecated Bulk Import Files operation.")
    func testDeprecatedBulkImportFilesDecodesTheFiles() throws {
        let file = try member("file", of: FileExamples.importFile)
        let json = #"{ "files": [ \#(file) ] }"#

        let response = try decodeResponse(of: Operations.BulkImportFiles.self, from: json)

        let imported = try XCTUnwrap(response.files?.first)
        XCTAssertEqual(imported.id, "4acbb8_f968336b3fea4cbebc056d5c41f9944d~mv2.png")
        XCTAssertEqual(imported.operationStatus, .pending)
        XCTAssertEqual(imported.sizeInBytes, 7108)

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("files", 0, "sizeInBytes"), "7108")
        XCTAssertEqual(wire.string("files", 0, "createdDate"), "2022-08-31T18:20:37Z")
    }

    func testBulkDeleteAndRestoreDecodeTheEmptyObject() throws {
        XCTAssertEqual(
            try decodeResponse(of: Operations.BulkDeleteFiles.self, from: "{}"), BulkDeleteFilesResponse())
        XCTAssertEqual(
            try decodeResponse(of: Operations.BulkDeleteFolders.self, from: "{}"), BulkDeleteFoldersResponse())
        XCTAssertEqual(
            try decodeResponse(of: Operations.BulkRestoreFilesFromTrashBin.self, from: "{}"),
            BulkRestoreFilesFromTrashBinResponse())
        XCTAssertEqual(
            try decodeResponse(of: Operations.BulkRestoreFoldersFromTrashBin.self, from: "{}"),
            BulkRestoreFoldersFromTrashBinResponse())
    }

    func testEmptyResponsesRoundTripAsAnEmptyObject() throws {
        XCTAssertEqual(try assertRoundTrip(BulkDeleteFilesResponse()).keys(), [])
        XCTAssertEqual(try assertRoundTrip(BulkDeleteFoldersResponse()).keys(), [])
        XCTAssertEqual(try assertRoundTrip(BulkRestoreFilesFromTrashBinResponse()).keys(), [])
        XCTAssertEqual(try assertRoundTrip(BulkRestoreFoldersFromTrashBinResponse()).keys(), [])
    }

    func testEmptyResponsesIgnoreMembersTheyDoNotKnow() throws {
        let json = #"{ "bulkActionMetadata": { "totalSuccesses": 2 }, "results": [] }"#

        XCTAssertEqual(try decodeResponse(of: Operations.BulkDeleteFiles.self, from: json), BulkDeleteFilesResponse())
        XCTAssertEqual(
            try decodeResponse(of: Operations.BulkRestoreFoldersFromTrashBin.self, from: json),
            BulkRestoreFoldersFromTrashBinResponse())
    }
}
