import Foundation
import OpenAPIClientKit
import XCTest

/// A model written the way the generator writes one: optional properties through `decodeTolerantly`.
private struct Card: Decodable, Equatable {
    var id: String
    var title: String?
    var tags: [String]?
    var owner: Owner?

    enum CodingKeys: String, CodingKey {
        case id, title, tags, owner
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decodeTolerantly(String.self, forKey: .title, in: decoder)
        tags = try container.decodeTolerantly([String].self, forKey: .tags, in: decoder)
        owner = try container.decodeTolerantly(Owner.self, forKey: .owner, in: decoder)
    }
}

private struct Owner: Decodable, Equatable {
    var name: String
    var nick: String?

    enum CodingKeys: String, CodingKey {
        case name, nick
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        nick = try container.decodeTolerantly(String.self, forKey: .nick, in: decoder)
    }
}

private struct DecodeCard: APIOperation {
    typealias Response = Card
    typealias ErrorCode = AnyErrorCode
    static let operationID = "decodeCard"
    static let isIdempotent = true

    func makeRequest() throws -> HTTPRequest {
        HTTPRequest(method: .get, path: "/card")
    }
}

final class TolerantDecodingTests: XCTestCase {
    private func decode(_ json: String, policy: DecodingPolicy? = .tolerant) throws -> (Card, [DecodingProblem]) {
        let decoder = JSONDecoder()
        let problems = policy.map { DecodingProblems(policy: $0) }
        if let problems { decoder.userInfo[.decodingProblems] = problems }
        return (try decoder.decode(Card.self, from: Data(json.utf8)), problems?.problems ?? [])
    }

    func testAnOptionalPropertyOfAnotherShapeIsNilAndRecorded() throws {
        let (card, problems) = try decode(#"{ "id": "c", "title": 7, "tags": ["a"] }"#)

        XCTAssertEqual(card.title, nil)
        XCTAssertEqual(card.tags, ["a"])
        XCTAssertEqual(
            problems,
            [DecodingProblem(path: "$.title", expectedType: "String", rawValue: 7, reason: problems[0].reason)])
        XCTAssertEqual(problems.first?.description, "$.title: expected String, found 7")
    }

    func testAnElementOfAnotherShapeCostsTheArray() throws {
        let (card, problems) = try decode(#"{ "id": "c", "tags": ["a", { "b": 1 }] }"#)

        XCTAssertNil(card.tags)
        XCTAssertEqual(problems.map(\.path), ["$.tags"])
        XCTAssertEqual(problems.first?.rawValue, ["a", ["b": 1]])
    }

    func testANestedOptionalIsRecordedAtItsOwnPath() throws {
        let (card, problems) = try decode(#"{ "id": "c", "owner": { "name": "n", "nick": [] } }"#)

        XCTAssertEqual(card.owner?.name, "n")
        XCTAssertNil(card.owner?.nick)
        XCTAssertEqual(problems.map(\.path), ["$.owner.nick"])
    }

    func testARequiredMemberInsideAnOptionalOneFailsTheWhole() {
        XCTAssertThrowsError(try decode(#"{ "id": "c", "owner": { "nick": "x" } }"#)) { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(key.stringValue, "name")
        }
        XCTAssertThrowsError(try decode(#"{ "id": "c", "owner": { "name": 1 } }"#))
    }

    func testTheStrictPolicyFails() {
        XCTAssertThrowsError(try decode(#"{ "id": "c", "title": 7 }"#, policy: .strict)) { error in
            guard case DecodingError.typeMismatch = error else { return XCTFail("\(error)") }
        }
    }

    func testWithoutACollectorTheValueIsNilAndNothingIsRecorded() throws {
        let (card, _) = try decode(#"{ "id": "c", "title": 7 }"#, policy: nil)

        XCTAssertEqual(card.id, "c")
        XCTAssertNil(card.title)
    }

    func testDecodeResponseUsesTheTaskCollector() throws {
        let problems = DecodingProblems()
        let body = Data(#"{ "id": "c", "title": false }"#.utf8)

        let card = try DecodingProblems.$current.withValue(problems) {
            try DecodeCard().decodeResponse(body, HTTPResponse(statusCode: 200))
        }

        XCTAssertNil(card.title)
        XCTAssertEqual(problems.problems.map(\.path), ["$.title"])
        let strict = DecodingProblems(policy: .strict)
        XCTAssertThrowsError(
            try DecodingProblems.$current.withValue(strict) {
                try DecodeCard().decodeResponse(body, HTTPResponse(statusCode: 200))
            })
    }

    func testJSONPathsWriteIndicesInBrackets() throws {
        struct Index: CodingKey {
            var stringValue: String { "Index \(intValue!)" }
            var intValue: Int?
            init(_ value: Int) { intValue = value }
            init?(stringValue: String) { nil }
            init?(intValue: Int) { self.intValue = intValue }
        }
        let path: [any CodingKey] = [Card.CodingKeys.tags, Index(2), Owner.CodingKeys.name]
        XCTAssertEqual(DecodingProblem.jsonPath(path), "$.tags[2].name")
    }
}
