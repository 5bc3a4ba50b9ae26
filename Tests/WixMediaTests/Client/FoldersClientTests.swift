import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `client.folders` builds the right operation for each method and returns what the sender answers.
final class FoldersClientTests: XCTestCase {
    func testCreateFolderPutsTheFlattenedArgumentsInTheBody() async throws {
        let sender = RecordingSender(cannedBodies: ["createFolder": FolderExamples.createFolder])

        let response = try await FoldersClient(sender: sender).createFolder(
            displayName: "New Folder", parentFolderID: "25284aa06584441ea94338fdcfbaba12")

        let (operation, request) = try await sender.single(Operations.CreateFolder.self)
        XCTAssertEqual(
            operation,
            Operations.CreateFolder(
                body: CreateFolderRequest(displayName: "New Folder", parentFolderID: "25284aa06584441ea94338fdcfbaba12")
            ))
        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/folders",
            body: ["displayName": "New Folder", "parentFolderId": "25284aa06584441ea94338fdcfbaba12"])
        XCTAssertEqual(response.folder?.id, "d147e1ab3e8b4114ad93d13bb9e23540")
    }

    func testListFolders() async throws {
        let sender = RecordingSender(cannedBodies: ["listFolders": FolderExamples.listFolders])

        let page = try await FoldersClient(sender: sender).listFolders(
            parentFolderID: "25284aa06584441ea94338fdcfbaba12", sort: Sorting(fieldName: "displayName", order: .asc))

        let (_, request) = try await sender.single(Operations.ListFolders.self)
        assertGETRequest(
            request, path: "/site-media/v1/folders",
            query: queryItems([
                "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "sort.fieldName": "displayName",
                "sort.order": "ASC",
            ]))
        XCTAssertEqual(page.folders?.map(\.displayName), ["misc"])
    }

    func testGetFolder() async throws {
        let sender = RecordingSender(cannedBodies: ["getFolder": FolderExamples.createFolder])

        let response = try await FoldersClient(sender: sender).getFolder(folderID: wixMediaURLID)

        let (operation, request) = try await sender.single(Operations.GetFolder.self)
        XCTAssertEqual(operation.folderID, wixMediaURLID)
        XCTAssertEqual(request.path, "/site-media/v1/folders/" + encodedWixMediaURLID)
        XCTAssertEqual(response.folder?.state, .ok)
    }

    func testSearchFolders() async throws {
        let sender = RecordingSender()

        _ = try await FoldersClient(sender: sender).searchFolders(
            search: "summer", rootFolder: .trashRoot, paging: CursorPaging(limit: 20))

        let (_, request) = try await sender.single(Operations.SearchFolders.self)
        try assertJSON(request.body, equals: ["rootFolder": "TRASH_ROOT", "paging": ["limit": 20], "search": "summer"])
    }

    func testQueryFolders() async throws {
        let sender = RecordingSender()

        _ = try await FoldersClient(sender: sender).queryFolders(
            query: CursorQuery(filter: ["state": ["$eq": "DELETED"]], cursorPaging: CursorPaging(limit: 10)))

        let (_, request) = try await sender.single(Operations.QueryFolders.self)
        try assertJSON(
            request.body, equals: ["query": ["filter": ["state": ["$eq": "DELETED"]], "cursorPaging": ["limit": 10]]])
    }

    func testUpdateFolderSendsThePathIDAndTheBody() async throws {
        let sender = RecordingSender(cannedBodies: ["updateFolder": FolderExamples.updateFolder])
        let folder = Folder(id: "12vn4498977596aeebcf5c41eca01c0d99667ac9", displayName: "New Folder Name")

        let response = try await FoldersClient(sender: sender).updateFolder(
            folderID: "12vn4498977596aeebcf5c41eca01c0d99667ac9", folder: folder, fieldMask: [.displayName])

        let (_, request) = try await sender.single(Operations.UpdateFolder.self)
        try assertJSONRequest(
            request, method: .patch, path: "/site-media/v1/folders/12vn4498977596aeebcf5c41eca01c0d99667ac9",
            body: [
                "folder": ["id": "12vn4498977596aeebcf5c41eca01c0d99667ac9", "displayName": "New Folder Name"],
                "fieldMask": "displayName",
            ])
        XCTAssertEqual(response.folder?.updatedDate, utc(2022, 8, 30, 17, 9, 48))
    }

    func testGenerateFolderDownloadURL() async throws {
        let sender = RecordingSender(
            cannedBodies: [
                "generateFolderDownloadUrl":
                    #"{ "downloadUrl": "https://archive.wixmp.com/archive/wix/722c679976fd424bb5dd4a0077ae458d" }"#
            ])

        let response = try await FoldersClient(sender: sender).generateFolderDownloadURL(
            folderID: "25284aa06584441ea94338fdcfbaba12")

        let (_, request) = try await sender.single(Operations.GenerateFolderDownloadURL.self)
        XCTAssertEqual(request.path, "/site-media/v1/folders/25284aa06584441ea94338fdcfbaba12/generate-download-url")
        XCTAssertNil(request.body)
        XCTAssertEqual(response.downloadURL, "https://archive.wixmp.com/archive/wix/722c679976fd424bb5dd4a0077ae458d")
    }

    func testBulkDeleteFolders() async throws {
        let sender = RecordingSender()

        _ = try await FoldersClient(sender: sender).bulkDeleteFolders(folderIDs: ["25284aa06584441ea94338fdcfbaba12"])

        let (_, request) = try await sender.single(Operations.BulkDeleteFolders.self)
        try assertJSON(request.body, equals: ["folderIds": ["25284aa06584441ea94338fdcfbaba12"]])
    }

    func testBulkRestoreFoldersFromTrashBin() async throws {
        let sender = RecordingSender()

        _ = try await FoldersClient(sender: sender).bulkRestoreFoldersFromTrashBin(folderIDs: [
            "d147e1ab3e8b4114ad93d13bb9e23540"
        ])

        let (_, request) = try await sender.single(Operations.BulkRestoreFoldersFromTrashBin.self)
        try assertJSON(request.body, equals: ["folderIds": ["d147e1ab3e8b4114ad93d13bb9e23540"]])
    }

    func testListDeletedFolders() async throws {
        let sender = RecordingSender(cannedBodies: ["listDeletedFolders": FolderExamples.listFolders])

        let page = try await FoldersClient(sender: sender).listDeletedFolders(
            paging: CursorPaging(limit: 5, cursor: "x"))

        let (operation, _) = try await sender.single(Operations.ListDeletedFolders.self)
        XCTAssertEqual(operation, Operations.ListDeletedFolders(paging: CursorPaging(limit: 5, cursor: "x")))
        XCTAssertEqual(page.nextCursor?.hasNext, false)
    }

    func testTheLibraryClientExposesBothNamespacesOverItself() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(
            transport: .replying(status: 200, body: FolderExamples.createFolder, log: log))

        let response = try await client.folders.createFolder(displayName: "New Folder")

        XCTAssertEqual(response.folder?.displayName, "New Folder")
        let request = try await log.single()
        XCTAssertEqual(request.url?.absoluteString, "https://www.wixapis.com/site-media/v1/folders")
        XCTAssertTrue(client.files.sender is WixMediaClient)
    }
}
