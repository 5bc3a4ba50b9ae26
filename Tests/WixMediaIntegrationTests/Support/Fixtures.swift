import Foundation
import WixMedia
import XCTest

extension WixMediaClient {
    /// Imports `name` from a made-up URL into `folderID`; the extension decides the media type.
    func importFile(
        _ name: String, into folderID: String? = nil, labels: [String]? = nil, isPrivate: Bool? = nil
    ) async throws -> FileDescriptor {
        let file = try await files.importFile(
            url: "https://media.example.com/uploads/\(name)", parentFolderID: folderID, private: isPrivate,
            labels: labels
        ).file
        return try XCTUnwrap(file)
    }

    /// Imports `count` images named `prefix-0001.jpg`… into `folderID`, 100 per bulk request.
    func importImages(count: Int, named prefix: String = "photo", into folderID: String? = nil) async throws {
        for start in stride(from: 0, to: count, by: 100) {
            let requests = (start..<min(start + 100, count)).map { index in
                ImportFileRequest(
                    url: "https://media.example.com/\(prefix)-\(String(format: "%04d", index)).jpg",
                    parentFolderID: folderID)
            }
            let response = try await files.bulkImportFile(importFileRequests: requests, returnEntity: false)
            XCTAssertEqual(response.bulkActionMetadata?.totalSuccesses, Int32(requests.count))
        }
    }

    /// Reads a file until its import is processed, as Wix advises (facts §7.4), at most ten times.
    func waitUntilProcessed(_ fileID: String) async throws -> FileDescriptor {
        for _ in 0..<10 {
            let response = try await files.getFileDescriptor(fileID: fileID)
            let file = try XCTUnwrap(response.file)
            if file.operationStatus != .pending { return file }
        }
        throw TestFailure("file \(fileID) is still pending after ten reads")
    }

    /// A new folder's ID.
    func makeFolder(_ name: String, in parentID: String? = nil) async throws -> String {
        let folder = try await folders.createFolder(displayName: name, parentFolderID: parentID).folder
        return try XCTUnwrap(folder?.id)
    }
}
