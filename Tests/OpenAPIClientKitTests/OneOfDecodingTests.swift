import Foundation
import OpenAPIClientKit
import XCTest

/// `oneOf` without a discriminator, decoded by the generator's own output: `GeneratedOneOfFixture` is the
/// `oneof-exactly-one` golden fixture's expected code, compiled into this target through a symbolic link, so these
/// tests follow whatever the generator emits.
final class OneOfDecodingTests: XCTestCase {
    private let ambiguousMessage = "Message: ambiguous, the value matches Note, Memo equally; decoded as Note"

    private func decode<Value: Decodable>(
        _ type: Value.Type, _ json: String, policy: DecodingPolicy = .tolerant
    ) throws -> (Value, [DecodingProblem]) {
        let decoder = JSONDecoder()
        let problems = DecodingProblems(policy: policy)
        decoder.userInfo[.decodingProblems] = problems
        return (try decoder.decode(type, from: Data(json.utf8)), problems.problems)
    }

    private func json(_ value: some Encodable) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }

    private func json(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    // MARK: Exactly one variant

    func testTheVariantWhoseRequiredMembersArePresentIsChosen() throws {
        let (circle, problems) = try decode(Shape.self, #"{"radius": 2, "label": "sun"}"#)
        XCTAssertEqual(circle, .circle(Circle(radius: 2, label: "sun")))
        let (square, _) = try decode(Shape.self, #"{"side": 3}"#)
        XCTAssertEqual(square, .square(Square(side: 3)))
        XCTAssertEqual(problems, [])
    }

    func testAVariantThatIgnoresAMemberLosesToOneThatKeepsIt() throws {
        // `Note` decodes this too (plain Decodable ignores `author`), but would drop `author`.
        let (message, problems) = try decode(Message.self, #"{"text": "hi", "author": "ann"}"#)
        XCTAssertEqual(message, .memo(Memo(text: "hi", author: "ann")))
        XCTAssertEqual(problems, [])
    }

    func testPrimitivesFollowTheirJSONType() throws {
        XCTAssertEqual(try decode(Scalar.self, #""1""#).0, .string("1"))
        XCTAssertEqual(try decode(Scalar.self, "true").0, .bool(true))
        XCTAssertEqual(try decode(Scalar.self, "1.5").0, .number(1.5))
        // 1 is a number and an integer: the integer refines the number, so it is not ambiguous.
        let (integer, problems) = try decode(Scalar.self, "1")
        XCTAssertEqual(integer, .integer(1))
        XCTAssertEqual(problems, [])
    }

    func testADocumentedEnumValuePicksItsEnum() throws {
        XCTAssertEqual(try decode(Setting.self, #""RED""#).0, .color(.red))
        XCTAssertEqual(try decode(Setting.self, #""QUIET""#).0, .tone(.quiet))
        XCTAssertEqual(try decode(Setting.self, #""RED""#).1, [])
    }

    func testOnlyTheChosenVariantsProblemsAreRecorded() throws {
        // Both variants drop `text` (a number); Note also drops `author`, so Memo wins, and Note's attempt
        // leaves no problem behind.
        let (message, problems) = try decode(Message.self, #"{"text": 5, "author": "ann"}"#)
        XCTAssertEqual(message, .memo(Memo(author: "ann")))
        XCTAssertEqual(problems.map(\.path), ["$.text"])
    }

    func testUnionsNestedInVariantsAreDecidedAndReportedOnce() throws {
        let body = #"{"url": "u", "message": {"text": "a", "author": "b"}}"#
        let (photo, problems) = try decode(Artwork.self, body)
        XCTAssertEqual(photo, .photo(Photo(url: "u", message: .memo(Memo(text: "a", author: "b")))))
        XCTAssertEqual(problems, [])
        let (drawing, nested) = try decode(Artwork.self, #"{"shape": {"side": 1}, "message": {"text": "a"}}"#)
        XCTAssertEqual(drawing, .drawing(Drawing(shape: .square(Square(side: 1)), message: .note(Note(text: "a")))))
        XCTAssertEqual(nested.map(\.path), ["$.message"], "the ambiguous message, reported once")
    }

    // MARK: More than one

    func testEqualMatchesAreAmbiguousTheFirstIsKeptAndTheProblemRecorded() throws {
        let (message, problems) = try decode(Message.self, #"{"text": "hi"}"#)
        XCTAssertEqual(message, .note(Note(text: "hi")))
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.path, "$")
        XCTAssertEqual(problems.first?.expectedType, "Message")
        XCTAssertEqual(problems.first?.rawValue, ["text": "hi"])
        XCTAssertEqual(problems.first?.reason, ambiguousMessage)
        // Lossless either way: it encodes back to what came.
        XCTAssertEqual(try json(message), try json(#"{"text": "hi"}"#))
    }

    func testObjectsThatEachIgnoreAMemberAreAmbiguous() throws {
        let (shape, problems) = try decode(Shape.self, #"{"radius": 1, "side": 2}"#)
        XCTAssertEqual(shape, .circle(Circle(radius: 1)))
        XCTAssertEqual(
            problems.map(\.reason), ["Shape: ambiguous, the value matches Circle, Square equally; decoded as Circle"])
    }

    func testAnUndocumentedValueOfTwoOpenEnumsIsAmbiguous() throws {
        let (setting, problems) = try decode(Setting.self, #""GREEN""#)
        XCTAssertEqual(setting, .tone(.unrecognized("GREEN")))
        XCTAssertEqual(problems.count, 1)
    }

    func testAmbiguityFailsUnderTheStrictPolicy() {
        XCTAssertThrowsError(try decode(Message.self, #"{"text": "hi"}"#, policy: .strict)) { error in
            guard case DecodingError.dataCorrupted(let context) = error else {
                return XCTFail("expected dataCorrupted, got \(error)")
            }
            XCTAssertEqual(context.debugDescription, self.ambiguousMessage)
        }
    }

    // MARK: None

    func testAValueNoVariantMatchesIsKeptAsJSONAndEncodesBackUnchanged() throws {
        let body = #"{"triangle": {"sides": [3, 4, 5]}, "label": null}"#
        let (shape, problems) = try decode(Shape.self, body)
        XCTAssertEqual(shape, .unrecognized(try json(body)))
        XCTAssertEqual(try json(shape), try json(body))
        XCTAssertEqual(problems.map(\.reason), ["Shape: the value matches none of Circle, Square"])
        XCTAssertEqual(problems.first?.rawValue, try json(body))
    }

    func testANestedValueNoVariantMatchesKeepsItsPathAndTheRestDecodes() throws {
        let body = #"{"shape": [1, 2], "message": {"text": "a", "author": "b"}}"#
        let (drawing, problems) = try decode(Drawing.self, body)
        XCTAssertEqual(drawing.shape, .unrecognized([1, 2]))
        XCTAssertEqual(drawing.message, .memo(Memo(text: "a", author: "b")))
        XCTAssertEqual(problems.map(\.path), ["$.shape"])
    }

    func testNoMatchFailsUnderTheStrictPolicy() {
        XCTAssertThrowsError(try decode(Shape.self, #"{"triangle": 3}"#, policy: .strict)) { error in
            guard case DecodingError.dataCorrupted(let context) = error else {
                return XCTFail("expected dataCorrupted, got \(error)")
            }
            XCTAssertEqual(context.debugDescription, "Shape: the value matches none of Circle, Square")
        }
    }

    func testWithoutACollectorDecodingIsTolerantAndSilent() throws {
        let message = try JSONDecoder().decode(Message.self, from: Data(#"{"text": "hi"}"#.utf8))
        XCTAssertEqual(message, .note(Note(text: "hi")))
        let shape = try JSONDecoder().decode(Shape.self, from: Data("7".utf8))
        XCTAssertEqual(shape, .unrecognized(7))
    }
}

/// How many times `Expression`'s variants were tried.
private final class AttemptCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }
}

/// A recursive union written as the generator writes one, whose two variants both decode `operands`: without
/// remembering nested unions, each level would decode the level below twice (2^depth attempts).
private indirect enum Expression: Codable, Hashable {
    struct All: Codable, Hashable { var operands: [Expression]? }
    struct Some: Codable, Hashable {
        var operands: [Expression]?
        var negated: Bool?
        var named: [String: Expression]?
    }

    case all(All)
    case some(Some)
    case unrecognized(JSONValue)

    nonisolated(unsafe) static var attempts = AttemptCounter()

    init(from decoder: any Decoder) throws {
        self = try OneOfDecoding.decode(
            from: decoder,
            variants: [
                OneOfVariant("All") { container in
                    Expression.attempts.increment()
                    return .all(try container.decode(All.self))
                },
                OneOfVariant("Some") { container in
                    Expression.attempts.increment()
                    return .some(try container.decode(Some.self))
                },
            ],
            unrecognized: Self.unrecognized)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .all(let value): try container.encode(value)
        case .some(let value): try container.encode(value)
        case .unrecognized(let value): try container.encode(value)
        }
    }
}

final class RecursiveOneOfDecodingTests: XCTestCase {
    func testEachNestedUnionIsDecodedOnceWhateverTheDepth() throws {
        let depth = 16
        let json = String(repeating: #"{"operands": ["#, count: depth) + "{}" + String(repeating: "]}", count: depth)
        Expression.attempts = AttemptCounter()
        let problems = DecodingProblems()
        let decoder = JSONDecoder()
        decoder.userInfo[.decodingProblems] = problems
        let expression = try decoder.decode(Expression.self, from: Data(json.utf8))
        // Two variants per level: linear, where trying every variant afresh would take 2^17.
        XCTAssertEqual(Expression.attempts.value, 2 * (depth + 1))
        // Every level is ambiguous (All and Some keep the same members), reported once per level.
        XCTAssertEqual(problems.problems.count, depth + 1)
        guard case .all(let outer) = expression else { return XCTFail("expected .all, got \(expression)") }
        XCTAssertEqual(outer.operands?.count, 1)
    }

    func testAKeyThatSpellsAPathIsADifferentPlace() throws {
        // Joined into text, both inner expressions would be at `$.named.x.operands[0]`.
        let json = #"{"named": {"x": {"operands": [{"negated": true}]}, "x.operands[0]": {"operands": []}}}"#
        let expression = try JSONDecoder().decode(Expression.self, from: Data(json.utf8))
        guard case .some(let outer) = expression, let named = outer.named else {
            return XCTFail("expected Some with named, got \(expression)")
        }
        XCTAssertEqual(named["x"], .all(Expression.All(operands: [.some(Expression.Some(negated: true))])))
        XCTAssertEqual(named["x.operands[0]"], .all(Expression.All(operands: [])))
    }
}
