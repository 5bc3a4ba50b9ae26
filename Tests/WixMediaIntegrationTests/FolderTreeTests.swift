import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// A folder tree built, listed, searched, changed, trashed and restored through the client.
final class FolderTreeTests: XCTestCase {
    func testListShowsOneLevelAndSearchShowsEveryLevel() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let photos = try await client.makeFolder("Photos")
            let year = try await client.makeFolder("2024", in: photos)
            let summer = try await client.makeFolder("Summer", in: year)
            let documents = try await client.makeFolder("Documents")

            let topLevel = try await client.folders.listFolders(sort: Sorting(fieldName: "displayName", order: .asc))
            let insidePhotos = try await client.folders.listFolders(parentFolderID: photos)
            let everywhere = try await client.folders.searchFolders()
            let bySearchTerm = try await client.folders.searchFolders(search: "SUM")
            let fetched = try await client.folders.getFolder(folderID: summer).folder

            XCTAssertEqual(topLevel.folders?.map(\.id), [documents, photos])
            XCTAssertEqual(insidePhotos.folders?.map(\.id), [year])
            XCTAssertEqual(Set(everywhere.folders?.map(\.id) ?? []), [photos, year, summer, documents])
            XCTAssertEqual(bySearchTerm.folders?.map(\.id), [summer])
            XCTAssertEqual(fetched?.parentFolderID, year)
            XCTAssertEqual(fetched?.state, .ok)
            XCTAssertEqual(harness.requests.count(for: "createFolder"), 4)
            XCTAssertEqual(harness.requests.total, 4 + 2 + 2 + 1)
        }
    }

    func testRenameAndMoveWithUpdateFolder() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let photos = try await client.makeFolder("Photos")
            let summer = try await client.makeFolder("Summer", in: photos)
            let archive = try await client.makeFolder("Archive")

            let renamed = try await client.folders.updateFolder(
                folderID: summer, folder: Folder(id: summer, displayName: "Summer 2024", parentFolderID: archive),
                fieldMask: [.displayName, .parentFolderID]
            ).folder

            XCTAssertEqual(renamed?.displayName, "Summer 2024")
            XCTAssertEqual(renamed?.parentFolderID, archive)
            let inArchive = try await client.folders.listFolders(parentFolderID: archive)
            let inPhotos = try await client.folders.listFolders(parentFolderID: photos)
            XCTAssertEqual(inArchive.folders?.map(\.displayName), ["Summer 2024"])
            XCTAssertEqual(inPhotos.folders, [])
        }
    }

    func testAFolderCannotMoveIntoItself() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let photos = try await client.makeFolder("Photos")
            let summer = try await client.makeFolder("Summer", in: photos)

            let error = await assertThrows(WixAPIError.self) {
                try await client.folders.updateFolder(
                    folderID: photos, folder: Folder(id: photos, parentFolderID: summer))
            }

            XCTAssertEqual(error?.statusCode, 400)
            XCTAssertEqual(error?.fieldViolations.map(\.field), ["folder.parentFolderId"])
            XCTAssertEqual(harness.simulator.store.folder(id: photos)?.parentFolderID, "media-root")
        }
    }

    func testTrashAndRestoreAFolderWithItsContents() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let photos = try await client.makeFolder("Photos")
            let summer = try await client.makeFolder("Summer", in: photos)
            let beach = try await client.importFile("beach.jpg", into: summer)

            _ = try await client.folders.bulkDeleteFolders(folderIDs: [photos])

            let live = try await client.folders.listFolders()
            let trashTop = try await client.folders.listDeletedFolders()
            let trashedFiles = try await client.files.searchFiles(rootFolder: .trashRoot)
            XCTAssertEqual(live.folders, [])
            XCTAssertEqual(trashTop.folders?.map(\.id), [photos], "the sub-folder stays inside its folder")
            XCTAssertEqual(trashTop.folders?.first?.parentFolderID, "trash-root")
            XCTAssertEqual(trashedFiles.files?.map(\.id), [beach.id])
            XCTAssertEqual(trashedFiles.files?.first?.state, .ok, "trashed files keep OK, as in Wix's samples")

            _ = try await client.folders.bulkRestoreFoldersFromTrashBin(folderIDs: [photos])

            let restored = try await client.folders.getFolder(folderID: photos).folder
            let file = try await client.files.getFileDescriptor(fileID: beach.id).file
            XCTAssertEqual(restored?.parentFolderID, "media-root")
            XCTAssertEqual(restored?.state, .ok)
            XCTAssertEqual(file?.parentFolderID, summer)
            XCTAssertEqual(file?.state, .ok)
            let emptyTrash = try await client.folders.listDeletedFolders()
            XCTAssertEqual(emptyTrash.folders, [])
        }
    }

    func testPermanentDeleteRemovesTheWholeSubtree() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let photos = try await client.makeFolder("Photos")
            let summer = try await client.makeFolder("Summer", in: photos)
            let beach = try await client.importFile("beach.jpg", into: summer)

            _ = try await client.folders.bulkDeleteFolders(folderIDs: [photos], permanent: true)

            let folder = await assertThrows(WixAPIError.self) {
                try await client.folders.getFolder(folderID: summer)
            }
            let file = await assertThrows(WixAPIError.self) {
                try await client.files.getFileDescriptor(fileID: beach.id)
            }
            XCTAssertEqual(folder?.statusCode, 404)
            XCTAssertEqual(file?.statusCode, 404)
            XCTAssertEqual(harness.simulator.store.folders, [])
            XCTAssertEqual(harness.simulator.store.files, [])
        }
    }

    func testRootFoldersCannotBeDeleted() async throws {
        try await withSimulator { harness in
            let error = await assertThrows(WixAPIError.self) {
                try await harness.client().folders.bulkDeleteFolders(folderIDs: ["media-root"])
            }

            XCTAssertEqual(error?.statusCode, 400)
            XCTAssertEqual(error?.code?.rawValue, "ROOT_FOLDER_NOT_ALLOWED")
        }
    }

    func testQueryFoldersFiltersAndPages() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            for name in ["Summer", "Spring", "Autumn", "Sunsets"] {
                _ = try await client.makeFolder(name)
            }
            let query = CursorQuery(
                filter: ["displayName": ["$startsWith": "s"]], sort: [Sorting(fieldName: "displayName")],
                cursorPaging: CursorPaging(limit: 2))

            let first = try await client.folders.queryFolders(query: query)
            var next = query
            next.cursorPaging?.cursor = first.pagingMetadata?.cursors?.next
            let second = try await client.folders.queryFolders(query: next)

            XCTAssertEqual(first.folders?.map(\.displayName), ["Spring", "Summer"])
            XCTAssertEqual(first.pagingMetadata?.count, 2)
            XCTAssertEqual(first.pagingMetadata?.hasNext, true)
            XCTAssertEqual(second.folders?.map(\.displayName), ["Sunsets"])
            XCTAssertEqual(second.pagingMetadata?.hasNext, false)
            XCTAssertEqual(second.pagingMetadata?.cursors?.next, "")
        }
    }
}
