import Foundation
import WixMedia
import XCTest

/// Request builders of the `GET` file operations, whose inputs travel in the query.
final class FileListingRequestTests: XCTestCase {
    func testListFilesSendsEveryParameterInOrderWithDottedAndRepeatedNames() throws {
        let operation = Operations.ListFiles(
            parentFolderID: "25284aa06584441ea94338fdcfbaba12", mediaTypes: [.image, .video], private: true,
            sort: Sorting(fieldName: "sizeInBytes", order: .asc),
            paging: CursorPaging(limit: 50, cursor: "eyJvZmZzZXQiOjUwfQ=="))

        let request = try operation.makeRequest()

        assertGETRequest(
            request, path: "/site-media/v1/files",
            query: queryItems([
                "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "mediaTypes": "IMAGE", "mediaTypes": "VIDEO",
                "private": "true", "sort.fieldName": "sizeInBytes", "sort.order": "ASC", "paging.limit": "50",
                "paging.cursor": "eyJvZmZzZXQiOjUwfQ==",
            ]))
        XCTAssertEqual(
            request.query.percentEncoded,
            "parentFolderId=25284aa06584441ea94338fdcfbaba12&mediaTypes=IMAGE&mediaTypes=VIDEO&private=true"
                + "&sort.fieldName=sizeInBytes&sort.order=ASC&paging.limit=50&paging.cursor=eyJvZmZzZXQiOjUwfQ%3D%3D")
    }

    func testListFilesBuildsTheDocumentedExampleURL() throws {
        let operation = Operations.ListFiles(
            parentFolderID: "25284aa06584441ea94338fdcfbaba12", mediaTypes: [.image],
            sort: Sorting(fieldName: "updatedDate", order: .desc), paging: CursorPaging(limit: 2))

        let url = try operation.makeRequest().url(relativeTo: wixAPIBaseURL)

        XCTAssertEqual(
            url.absoluteString,
            "https://www.wixapis.com/site-media/v1/files?parentFolderId=25284aa06584441ea94338fdcfbaba12"
                + "&mediaTypes=IMAGE&sort.fieldName=updatedDate&sort.order=DESC&paging.limit=2")
    }

    func testListFilesWithoutParametersHasNoQuery() throws {
        let request = try Operations.ListFiles().makeRequest()

        assertGETRequest(request, path: "/site-media/v1/files", query: [])
        XCTAssertEqual(
            request.url(relativeTo: wixAPIBaseURL).absoluteString, "https://www.wixapis.com/site-media/v1/files")
    }

    func testListFilesLeavesOutUnsetMembersOfSortAndPaging() throws {
        let operation = Operations.ListFiles(
            private: false, sort: Sorting(order: .desc), paging: CursorPaging(cursor: "next/page+1"))

        let request = try operation.makeRequest()

        assertGETRequest(
            request, path: "/site-media/v1/files",
            query: queryItems(["private": "false", "sort.order": "DESC", "paging.cursor": "next/page+1"]))
        XCTAssertEqual(request.query.percentEncoded, "private=false&sort.order=DESC&paging.cursor=next%2Fpage%2B1")
    }

    func testListDeletedFiles() throws {
        let operation = Operations.ListDeletedFiles(
            parentFolderID: "media-root", mediaTypes: [.audio, .document, .unrecognized("HOLOGRAM")],
            sort: Sorting(fieldName: "displayName", order: .asc), paging: CursorPaging(limit: 100))

        let request = try operation.makeRequest()

        assertGETRequest(
            request, path: "/site-media/v1/trash-bin/files",
            query: queryItems([
                "parentFolderId": "media-root", "mediaTypes": "AUDIO", "mediaTypes": "DOCUMENT",
                "mediaTypes": "HOLOGRAM", "sort.fieldName": "displayName", "sort.order": "ASC", "paging.limit": "100",
            ]))
    }

    func testGetFileDescriptorSendsAWixMediaURLAsOneEncodedQueryValue() throws {
        let request = try Operations.GetFileDescriptor(fileID: wixMediaURLID).makeRequest()

        assertGETRequest(
            request, path: "/site-media/v1/files/get-file-by-id", query: queryItems(["fileId": wixMediaURLID]))
        XCTAssertEqual(request.query.percentEncoded, "fileId=" + encodedWixMediaURLID)

        let url = request.url(relativeTo: wixAPIBaseURL)
        XCTAssertEqual(url.path, "/site-media/v1/files/get-file-by-id")
        XCTAssertNil(url.fragment, "the # of the ID must not start a fragment")
        let components = try XCTUnwrap(URLComponents(url: url, resolvingAgainstBaseURL: false))
        XCTAssertEqual(components.queryItems, [URLQueryItem(name: "fileId", value: wixMediaURLID)])
    }

    func testGetFileDescriptorWithAPlainID() throws {
        let request = try Operations.GetFileDescriptor(fileID: "4acbb8_5646ee01a5524905af4f2e7c567cbbce").makeRequest()

        XCTAssertEqual(
            request.url(relativeTo: wixAPIBaseURL).absoluteString,
            "https://www.wixapis.com/site-media/v1/files/get-file-by-id?fileId=4acbb8_5646ee01a5524905af4f2e7c567cbbce")
    }
}
