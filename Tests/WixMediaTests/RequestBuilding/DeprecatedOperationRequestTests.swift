import Foundation
import WixMedia
import XCTest

/// Request builders of the two deprecated operations. The test methods are deprecated themselves so that using
/// the deprecated API here does not warn.
final class DeprecatedOperationRequestTests: XCTestCase {
    @available(*, deprecated, message: "Tests the deprecated Bulk Import Files operation.")
    func testBulkImportFiles() throws {
        let operation = Operations.BulkImportFiles(
            body: BulkImportFilesRequest(importFileRequests: [
                ImportFileRequest(url: "https://www.site1.com/example.jpg", mediaType: .image, labels: ["hero"])
            ]))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/bulk/files/import",
            body: [
                "importFileRequests": [
                    ["url": "https://www.site1.com/example.jpg", "mediaType": "IMAGE", "labels": ["hero"]]
                ]
            ])
        XCTAssertEqual(Operations.BulkImportFiles.operationID, "bulkImportFiles")
        XCTAssertFalse(Operations.BulkImportFiles.isIdempotent)
    }

    @available(*, deprecated, message: "Tests the deprecated Update File operation.")
    func testUpdateFile() throws {
        let operation = Operations.UpdateFile(
            body: UpdateFileRequest(
                fileID: "4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3", displayName: "Feel Good Inc.mp3",
                parentFolderID: "25284aa06584441ea94338fdcfbaba12", labels: ["music", "gorillaz"]))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .patch, path: "/site-media/v1/files/update-file",
            body: [
                "fileId": "4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3", "displayName": "Feel Good Inc.mp3",
                "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "labels": ["music", "gorillaz"],
            ])
        XCTAssertEqual(Operations.UpdateFile.operationID, "updateFile")
        XCTAssertFalse(Operations.UpdateFile.isIdempotent)
    }
}
