import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// Update Folder takes the folder's ID from the path `/site-media/v1/folders/{folder.id}` (facts §4.6): Wix binds
/// it into `folder.id`, so the body may leave it out.
final class UpdateFolderPathTests: XCTestCase {
    func testABodyWithoutFolderIDUpdatesTheFolderInThePath() async throws {
        try await withSimulator { harness in
            let photos = try await harness.client().makeFolder("Photos")

            let response = try await harness.rawRequest(
                "PATCH", "/site-media/v1/folders/\(photos)",
                body: #"{ "folder": { "displayName": "Pictures" }, "fieldMask": "displayName" }"#)

            XCTAssertEqual(response.status, 200, String(decoding: response.body, as: UTF8.self))
            let folder = try JSONDecoder().decode(UpdateFolderResponse.self, from: response.body).folder
            XCTAssertEqual(folder?.id, photos)
            XCTAssertEqual(folder?.displayName, "Pictures")
            XCTAssertEqual(harness.simulator.store.folder(id: photos)?.displayName, "Pictures")
        }
    }

    func testAFolderIDInTheBodyMustMatchThePath() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let photos = try await client.makeFolder("Photos")
            let other = try await client.makeFolder("Other")

            let error = await assertThrows(WixAPIError.self) {
                try await client.folders.updateFolder(
                    folderID: photos, folder: Folder(id: other, displayName: "Pictures"), fieldMask: [.displayName])
            }

            XCTAssertEqual(error?.statusCode, 400)
            XCTAssertEqual(error?.fieldViolations.map(\.field), ["folder.id"])
            XCTAssertEqual(harness.simulator.store.folder(id: photos)?.displayName, "Photos")
        }
    }
}
