import XCTest

@testable import GeneratorKit

/// The field-mask rule (Translate/FieldMaskDetector.swift) beyond the golden `field-masks` fixture.
final class FieldMaskRuleTests: XCTestCase {
    private static let entityAndRequest =
        ##""Update": {"type": "object", "properties": {"item": {"$ref": "#/components/schemas/Item"}, "fieldMask": {"type": "string"}}}"##

    func testAMaskBesideOneEntityIsTypedAndTheEntityDeclaresItsFields() throws {
        let item = ##""Item": {"type": "object", "properties": {"ownerId": {"type": "string"}}}, "##
        let result = try UnitSupport.generate(UnitSupport.schemas(item + Self.entityAndRequest))
        let update = UnitSupport.structure(UnitSupport.type("Update", in: result.model))
        XCTAssertEqual(UnitSupport.property("fieldMask", in: update)?.type, .fieldMask(of: "Item"))
        XCTAssertEqual(UnitSupport.structure(UnitSupport.type("Item", in: result.model))?.declaresFieldEnum, true)
    }

    func testAMaskWithAFormatStaysAString() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(
                ##""Item": {"type": "object", "properties": {"a": {"type": "string"}}}, "Update": {"type": "object", "properties": {"item": {"$ref": "#/components/schemas/Item"}, "fieldMask": {"type": "string", "format": "field-mask"}}}"##
            ))
        let update = UnitSupport.structure(UnitSupport.type("Update", in: result.model))
        XCTAssertEqual(UnitSupport.property("fieldMask", in: update)?.type, .string)
    }

    /// `Item.Field` already names a nested type: the mask's `Item.Field` would mean it, so generation stops.
    func testAnEntityThatNestsATypeNamedFieldIsRefused() {
        XCTAssertThrowsError(
            try UnitSupport.generate(
                UnitSupport.schemas(
                    ##""Item": {"type": "object", "properties": {"field": {"type": "object", "properties": {"x": {"type": "string"}}}}}, "##
                        + Self.entityAndRequest))
        ) { error in
            XCTAssertTrue("\(error)".contains("already nests a type 'Field'"), "\(error)")
        }
    }
}
