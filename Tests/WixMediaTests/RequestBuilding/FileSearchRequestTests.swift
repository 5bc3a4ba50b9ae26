import Foundation
import WixMedia
import XCTest

/// Request builders of the `POST` operations that find files: Search, Query and Get File Descriptors.
final class FileSearchRequestTests: XCTestCase {
    func testSearchFilesSendsTheDocumentedExampleBody() throws {
        let operation = Operations.SearchFiles(
            body: SearchFilesRequest(
                search: "building", rootFolder: .mediaRoot, sort: Sorting(fieldName: "displayName", order: .desc)))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/search",
            body: [
                "search": "building", "rootFolder": "MEDIA_ROOT",
                "sort": ["fieldName": "displayName", "order": "DESC"],
            ])
    }

    func testSearchFilesSendsFiltersAndPagingAsNestedObjects() throws {
        let operation = Operations.SearchFiles(
            body: SearchFilesRequest(
                rootFolder: .visitorUploadsRoot, mediaTypes: [.image, .vector], private: false,
                paging: CursorPaging(limit: 100, cursor: "c2VhcmNoOjE=")))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/search",
            body: [
                "rootFolder": "VISITOR_UPLOADS_ROOT", "mediaTypes": ["IMAGE", "VECTOR"], "private": false,
                "paging": ["limit": 100, "cursor": "c2VhcmNoOjE="],
            ])
        XCTAssertEqual(request.query.items, [], "a POST body is never flattened into the query")
    }

    func testSearchFilesWithNoCriteriaSendsAnEmptyObject() throws {
        let request = try Operations.SearchFiles(body: SearchFilesRequest()).makeRequest()

        try assertJSONRequest(request, method: .post, path: "/site-media/v1/files/search", body: [:])
    }

    func testQueryFileDescriptorsSendsTheWixQueryShape() throws {
        let operation = Operations.QueryFileDescriptors(
            body: QueryFileDescriptorsRequest(
                query: CursorQuery(
                    filter: ["mediaType": ["$in": ["IMAGE", "VIDEO"]], "private": ["$eq": false]],
                    sort: [Sorting(fieldName: "displayName", order: .asc), Sorting(fieldName: "updatedDate")],
                    cursorPaging: CursorPaging(limit: 200))))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/query",
            body: [
                "query": [
                    "filter": ["mediaType": ["$in": ["IMAGE", "VIDEO"]], "private": ["$eq": false]],
                    "sort": [["fieldName": "displayName", "order": "ASC"], ["fieldName": "updatedDate"]],
                    "cursorPaging": ["limit": 200],
                ]
            ])
    }

    func testGetFileDescriptorsSendsFileIDsAsFileIds() throws {
        let operation = Operations.GetFileDescriptors(
            body: GetFileDescriptorsRequest(fileIDs: ["4acbb8_5646ee01a5524905af4f2e7c567cbbce", wixMediaURLID]))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/get-files",
            body: ["fileIds": ["4acbb8_5646ee01a5524905af4f2e7c567cbbce", wixMediaURLID]])
    }
}
