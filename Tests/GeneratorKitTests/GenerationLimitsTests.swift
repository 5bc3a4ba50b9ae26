import XCTest

@testable import GeneratorKit

/// A valid document whose `allOf` chains multiply its size is refused with a location, instead of turning into
/// hundreds of megabytes of Swift (`GenerationLimits`).
final class GenerationLimitsTests: XCTestCase {
    /// `count` schemas, each `allOf` its successor plus one property of its own: n²/2 properties once flattened.
    static func multiplyingChain(_ count: Int) -> String {
        var schemas = (0..<count).map { index in
            ##""S\##(index)": {"allOf": [{"$ref": "#/components/schemas/S\##(index + 1)"}, "##
                + #"{"type": "object", "properties": {"p\#(index)": {"type": "string"}}}]}"#
        }
        schemas.append(#""S\#(count)": {"type": "object", "properties": {"x": {"type": "integer"}}}"#)
        return UnitSupport.schemas(schemas.joined(separator: ", "))
    }

    func testAChainThatMultipliesPastTheBoundIsRefusedOnceWithALocation() {
        do {
            _ = try UnitSupport.generate(Self.multiplyingChain(1_000))
            XCTFail("a 1,000-schema multiplying chain (500,500 properties) must be refused")
        } catch {
            let errors = error.diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(errors.count, 1, "\(errors)")
            XCTAssertTrue(errors.first?.message.contains("more than 200000 properties") ?? false, "\(errors)")
            XCTAssertTrue(errors.first?.location.pointer.hasPrefix("#/components/schemas/S") ?? false, "\(errors)")
            XCTAssertGreaterThan(errors.first?.location.line ?? 0, 0)
        }
    }

    func testAChainUnderTheBoundGenerates() throws {
        let result = try UnitSupport.generate(Self.multiplyingChain(150))
        let first = try XCTUnwrap(UnitSupport.structure(UnitSupport.type("S0", in: result.model)))
        XCTAssertEqual(first.properties.count, 151, "S0 holds every property of the chain")
    }
}
