import Foundation
import WixMedia
import XCTest

/// `MediaWebhook(body:)` peels the layers Wix wraps an event in — JWT, envelope, domain event — and picks the
/// event's type.
final class MediaWebhookTests: XCTestCase {
    private let fileReadyType = "wix.media.site_media.v1.file_descriptor_file_ready"

    func testAWebhookJWTIsReadThroughAllItsLayers() throws {
        let body = EventExamples.webhookJWT(
            envelope: EventExamples.envelope(eventType: fileReadyType, domainEvent: EventExamples.fileReady))

        let webhook = try MediaWebhook(body: Data(body.utf8))

        XCTAssertEqual(webhook.instanceID, EventExamples.instanceID)
        XCTAssertEqual(webhook.eventType, fileReadyType)
        XCTAssertEqual(webhook.identity?.identityType, .app)
        XCTAssertEqual(webhook.identity?.appID, "5e7b9f3a-0c1d-4e2f-8a9b-1c2d3e4f5a6b")
        guard case .fileReady(let event) = webhook.event else {
            return XCTFail("expected fileReady, got \(webhook.event)")
        }
        XCTAssertEqual(event.file?.displayName, "IMG-20230101-WA0060.jpg")
        XCTAssertEqual(event.externalInfo?.externalIDs, ["externalEntityId1"])
        XCTAssertEqual(webhook.event.metadata.id, "72b9f179-e3db-4a6c-b93z-53d05a0e5b76")
    }

    func testWhiteSpaceAroundTheTokenIsIgnored() throws {
        let body = EventExamples.webhookJWT(
            envelope: EventExamples.envelope(eventType: fileReadyType, domainEvent: EventExamples.fileReady))

        let webhook = try MediaWebhook(body: "\n " + body + "\r\n")

        XCTAssertEqual(webhook.eventType, fileReadyType)
    }

    func testTheEnvelopeIsAlsoReadAsPlainJSON() throws {
        let body = EventExamples.envelope(
            eventType: "wix.media.site_media.v1.folder_deleted", domainEvent: EventExamples.folderDeleted)

        let webhook = try MediaWebhook(body: body)

        XCTAssertEqual(webhook.instanceID, EventExamples.instanceID)
        guard case .folderDeleted(let event) = webhook.event else {
            return XCTFail("expected folderDeleted, got \(webhook.event)")
        }
        XCTAssertEqual(event.movedToTrash, false)
    }

    func testTheEnvelopesDataAndIdentityMayBeObjectsRatherThanStrings() throws {
        let body = #"""
            { "instanceId": "i-1", "eventType": "wix.media.site_media.v1.file_descriptor_file_failed",
              "identity": { "identityType": "MEMBER", "memberId": "m-1" },
              "data": \#(EventExamples.fileFailed) }
            """#

        let webhook = try MediaWebhook(body: body)

        XCTAssertEqual(webhook.identity?.memberID, "m-1")
        guard case .fileFailed(let event) = webhook.event else {
            return XCTFail("expected fileFailed, got \(webhook.event)")
        }
        XCTAssertEqual(event.metadata.entityID, "a9a72e_89d5…~mv2.jpg")
    }

    func testABareDomainEventTakesItsTypeFromEntityAndSlug() throws {
        let webhook = try MediaWebhook(body: EventExamples.fileDeleted)

        XCTAssertNil(webhook.instanceID)
        XCTAssertNil(webhook.identity)
        XCTAssertEqual(webhook.eventType, "wix.media.site_media.v1.file_descriptor_deleted")
        guard case .fileDescriptorDeleted(let event) = webhook.event else {
            return XCTFail("expected fileDescriptorDeleted, got \(webhook.event)")
        }
        XCTAssertEqual(event.movedToTrash, true)
    }

    func testAnEnvelopeWithoutEventTypeTakesItFromTheDomainEvent() throws {
        let body = EventExamples.envelope(eventType: nil, domainEvent: EventExamples.folderCreated)

        let webhook = try MediaWebhook(body: body)

        XCTAssertEqual(webhook.eventType, "wix.media.site_media.v1.folder_created")
    }

    func testEveryMediaEventTypeGetsItsCase() throws {
        let examples = [
            EventExamples.fileReady, EventExamples.fileFailed, EventExamples.fileUpdated, EventExamples.fileDeleted,
            EventExamples.folderCreated, EventExamples.folderUpdated, EventExamples.folderDeleted,
        ]

        let cases = try examples.map { try MediaWebhook(body: $0).event }.map { event -> String in
            switch event {
            case .fileReady: "fileReady"
            case .fileFailed: "fileFailed"
            case .fileDescriptorUpdated: "fileDescriptorUpdated"
            case .fileDescriptorDeleted: "fileDescriptorDeleted"
            case .folderCreated: "folderCreated"
            case .folderUpdated: "folderUpdated"
            case .folderDeleted: "folderDeleted"
            case .unrecognized: "unrecognized"
            }
        }

        XCTAssertEqual(
            cases,
            [
                "fileReady", "fileFailed", "fileDescriptorUpdated", "fileDescriptorDeleted", "folderCreated",
                "folderUpdated", "folderDeleted",
            ])
    }

    func testAnEventTypeThisLibraryDoesNotKnowIsKeptRaw() throws {
        let domainEvent =
            #"{ "id": "e-1", "entityFqdn": "wix.media.site_media.v1.file_descriptor", "slug": "file_moved", "entityId": "f-1", "actionEvent": { "body": { "to": "x" } } }"#

        let webhook = try MediaWebhook(body: domainEvent)

        guard case .unrecognized(let eventType, let metadata, let json) = webhook.event else {
            return XCTFail("expected unrecognized, got \(webhook.event)")
        }
        XCTAssertEqual(eventType, "wix.media.site_media.v1.file_descriptor_file_moved")
        XCTAssertEqual(metadata.entityID, "f-1")
        XCTAssertEqual(json["actionEvent"]?["body"]?["to"], "x")
    }

    func testAnIdentityThatDoesNotReadIsLeftOutRatherThanLosingTheEvent() throws {
        let body = #"{ "instanceId": "i-1", "identity": "not JSON", "data": \#(EventExamples.folderDeleted) }"#

        let webhook = try MediaWebhook(body: body)

        XCTAssertNil(webhook.identity)
        XCTAssertEqual(webhook.eventType, "wix.media.site_media.v1.folder_deleted")
    }
}
