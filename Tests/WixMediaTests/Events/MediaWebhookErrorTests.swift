import Foundation
import WixMedia
import XCTest

/// Bodies that are not Media Manager webhooks fail with a ``MediaWebhookError`` that says which layer broke.
final class MediaWebhookErrorTests: XCTestCase {
    func testATokenWithoutThreePartsIsNotAJWT() {
        let error = failure(of: "eyJhbGciOiJSUzI1NiJ9.eyJkYXRhIjoie30ifQ")

        guard case .malformedJWT? = error else {
            return XCTFail("expected malformedJWT, got \(String(describing: error))")
        }
    }

    func testAJWTWhosePayloadIsNotJSON() {
        let token = [Data("{}".utf8), Data("not json".utf8), Data()].map(EventExamples.base64URL).joined(separator: ".")

        let error = failure(of: token)

        guard case .malformedJSON? = error else {
            return XCTFail("expected malformedJSON, got \(String(describing: error))")
        }
    }

    func testAnEnvelopeWhoseDataIsNotJSON() {
        let error = failure(of: #"{ "instanceId": "i-1", "eventType": "x", "data": "{ not json" }"#)

        guard case .malformedJSON? = error else {
            return XCTFail("expected malformedJSON, got \(String(describing: error))")
        }
    }

    func testJSONThatIsNoWebhook() {
        let error = failure(of: #"{ "hello": "world" }"#)

        guard case .unrecognizedBody? = error else {
            return XCTFail("expected unrecognizedBody, got \(String(describing: error))")
        }
    }

    func testDataNestedDeeperThanAnyWebhookIsRejected() {
        let error = failure(of: #"{ "data": { "data": { "data": { "data": \#(EventExamples.fileDeleted) } } } }"#)

        guard case .unrecognizedBody? = error else {
            return XCTFail("expected unrecognizedBody, got \(String(describing: error))")
        }
    }

    func testAnEventWithoutAnyTypeIsRejected() {
        let error = failure(of: #"{ "instanceId": "i-1", "data": "{ \"id\": \"e-1\", \"entityId\": \"f-1\" }" }"#)

        guard case .missingEventType? = error else {
            return XCTFail("expected missingEventType, got \(String(describing: error))")
        }
    }

    func testAnEventThatDoesNotHaveTheShapeOfItsType() {
        let domainEvent =
            #"{ "entityFqdn": "wix.media.site_media.v1.file_descriptor", "slug": "file_ready", "actionEvent": { "body": { "file": { "id": 42 } } } }"#

        let error = failure(of: domainEvent)

        guard case .invalidEvent(let eventType, let underlying)? = error else {
            return XCTFail("expected invalidEvent, got \(String(describing: error))")
        }
        XCTAssertEqual(eventType, "wix.media.site_media.v1.file_descriptor_file_ready")
        XCTAssertTrue(underlying is DecodingError)
    }

    private func failure(of body: String, file: StaticString = #filePath, line: UInt = #line) -> MediaWebhookError? {
        do {
            let webhook = try MediaWebhook(body: body)
            XCTFail("expected a MediaWebhookError, read \(webhook)", file: file, line: line)
            return nil
        } catch let error as MediaWebhookError {
            return error
        } catch {
            XCTFail("expected a MediaWebhookError, got \(error)", file: file, line: line)
            return nil
        }
    }
}
