import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// The trash bin as Wix's samples show it (facts §3.18, §4.10, §9): trashed files and folders keep `state: OK`;
/// what was trashed on its own sits under `trash-root`, and what was trashed with its folder stays inside it. The
/// trash listings therefore look up a place in the trash, not the folder an item came from.
final class TrashBinTests: XCTestCase {
    func testTrashedFilesAndFoldersKeepStateOKUnderTrashRoot() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let trips = try await client.makeFolder("Trips")
            let drafts = try await client.makeFolder("Drafts", in: trips)
            let file = try await client.importFile("beach.jpg", into: trips)

            _ = try await client.files.bulkDeleteFiles(fileIDs: [file.id])
            _ = try await client.folders.bulkDeleteFolders(folderIDs: [drafts])

            let trashedFile = try await client.files.getFileDescriptor(fileID: file.id).file
            let trashedFolder = try await client.folders.getFolder(folderID: drafts).folder
            XCTAssertEqual(trashedFile?.state, .ok)
            XCTAssertEqual(trashedFile?.parentFolderID, "trash-root")
            XCTAssertEqual(trashedFolder?.state, .ok)
            XCTAssertEqual(trashedFolder?.parentFolderID, "trash-root")
            let liveFiles = try await client.files.listFiles(parentFolderID: trips)
            let liveFolders = try await client.folders.listFolders(parentFolderID: trips)
            XCTAssertEqual(liveFiles.files, [])
            XCTAssertEqual(liveFolders.folders, [])
        }
    }

    func testRestoreReturnsItemsToTheFolderTheyWereTrashedFrom() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let trips = try await client.makeFolder("Trips")
            let drafts = try await client.makeFolder("Drafts", in: trips)
            let file = try await client.importFile("beach.jpg", into: trips)
            _ = try await client.files.bulkDeleteFiles(fileIDs: [file.id])
            _ = try await client.folders.bulkDeleteFolders(folderIDs: [drafts])

            _ = try await client.files.bulkRestoreFilesFromTrashBin(fileIDs: [file.id])
            _ = try await client.folders.bulkRestoreFoldersFromTrashBin(folderIDs: [drafts])

            let inTrips = try await client.files.listFiles(parentFolderID: trips)
            let foldersInTrips = try await client.folders.listFolders(parentFolderID: trips)
            XCTAssertEqual(inTrips.files?.map(\.id), [file.id])
            XCTAssertEqual(foldersInTrips.folders?.map(\.id), [drafts])
            XCTAssertEqual(foldersInTrips.folders?.first?.state, .ok)
        }
    }

    func testListDeletedFilesLooksInTheTrashNotInTheOriginalFolder() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let trips = try await client.makeFolder("Trips")
            let file = try await client.importFile("beach.jpg", into: trips)
            _ = try await client.files.bulkDeleteFiles(fileIDs: [file.id])

            let byOriginalFolder = try await client.files.listDeletedFiles(parentFolderID: trips)
            let byDefault = try await client.files.listDeletedFiles()
            let byTrashRoot = try await client.files.listDeletedFiles(parentFolderID: "trash-root")

            XCTAssertEqual(byOriginalFolder.files, [], "a live folder holds no trashed files")
            XCTAssertEqual(byDefault.files?.map(\.id), [file.id])
            XCTAssertEqual(byTrashRoot.files?.map(\.id), [file.id])
            XCTAssertEqual(byDefault.files?.first?.parentFolderID, "trash-root")
        }
    }

    func testATrashedFolderIsListedThroughAndKeepsItsContents() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let photos = try await client.makeFolder("Photos")
            let summer = try await client.makeFolder("Summer", in: photos)
            let cover = try await client.importFile("cover.jpg", into: photos)
            _ = try await client.folders.bulkDeleteFolders(folderIDs: [photos])

            let topFolders = try await client.folders.listDeletedFolders()
            let topFiles = try await client.files.listDeletedFiles()
            let insideFolders = try await client.folders.listDeletedFolders(parentFolderID: photos)
            let insideFiles = try await client.files.listDeletedFiles(parentFolderID: photos)
            let liveInside = try await client.files.listFiles(parentFolderID: photos)

            XCTAssertEqual(topFolders.folders?.map(\.id), [photos])
            XCTAssertEqual(topFiles.files, [], "the file went with its folder, not on its own")
            XCTAssertEqual(insideFolders.folders?.map(\.id), [summer])
            XCTAssertEqual(insideFolders.folders?.first?.parentFolderID, photos, "a real parent, as in Wix's sample")
            XCTAssertEqual(insideFiles.files?.map(\.id), [cover.id])
            XCTAssertEqual(insideFiles.files?.first?.state, .ok)
            XCTAssertEqual(liveInside.files, [])
        }
    }

    func testAFileInATrashedFolderCannotBeChanged() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let photos = try await client.makeFolder("Photos")
            let cover = try await client.importFile("cover.jpg", into: photos)
            _ = try await client.folders.bulkDeleteFolders(folderIDs: [photos])

            let error = await assertThrows(WixAPIError.self) {
                try await client.files.updateFileDescriptor(
                    file: FileDescriptor(id: cover.id, displayName: "Renamed.jpg"), fieldMask: [.displayName])
            }

            XCTAssertEqual(error?.statusCode, 400)
            XCTAssertEqual(error?.fieldViolations.map(\.field), ["file.id"])
        }
    }
}
