import Foundation
import WixMedia
import XCTest

/// Every response sample of the facts document, and every variant of it in which one member has a value of
/// another JSON type: an optional member costs only itself (nil, recorded as a problem), a required one fails the
/// decoding, and the strict policy fails on both.
///
/// Whether a member is optional is found without the generator's help: a member the model accepts to be absent
/// is optional. A required member inside an optional one costs the nearest optional member around it.
final class WrongTypeVariantTests: XCTestCase {
    func testEverySampleDecodesWithoutProblems() throws {
        for sample in ResponseSample.all.map(\.restForm) {
            let outcome = try Outcome(sample, JSONValue.parse(sample.json), policy: .strict)
            guard case .decoded = outcome else {
                return XCTFail("\(sample.name) (\(sample.source)) did not decode: \(outcome)")
            }
        }
    }

    func testTheSDKFormOfAnItemLacksTheRequiredIDAndFailsTheResponse() throws {
        let sample = try XCTUnwrap(ResponseSample.all.first { $0.name == "bulkImportFile" })

        let outcome = try Outcome(sample, JSONValue.parse(sample.json), policy: .tolerant)

        guard case .failed(DecodingError.keyNotFound(let key, _)) = outcome else {
            return XCTFail("expected the missing id, got \(outcome)")
        }
        XCTAssertEqual(key.stringValue, "id")
    }

    func testEachMemberOfAnotherTypeCostsItselfWhenOptionalAndFailsTheResponseWhenRequired() throws {
        var checked = (optional: 0, required: 0, acceptedAsIs: 0)
        for sample in ResponseSample.all.map(\.restForm) {
            let original = try JSONValue.parse(sample.json)
            for path in original.memberPaths() where original[path] != .null {
                let variant = original.replacing(path, with: Self.otherType(than: original[path]!))
                let tolerant = try Outcome(sample, variant, policy: .tolerant)
                let label = "\(sample.name) \(JSONValue.describe(path))"
                // An element of another type costs the collection that holds it.
                let owner = Array(path.reversed().drop { if case .index = $0 { true } else { false } }.reversed())
                guard case .decoded = try Outcome(sample, original.removing(owner), policy: .strict) else {
                    // A required member: the response fails, unless the model takes any JSON there.
                    switch tolerant {
                    case .failed(let error):
                        XCTAssertTrue(error is DecodingError, "\(label): \(error)")
                        checked.required += 1
                    case .decoded(_, let problems):
                        XCTAssertEqual(problems, [], label)
                        checked.acceptedAsIs += 1
                    }
                    continue
                }
                guard case .decoded(let kept, let problems) = tolerant else {
                    XCTFail("\(label): the variant failed instead of costing \(JSONValue.describe(owner))")
                    continue
                }
                if problems.isEmpty {
                    checked.acceptedAsIs += 1  // a union or free-form member that takes the other type too
                    continue
                }
                XCTAssertEqual(problems.map(\.path), [JSONValue.describe(owner)], label)
                XCTAssertEqual(problems.first?.rawValue, variant[owner], "\(label): the raw value is recorded")
                XCTAssertFalse(problems.first?.expectedType.isEmpty ?? true, label)
                XCTAssertNil(kept[owner], "\(label): the member decoded as nil")
                if case .decoded(let withoutOwner, _) = try Outcome(sample, original.removing(owner), policy: .strict) {
                    XCTAssertEqual(kept, withoutOwner, "\(label): the rest decoded as if the member were absent")
                }
                if case .decoded = try Outcome(sample, variant, policy: .strict) {
                    XCTFail("\(label): the strict policy accepted it")
                }
                checked.optional += 1
            }
        }
        // Enough variants of each kind ran for the test to mean something.
        XCTAssertGreaterThan(checked.optional, 100, "\(checked)")
        XCTAssertGreaterThan(checked.required, 5, "\(checked)")
        XCTAssertLessThan(checked.acceptedAsIs, 10, "\(checked)")
    }

    /// A value of a JSON type other than `value`'s.
    static func otherType(than value: JSONValue) -> JSONValue {
        switch value {
        case .object, .number, .bool: .string("unexpected")
        case .string, .array, .null: .object(["unexpected": .bool(true)])
        }
    }
}

/// What decoding a body gave.
enum Outcome: CustomStringConvertible {
    /// The model, encoded again, and the problems recorded.
    case decoded(JSONValue, [DecodingProblem])
    case failed(any Error)

    init(_ sample: ResponseSample, _ body: JSONValue, policy: DecodingPolicy) throws {
        let problems = DecodingProblems(policy: policy)
        let decoder = JSONDecoder()
        decoder.userInfo[.decodingProblems] = problems
        do {
            let encoded = try sample.roundTrip(decoder, JSONEncoder().encode(body))
            self = .decoded(try JSONValue.parse(encoded), problems.problems)
        } catch {
            self = .failed(error)
        }
    }

    var description: String {
        switch self {
        case .decoded(_, let problems): "decoded with problems \(problems)"
        case .failed(let error): "failed: \(error)"
        }
    }
}

extension ResponseSample {
    /// The sample with the SDK's `_id`, `_createdDate` and `_updatedDate` spelled as REST spells them.
    var restForm: ResponseSample {
        let rest = ["_id": "id", "_createdDate": "createdDate", "_updatedDate": "updatedDate"].reduce(json) {
            $0.replacingOccurrences(of: "\"\($1.key)\"", with: "\"\($1.value)\"")
        }
        return ResponseSample(name: name + " (REST form)", source: source, json: rest, roundTrip: roundTrip)
    }
}
