import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// The simulator answers every operation of the schema, and the client reaches each one exactly once.
final class OperationCoverageTests: XCTestCase {
    @available(*, deprecated, message: "Calls the deprecated operations too.")
    func testEveryOperationOnce() async throws {
        try await withSimulator(WixMediaSimulator.Configuration(pendingReadsPerImport: 0)) { harness in
            let client = harness.client()
            let files = client.files
            let folders = client.folders

            let folder = try await client.makeFolder("All")
            let moved = try await client.makeFolder("Moved")
            _ = try await folders.getFolder(folderID: folder)
            _ = try await folders.listFolders()
            _ = try await folders.searchFolders(search: "All")
            _ = try await folders.queryFolders(query: CursorQuery(filter: ["displayName": "All"]))
            _ = try await folders.updateFolder(folderID: moved, folder: Folder(id: moved, parentFolderID: folder))
            _ = try await folders.generateFolderDownloadURL(folderID: folder)

            _ = try await files.generateFileUploadURL(mimeType: "image/png", fileName: "a.png")
            _ = try await files.generateFileResumableUploadURL(mimeType: "video/mp4", uploadProtocol: .tus)
            let imported = try await files.importFile(url: "https://media.example.com/v.mp4")
            _ = try await files.bulkImportFile(importFileRequests: [ImportFileRequest(url: "https://e.com/b.jpg")])
            let deprecated = try await files.bulkImportFiles(importFileRequests: [
                ImportFileRequest(url: "https://e.com/c.jpg")
            ])
            let video = try XCTUnwrap(imported.file)
            let old = try XCTUnwrap(deprecated.files?.first)
            _ = try await files.listFiles()
            _ = try await files.searchFiles()
            _ = try await files.queryFileDescriptors(query: CursorQuery(filter: ["mediaType": "VIDEO"]))
            _ = try await files.getFileDescriptor(fileID: video.id)
            _ = try await files.getFileDescriptors(fileIDs: [video.id])
            _ = try await files.updateFileDescriptor(
                file: FileDescriptor(id: video.id, displayName: "v2.mp4"), fieldMask: [.displayName])
            _ = try await files.updateFile(fileID: old.id, labels: ["old"])
            _ = try await files.generateFileDownloadURL(fileID: video.id)
            _ = try await files.generateFilesDownloadURL(fileIDs: [video.id, old.id])
            _ = try await files.generateVideoStreamingURL(fileID: video.id, format: .hls)
            _ = try await files.bulkDeleteFiles(fileIDs: [old.id])
            _ = try await files.listDeletedFiles()
            _ = try await files.bulkRestoreFilesFromTrashBin(fileIDs: [old.id])
            _ = try await folders.bulkDeleteFolders(folderIDs: [moved])
            _ = try await folders.listDeletedFolders()
            _ = try await folders.bulkRestoreFoldersFromTrashBin(folderIDs: [moved])

            var expected = Dictionary(uniqueKeysWithValues: Self.operationIDs.map { ($0, 1) })
            expected[Operations.CreateFolder.operationID] = 2
            XCTAssertEqual(harness.requests.byOperation, expected)
            XCTAssertEqual(expected.count, 28)
        }
    }

    /// Every operation of the generated bindings, which come from the schema.
    @available(*, deprecated, message: "Lists the deprecated operations too.")
    private static let operationIDs = [
        Operations.GenerateFileUploadURL.operationID, Operations.GenerateFileResumableUploadURL.operationID,
        Operations.ImportFile.operationID, Operations.BulkImportFile.operationID,
        Operations.BulkImportFiles.operationID,
        Operations.ListFiles.operationID, Operations.SearchFiles.operationID,
        Operations.QueryFileDescriptors.operationID, Operations.GetFileDescriptor.operationID,
        Operations.GetFileDescriptors.operationID, Operations.UpdateFileDescriptor.operationID,
        Operations.UpdateFile.operationID, Operations.GenerateFileDownloadURL.operationID,
        Operations.GenerateFilesDownloadURL.operationID, Operations.GenerateVideoStreamingURL.operationID,
        Operations.BulkDeleteFiles.operationID, Operations.BulkRestoreFilesFromTrashBin.operationID,
        Operations.ListDeletedFiles.operationID, Operations.CreateFolder.operationID,
        Operations.ListFolders.operationID,
        Operations.GetFolder.operationID, Operations.SearchFolders.operationID, Operations.QueryFolders.operationID,
        Operations.UpdateFolder.operationID, Operations.GenerateFolderDownloadURL.operationID,
        Operations.BulkDeleteFolders.operationID, Operations.BulkRestoreFoldersFromTrashBin.operationID,
        Operations.ListDeletedFolders.operationID,
    ]
}
