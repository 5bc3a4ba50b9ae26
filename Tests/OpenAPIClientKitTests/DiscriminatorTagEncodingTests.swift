import Foundation
import OpenAPIClientKit
import XCTest

/// Discriminated unions encoded by the generator's own output: `GeneratedDiscriminatorFixture` is the
/// `discriminator-tags` golden fixture's expected code, compiled into this target through a symbolic link. The union,
/// not the variant struct, decides the tag on the wire.
final class DiscriminatorTagEncodingTests: XCTestCase {
    private func json(_ value: some Encodable) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }

    private func decode<Value: Decodable>(_ type: Value.Type, _ value: some Encodable) throws -> Value {
        try JSONDecoder().decode(type, from: JSONEncoder().encode(value))
    }

    func testAWrongTagInTheVariantIsReplacedByTheCaseTag() throws {
        let body = NoteBody.textNote(TextNote(kind: "checklist", text: "milk"))
        XCTAssertEqual(try json(body), ["kind": "text", "text": "milk"])
        XCTAssertEqual(try decode(NoteBody.self, body), .textNote(TextNote(kind: "text", text: "milk")))
    }

    func testACorrectTagRoundTrips() throws {
        let body = NoteBody.textNote(TextNote(kind: "text", text: "milk"))
        XCTAssertEqual(try decode(NoteBody.self, body), body)
    }

    func testAVariantUnderSeveralTagsKeepsTheOneItHolds() throws {
        let body = NoteBody.checklistNote(ChecklistNote(kind: "todo", items: ["eggs"]))
        XCTAssertEqual(try json(body), ["kind": "todo", "items": ["eggs"]])
        XCTAssertEqual(try decode(NoteBody.self, body), body)
    }

    func testAVariantUnderSeveralTagsHoldingAnotherValueIsAnEncodingError() throws {
        let body = NoteBody.checklistNote(ChecklistNote(kind: "text"))
        XCTAssertThrowsError(try JSONEncoder().encode(body)) { error in
            guard case EncodingError.invalidValue(_, let context) = error else {
                return XCTFail("expected EncodingError.invalidValue, got \(error)")
            }
            XCTAssertTrue(context.debugDescription.contains(#""checklist", "todo""#), context.debugDescription)
        }
    }

    func testEachUnionWritesItsOwnPropertyForASharedVariant() throws {
        // FeedItem tells variants apart by `format`, which TextNote does not declare: the union adds it and leaves
        // `kind`, which means nothing to FeedItem, as the struct holds it.
        let item = FeedItem.textNote(TextNote(kind: "text", text: "hi"))
        XCTAssertEqual(try json(item), ["format": "plain", "kind": "text", "text": "hi"])
        XCTAssertEqual(try decode(FeedItem.self, item), item)
    }

    func testAnOptionalTagPropertyIsOverwritten() throws {
        let item = FeedItem.linkCard(LinkCard(url: "https://example.com", format: "plain"))
        XCTAssertEqual(try json(item), ["format": "LinkCard", "url": "https://example.com"])
        let untagged = FeedItem.linkCard(LinkCard(url: "u"))
        XCTAssertEqual(try decode(FeedItem.self, untagged), .linkCard(LinkCard(url: "u", format: "LinkCard")))
    }

    func testAVariantUnderOneTagNeedsNoTagArgument() throws {
        // TextNote is `kind: text` wherever a union reads its `kind`; ChecklistNote (two tags) still takes `kind`.
        XCTAssertEqual(TextNote(text: "milk").kind, "text")
        XCTAssertEqual(try json(NoteBody.textNote(TextNote(text: "milk"))), ["kind": "text", "text": "milk"])
    }

    func testTheVariantStandingAloneEncodesWhatItHolds() throws {
        XCTAssertEqual(try json(TextNote(kind: "checklist")), ["kind": "checklist"])
    }

    func testAnUnknownTagIsKeptAndWrittenBackUnchanged() throws {
        let unknown: JSONValue = ["kind": "drawing", "strokes": 3]
        let body = try decode(NoteBody.self, unknown)
        XCTAssertEqual(body, .unrecognized(unknown))
        XCTAssertEqual(try json(body), unknown)
    }
}
