import Foundation
import WixMedia
import XCTest

/// Responses of the folder operations.
final class FolderResponseDecodingTests: XCTestCase {
    private let newFolder = Folder(
        id: "d147e1ab3e8b4114ad93d13bb9e23540", displayName: "New Folder",
        parentFolderID: "25284aa06584441ea94338fdcfbaba12", createdDate: utc(2022, 8, 30, 16, 56, 29),
        updatedDate: utc(2022, 8, 30, 16, 56, 29), state: .ok)

    func testCreateFolder() throws {
        let response = try decodeResponse(of: Operations.CreateFolder.self, from: FolderExamples.createFolder)

        XCTAssertEqual(response.folder, newFolder)

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("folder", "parentFolderId"), "25284aa06584441ea94338fdcfbaba12")
        XCTAssertEqual(wire.string("folder", "createdDate"), "2022-08-30T16:56:29Z")
        XCTAssertEqual(wire.string("folder", "state"), "OK")
    }

    func testGetFolder() throws {
        let response = try decodeResponse(of: Operations.GetFolder.self, from: FolderExamples.createFolder)

        XCTAssertEqual(response.folder?.id, "d147e1ab3e8b4114ad93d13bb9e23540")
        XCTAssertEqual(response.folder?.updatedDate, utc(2022, 8, 30, 16, 56, 29))

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(
            wire.keys("folder"), ["id", "displayName", "parentFolderId", "createdDate", "updatedDate", "state"])
    }

    func testUpdateFolder() throws {
        let response = try decodeResponse(of: Operations.UpdateFolder.self, from: FolderExamples.updateFolder)

        XCTAssertEqual(
            response.folder,
            Folder(
                id: "12vn4498977596aeebcf5c41eca01c0d99667ac9", displayName: "New Folder Name",
                parentFolderID: "media-root", createdDate: utc(2022, 4, 17, 21, 48, 34),
                updatedDate: utc(2022, 8, 30, 17, 9, 48), state: .ok))

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("folder", "updatedDate"), "2022-08-30T17:09:48Z")
    }

    func testListFolders() throws {
        let response = try decodeResponse(of: Operations.ListFolders.self, from: FolderExamples.listFolders)

        let folder = try XCTUnwrap(response.folders?.first)
        XCTAssertEqual(folder.id, "d147e1ab3e8b4114ad93d13bb9e23540")
        XCTAssertEqual(folder.displayName, "misc")
        XCTAssertEqual(folder.parentFolderID, "25284aa06584441ea94338fdcfbaba12")
        XCTAssertEqual(folder.createdDate, utc(2022, 8, 30, 16, 56, 29))
        XCTAssertEqual(folder.state, .ok)
        XCTAssertEqual(response.nextCursor, PagingMetadataV2(cursors: Cursors(next: ""), hasNext: false))

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("folders", 0, "createdDate"), "2022-08-30T16:56:29Z")
        XCTAssertEqual(wire["nextCursor", "hasNext"] as? Bool, false)
    }

    func testListDeletedFolders() throws {
        let json = FolderExamples.listFolders.replacingOccurrences(
            of: #""state": "OK""#, with: #""state": "DELETED""#)

        let response = try decodeResponse(of: Operations.ListDeletedFolders.self, from: json)

        XCTAssertEqual(response.folders?.map(\.state), [.deleted])
        XCTAssertEqual(response.folders?.first?.displayName, "misc")
        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("folders", 0, "state"), "DELETED")
    }

    func testSearchFolders() throws {
        let json = #"""
            { "folders": [ { "id": "25284aa06584441ea94338fdcfbaba12", "displayName": "Summer 2024",
                             "parentFolderId": "media-root", "createdDate": "2024-06-01T08:00:00.000Z",
                             "updatedDate": "2024-06-02T09:30:15.250Z", "state": "OK" } ],
              "nextCursor": { "cursors": { "next": "Zm9sZGVyczoy" }, "hasNext": true } }
            """#

        let response = try decodeResponse(of: Operations.SearchFolders.self, from: json)

        XCTAssertEqual(response.folders?.first?.displayName, "Summer 2024")
        XCTAssertEqual(response.folders?.first?.updatedDate, utc(2024, 6, 2, 9, 30, 15, milliseconds: 250))
        XCTAssertEqual(response.nextCursor?.cursors?.next, "Zm9sZGVyczoy")

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.string("folders", 0, "updatedDate"), "2024-06-02T09:30:15.250Z")
        XCTAssertEqual(wire.string("folders", 0, "createdDate"), "2024-06-01T08:00:00Z")
    }

    func testQueryFolders() throws {
        let folder = try member("folder", of: FolderExamples.createFolder)
        let json = #"""
            { "folders": [ \#(folder) ],
              "pagingMetadata": { "count": 1, "cursors": { }, "hasNext": false } }
            """#

        let response = try decodeResponse(of: Operations.QueryFolders.self, from: json)

        XCTAssertEqual(response.folders, [newFolder])
        XCTAssertEqual(response.pagingMetadata, PagingMetadataV2(count: 1, cursors: Cursors(), hasNext: false))

        let wire = try assertRoundTrip(response)
        XCTAssertEqual(wire.keys("pagingMetadata", "cursors"), [])
        XCTAssertEqual(wire.string("folders", 0, "id"), "d147e1ab3e8b4114ad93d13bb9e23540")
    }
}
