import Foundation
import WixMedia
import XCTest

/// Request builders of the folder operations that take a body or a query.
final class FolderRequestTests: XCTestCase {
    func testCreateFolderSendsTheDocumentedExampleBody() throws {
        let operation = Operations.CreateFolder(
            body: CreateFolderRequest(displayName: "New Folder", parentFolderID: "25284aa06584441ea94338fdcfbaba12"))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/folders",
            body: ["displayName": "New Folder", "parentFolderId": "25284aa06584441ea94338fdcfbaba12"])
    }

    func testCreateFolderAtTheTopLevelLeavesTheParentOut() throws {
        let request = try Operations.CreateFolder(body: CreateFolderRequest(displayName: "Summer")).makeRequest()

        try assertJSONRequest(request, method: .post, path: "/site-media/v1/folders", body: ["displayName": "Summer"])
    }

    func testListFolders() throws {
        let operation = Operations.ListFolders(
            parentFolderID: "25284aa06584441ea94338fdcfbaba12", sort: Sorting(fieldName: "displayName", order: .asc),
            paging: CursorPaging(limit: 20, cursor: "Zm9sZGVyczoy"))

        let request = try operation.makeRequest()

        assertGETRequest(
            request, path: "/site-media/v1/folders",
            query: queryItems([
                "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "sort.fieldName": "displayName",
                "sort.order": "ASC", "paging.limit": "20", "paging.cursor": "Zm9sZGVyczoy",
            ]))
    }

    func testListDeletedFolders() throws {
        let operation = Operations.ListDeletedFolders(
            sort: Sorting(fieldName: "updatedDate", order: .desc), paging: CursorPaging(limit: 0))

        let request = try operation.makeRequest()

        assertGETRequest(
            request, path: "/site-media/v1/trash-bin/folders",
            query: queryItems(["sort.fieldName": "updatedDate", "sort.order": "DESC", "paging.limit": "0"]))
        XCTAssertEqual(
            request.url(relativeTo: wixAPIBaseURL).absoluteString,
            "https://www.wixapis.com/site-media/v1/trash-bin/folders?sort.fieldName=updatedDate&sort.order=DESC"
                + "&paging.limit=0")
    }

    func testSearchFoldersSendsTheDocumentedExampleBody() throws {
        let operation = Operations.SearchFolders(
            body: SearchFoldersRequest(
                rootFolder: .trashRoot, sort: Sorting(fieldName: "displayName", order: .desc),
                paging: CursorPaging(limit: 20)))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/folders/search",
            body: [
                "rootFolder": "TRASH_ROOT", "sort": ["fieldName": "displayName", "order": "DESC"],
                "paging": ["limit": 20],
            ])
    }

    func testSearchFoldersByName() throws {
        let request = try Operations.SearchFolders(body: SearchFoldersRequest(search: "summer")).makeRequest()

        try assertJSONRequest(request, method: .post, path: "/site-media/v1/folders/search", body: ["search": "summer"])
    }

    func testQueryFolders() throws {
        let operation = Operations.QueryFolders(
            body: QueryFoldersRequest(
                query: CursorQuery(
                    filter: ["state": ["$eq": "OK"]], sort: [Sorting(fieldName: "updatedDate", order: .desc)],
                    cursorPaging: CursorPaging(limit: 100, cursor: "cXVlcnk6MQ=="))))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/folders/query",
            body: [
                "query": [
                    "filter": ["state": ["$eq": "OK"]], "sort": [["fieldName": "updatedDate", "order": "DESC"]],
                    "cursorPaging": ["limit": 100, "cursor": "cXVlcnk6MQ=="],
                ]
            ])
    }

    func testBulkDeleteFolders() throws {
        let operation = Operations.BulkDeleteFolders(
            body: BulkDeleteFoldersRequest(folderIDs: ["25284aa06584441ea94338fdcfbaba12"], permanent: false))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/bulk/folders/delete",
            body: ["folderIds": ["25284aa06584441ea94338fdcfbaba12"], "permanent": false])
    }

    func testBulkRestoreFoldersFromTrashBin() throws {
        let operation = Operations.BulkRestoreFoldersFromTrashBin(
            body: BulkRestoreFoldersFromTrashBinRequest(
                folderIDs: ["25284aa06584441ea94338fdcfbaba12", "d147e1ab3e8b4114ad93d13bb9e23540"]))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/bulk/trash-bin/folders/restore",
            body: ["folderIds": ["25284aa06584441ea94338fdcfbaba12", "d147e1ab3e8b4114ad93d13bb9e23540"]])
    }
}
