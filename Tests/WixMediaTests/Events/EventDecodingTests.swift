import Foundation
import WixMedia
import XCTest

/// Each event model reads its domain event: the metadata every event has, and the body in the member its kind
/// uses, as an object or as the JSON string of the `…AsJson` form.
final class EventDecodingTests: XCTestCase {
    func testFileReady() throws {
        let event = try decode(FileReadyEvent.self, from: EventExamples.fileReady)

        XCTAssertEqual(event.metadata.id, "72b9f179-e3db-4a6c-b93z-53d05a0e5b76")
        XCTAssertEqual(event.metadata.entityFQDN, "wix.media.site_media.v1.file_descriptor")
        XCTAssertEqual(event.metadata.slug, "file_ready")
        XCTAssertEqual(event.metadata.entityID, "033c14_581d63228a0346aaa42768dd15e74016~mv2.jpg")
        XCTAssertEqual(event.metadata.eventTime, utc(2023, 1, 5, 14, 12, 31, milliseconds: 863))
        XCTAssertEqual(event.metadata.triggeredByAnonymizeRequest, false)
        XCTAssertEqual(event.file?.id, "033c14_581d…~mv2.jpg")
        XCTAssertEqual(event.file?.operationStatus, .ready)
        XCTAssertEqual(event.file?.mediaType, .image)
        XCTAssertEqual(event.triggeredByUndelete, false)
        XCTAssertEqual(event.externalInfo, ExternalInfo(origin: "MyAppId", externalIDs: ["externalEntityId1"]))
    }

    func testABodySentAsAJSONStringReadsTheSameAsAnObject() throws {
        let object = try decode(FileReadyEvent.self, from: EventExamples.fileReady)
        let bodyJSON = try member("bodyAsJson", of: member("actionEvent", of: EventExamples.fileReady))
        let quoted = try jsonString(bodyJSON)
        let asString = #"{ "actionEvent": { "bodyAsJson": \#(quoted) } }"#

        let event = try decode(FileReadyEvent.self, from: asString)

        XCTAssertEqual(event.file, object.file)
        XCTAssertEqual(event.externalInfo, object.externalInfo)
        XCTAssertEqual(event.triggeredByUndelete, false)
    }

    func testTheBodyMemberWithoutAsJsonIsReadToo() throws {
        let json = #"{ "actionEvent": { "body": { "file": { "id": "f-1", "operationStatus": "READY" } } } }"#

        let event = try decode(FileReadyEvent.self, from: json)

        XCTAssertEqual(event.file?.id, "f-1")
    }

    func testFileFailed() throws {
        let event = try decode(FileFailedEvent.self, from: EventExamples.fileFailed)

        XCTAssertEqual(event.metadata.entityID, "a9a72e_89d5…~mv2.jpg")
        XCTAssertEqual(event.metadata.eventTime, utc(2023, 3, 12, 7, 42, 35, milliseconds: 79))
        XCTAssertEqual(event.externalInfo?.origin, "MyAppId")
    }

    func testFileDescriptorUpdatedFromTheStringForm() throws {
        let event = try decode(FileDescriptorUpdatedEvent.self, from: EventExamples.fileUpdated)

        XCTAssertEqual(event.file?.displayName, "renamed.jpg")
        XCTAssertEqual(event.file?.labels, ["summer"])
        XCTAssertEqual(event.file?.sizeInBytes, 15_359)
        XCTAssertEqual(event.metadata.entityEventSequence, 7)
    }

    func testFileDescriptorDeleted() throws {
        let event = try decode(FileDescriptorDeletedEvent.self, from: EventExamples.fileDeleted)

        XCTAssertEqual(event.movedToTrash, true)
        XCTAssertNil(event.file)
    }

    func testFolderCreatedWhenRestored() throws {
        let event = try decode(FolderCreatedEvent.self, from: EventExamples.folderCreated)

        XCTAssertEqual(event.folder?.id, "d147e1ab3e8b4114ad93d13bb9e23540")
        XCTAssertEqual(event.folder?.displayName, "misc")
        XCTAssertEqual(event.folder?.state, .ok)
        XCTAssertEqual(event.restoreInfo?.deletedDate, utc(2023, 2, 1, 10, 0, 0))
    }

    func testFolderUpdated() throws {
        let event = try decode(FolderUpdatedEvent.self, from: EventExamples.folderUpdated)

        XCTAssertEqual(event.folder?.displayName, "New Folder Name")
        XCTAssertEqual(event.metadata.slug, "updated")
    }

    func testFolderDeletedForGood() throws {
        let event = try decode(FolderDeletedEvent.self, from: EventExamples.folderDeleted)

        XCTAssertEqual(event.movedToTrash, false)
        XCTAssertEqual(event.metadata.entityID, "25284aa06584441ea94338fdcfbaba12")
    }

    func testAnEventWithoutItsBodyStillReadsItsMetadata() throws {
        let event = try decode(FolderUpdatedEvent.self, from: #"{ "id": "e-1", "entityEventSequence": 12 }"#)

        XCTAssertEqual(event.metadata.id, "e-1")
        XCTAssertEqual(event.metadata.entityEventSequence, 12, "a number is read as well as a string")
        XCTAssertNil(event.folder)
    }

    func testAStringThatHoldsNoJSONIsADecodingError() {
        assertDecodingError {
            try decode(FolderUpdatedEvent.self, from: #"{ "updatedEvent": { "currentEntityAsJson": "{ nope" } }"#)
        }
    }

    /// `text` as a JSON string literal, quotes and escapes included.
    private func jsonString(_ text: String) throws -> String {
        String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
    }
}
