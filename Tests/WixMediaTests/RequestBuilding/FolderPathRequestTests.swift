import Foundation
import WixMedia
import XCTest

/// Request builders of the folder operations that put the folder ID in the path: each ID must become exactly one
/// percent-encoded path segment, whatever it contains.
final class FolderPathRequestTests: XCTestCase {
    func testGetFolder() throws {
        let request = try Operations.GetFolder(folderID: "25284aa06584441ea94338fdcfbaba12").makeRequest()

        assertGETRequest(request, path: "/site-media/v1/folders/25284aa06584441ea94338fdcfbaba12", query: [])
    }

    func testGetFolderEncodesTheIDAsOneSegment() throws {
        let request = try Operations.GetFolder(folderID: wixMediaURLID).makeRequest()

        assertGETRequest(request, path: "/site-media/v1/folders/" + encodedWixMediaURLID, query: [])
        let url = request.url(relativeTo: wixAPIBaseURL)
        XCTAssertEqual(url.absoluteString, "https://www.wixapis.com/site-media/v1/folders/" + encodedWixMediaURLID)
        XCTAssertEqual(url.pathComponents, ["/", "site-media", "v1", "folders", wixMediaURLID])
        XCTAssertNil(url.query)
        XCTAssertNil(url.fragment)
    }

    func testUpdateFolder() throws {
        let operation = Operations.UpdateFolder(
            folderID: "12vn4498977596aeebcf5c41eca01c0d99667ac9",
            body: UpdateFolderRequest(
                folder: Folder(
                    id: "12vn4498977596aeebcf5c41eca01c0d99667ac9", displayName: "New Folder Name",
                    parentFolderID: "media-root"),
                fieldMask: [.displayName, .parentFolderID]))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .patch, path: "/site-media/v1/folders/12vn4498977596aeebcf5c41eca01c0d99667ac9",
            body: [
                "folder": [
                    "id": "12vn4498977596aeebcf5c41eca01c0d99667ac9", "displayName": "New Folder Name",
                    "parentFolderId": "media-root",
                ],
                "fieldMask": "displayName,parentFolderId",
            ])
    }

    func testUpdateFolderEncodesThePathIDButNotTheBodyID() throws {
        let operation = Operations.UpdateFolder(
            folderID: wixMediaURLID,
            body: UpdateFolderRequest(folder: Folder(id: wixMediaURLID, displayName: "Renamed")))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .patch, path: "/site-media/v1/folders/" + encodedWixMediaURLID,
            body: ["folder": ["id": wixMediaURLID, "displayName": "Renamed"]])
        XCTAssertEqual(
            request.url(relativeTo: wixAPIBaseURL).pathComponents, ["/", "site-media", "v1", "folders", wixMediaURLID])
    }

    func testGenerateFolderDownloadURLHasNoBody() throws {
        let request = try Operations.GenerateFolderDownloadURL(folderID: "25284aa06584441ea94338fdcfbaba12")
            .makeRequest()

        XCTAssertEqual(request.method, .post)
        XCTAssertEqual(request.path, "/site-media/v1/folders/25284aa06584441ea94338fdcfbaba12/generate-download-url")
        XCTAssertEqual(request.query.items, [])
        XCTAssertEqual(request.headers, ExpectedHeaders.accept, "no Content-Type without a body")
        XCTAssertNil(request.body)
    }

    func testGenerateFolderDownloadURLEncodesTheIDAsOneSegmentInTheMiddle() throws {
        let request = try Operations.GenerateFolderDownloadURL(folderID: wixMediaURLID).makeRequest()

        XCTAssertEqual(request.path, "/site-media/v1/folders/" + encodedWixMediaURLID + "/generate-download-url")
        let url = request.url(relativeTo: wixAPIBaseURL)
        XCTAssertEqual(
            url.pathComponents, ["/", "site-media", "v1", "folders", wixMediaURLID, "generate-download-url"])
        XCTAssertNil(url.query)
        XCTAssertNil(url.fragment)
    }

    func testPathIDsWithSpacesAndNonASCIIAreEncodedAsUTF8() throws {
        let request = try Operations.GetFolder(folderID: "Été 2024/α β").makeRequest()

        XCTAssertEqual(request.path, "/site-media/v1/folders/%C3%89t%C3%A9%202024%2F%CE%B1%20%CE%B2")
        XCTAssertEqual(
            request.url(relativeTo: wixAPIBaseURL).pathComponents, ["/", "site-media", "v1", "folders", "Été 2024/α β"])
    }
}
