import Foundation
import WixMedia
import XCTest

/// Each operation's `operationID` (from the schema, so `…Url` not `…URL`) and whether repeating it is safe.
final class OperationMetadataTests: XCTestCase {
    /// The 26 operations that are not deprecated; the two deprecated ones are in ``DeprecatedOperationRequestTests``.
    private let operations: [(type: any APIOperation.Type, operationID: String, isIdempotent: Bool)] = [
        (Operations.GenerateFileUploadURL.self, "generateFileUploadUrl", true),
        (Operations.GenerateFileResumableUploadURL.self, "generateFileResumableUploadUrl", true),
        (Operations.ImportFile.self, "importFile", false),
        (Operations.BulkImportFile.self, "bulkImportFile", false),
        (Operations.ListFiles.self, "listFiles", true),
        (Operations.SearchFiles.self, "searchFiles", true),
        (Operations.QueryFileDescriptors.self, "queryFileDescriptors", true),
        (Operations.GetFileDescriptor.self, "getFileDescriptor", true),
        (Operations.GetFileDescriptors.self, "getFileDescriptors", true),
        (Operations.UpdateFileDescriptor.self, "updateFileDescriptor", false),
        (Operations.GenerateFileDownloadURL.self, "generateFileDownloadUrl", true),
        (Operations.GenerateFilesDownloadURL.self, "generateFilesDownloadUrl", true),
        (Operations.GenerateVideoStreamingURL.self, "generateVideoStreamingUrl", true),
        (Operations.BulkDeleteFiles.self, "bulkDeleteFiles", false),
        (Operations.BulkRestoreFilesFromTrashBin.self, "bulkRestoreFilesFromTrashBin", false),
        (Operations.ListDeletedFiles.self, "listDeletedFiles", true),
        (Operations.CreateFolder.self, "createFolder", false),
        (Operations.GetFolder.self, "getFolder", true),
        (Operations.ListFolders.self, "listFolders", true),
        (Operations.SearchFolders.self, "searchFolders", true),
        (Operations.QueryFolders.self, "queryFolders", true),
        (Operations.UpdateFolder.self, "updateFolder", false),
        (Operations.GenerateFolderDownloadURL.self, "generateFolderDownloadUrl", true),
        (Operations.BulkDeleteFolders.self, "bulkDeleteFolders", false),
        (Operations.BulkRestoreFoldersFromTrashBin.self, "bulkRestoreFoldersFromTrashBin", false),
        (Operations.ListDeletedFolders.self, "listDeletedFolders", true),
    ]

    func testOperationIDs() {
        for operation in operations {
            XCTAssertEqual(operation.type.operationID, operation.operationID, "\(operation.type)")
        }
        XCTAssertEqual(Set(operations.map { $0.type.operationID }).count, operations.count, "IDs are unique")
    }

    func testIdempotency() {
        for operation in operations {
            XCTAssertEqual(operation.type.isIdempotent, operation.isIdempotent, "\(operation.type)")
        }
    }

    func testEveryGETIsIdempotent() throws {
        let gets: [any APIOperation] = [
            Operations.ListFiles(), Operations.ListDeletedFiles(), Operations.GetFileDescriptor(fileID: "f"),
            Operations.GetFolder(folderID: "d"), Operations.ListFolders(), Operations.ListDeletedFolders(),
        ]
        for operation in gets {
            XCTAssertEqual(try operation.makeRequest().method, .get, "\(type(of: operation))")
            XCTAssertTrue(type(of: operation).isIdempotent, "\(type(of: operation))")
        }
    }
}
