import Foundation
import WixMedia
import WixMediaTesting
import XCTest

/// Rename, move, relabel and update of files and folders, against the in-process simulator: each sends the
/// field mask computed from its arguments, and changes exactly those fields.
final class UpdateConvenienceTests: XCTestCase {
    func testRenameMoveAndRelabelAFile() async throws {
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()
        let archive = try simulator.store.addFolder(named: "Archive").id
        let fileID = try simulator.store.addFile(named: "a.jpg", contents: Data([1])).id
        _ = try await client.files.relabelFile(fileID, labels: ["keep"])

        let renamed = try await client.files.renameFile(fileID, to: "b.jpg")
        XCTAssertEqual(renamed.displayName, "b.jpg")
        XCTAssertEqual(renamed.parentFolderID, "media-root")
        XCTAssertEqual(renamed.labels, ["keep"], "a rename must leave the labels alone")

        let moved = try await client.files.moveFile(fileID, to: archive)
        XCTAssertEqual(moved.parentFolderID, archive)
        XCTAssertEqual(moved.displayName, "b.jpg")
        XCTAssertEqual(simulator.store.file(id: fileID)?.parentFolderID, archive)
    }

    func testUpdateFileChangesSeveralFieldsAtOnce() async throws {
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()
        let archive = try simulator.store.addFolder(named: "Archive").id
        let fileID = try simulator.store.addFile(named: "a.jpg", contents: Data([1])).id

        let file = try await client.files.updateFile(fileID, displayName: "c.jpg", parentFolderID: archive, labels: [])
        XCTAssertEqual(file.displayName, "c.jpg")
        XCTAssertEqual(file.parentFolderID, archive)
        XCTAssertEqual(simulator.store.file(id: fileID)?.labels ?? [], [])
    }

    func testAnUpdateNamingNothingIsRefusedBeforeSending() async throws {
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()
        do {
            _ = try await client.files.updateFile("any-id")
            XCTFail("expected an error")
        } catch WixMediaError.invalidRequest(let underlying) {
            XCTAssertEqual(underlying as? FieldMaskError, .empty)
        }
        do {
            _ = try await client.folders.updateFolder("any-id")
            XCTFail("expected an error")
        } catch WixMediaError.invalidRequest(let underlying) {
            XCTAssertEqual(underlying as? FieldMaskError, .empty)
        }
        XCTAssertEqual(simulator.requests.count(for: Operations.UpdateFileDescriptor.self), 0)
        XCTAssertEqual(simulator.requests.count(for: Operations.UpdateFolder.self), 0)
    }

    func testRenameAndMoveAFolder() async throws {
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()
        let trips = try simulator.store.addFolder(named: "Trips").id
        let summer = try simulator.store.addFolder(named: "Summer").id

        let renamed = try await client.folders.renameFolder(summer, to: "Summer 2026")
        XCTAssertEqual(renamed.displayName, "Summer 2026")
        XCTAssertEqual(renamed.parentFolderID, "media-root")

        let moved = try await client.folders.moveFolder(summer, to: trips)
        XCTAssertEqual(moved.parentFolderID, trips)
        XCTAssertEqual(moved.displayName, "Summer 2026", "a move must keep the name")

        let both = try await client.folders.updateFolder(summer, displayName: "S", parentFolderID: "media-root")
        XCTAssertEqual([both.displayName, both.parentFolderID], ["S", "media-root"])
    }
}

/// Single-entity responses: `entity()` returns the entity, and a success without it is a typed error.
final class SingleEntityResponseTests: XCTestCase {
    func testEntityReturnsTheCreatedFolder() async throws {
        let client = SimulatedMediaManager().makeClient()
        let folder = try await client.folders.createFolder(displayName: "Trips").entity()
        XCTAssertEqual(folder.displayName, "Trips")
    }

    func testAResponseWithoutItsEntityThrows() {
        XCTAssertThrowsError(try CreateFolderResponse().entity()) { error in
            let expected = MissingEntityError(responseType: "CreateFolderResponse", property: "folder")
            XCTAssertEqual(error as? MissingEntityError, expected)
        }
    }
}
