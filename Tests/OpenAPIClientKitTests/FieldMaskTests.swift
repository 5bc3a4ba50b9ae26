import Foundation
import OpenAPIClientKit
import XCTest

final class FieldMaskTests: XCTestCase {
    /// A stand-in for a generated `Field` enum: Swift names differ from the JSON names, as they do in `FileDescriptor`.
    enum Field: String, FieldMaskField {
        case id = "id"
        case displayName = "displayName"
        case parentFolderID = "parentFolderId"
        case labels = "labels"
    }

    func testWireValueUsesJSONNamesInDeclarationOrder() {
        let mask: FieldMask<Field> = [.labels, .parentFolderID, .displayName]
        XCTAssertEqual(mask.wireValue, "displayName,parentFolderId,labels")
        XCTAssertEqual(mask.paths, ["displayName", "parentFolderId", "labels"])
    }

    func testEncodesAsOneCommaSeparatedString() throws {
        let data = try JSONEncoder().encode(["fieldMask": FieldMask<Field>([.parentFolderID])])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"fieldMask":"parentFolderId"}"#)
    }

    func testParsesJSONNamesWithOrWithoutAnEntityPrefix() throws {
        XCTAssertEqual(try FieldMask<Field>(wireValue: "displayName, file.labels").fields, [.displayName, .labels])
        XCTAssertEqual(try FieldMask<Field>(wireValue: "").fields, [])
    }

    /// The silent wrong result of issue #15: the Swift name where the JSON name is meant. A typed mask cannot
    /// name it — there is no `Field` case for it — and text naming it is refused, not dropped.
    func testAMaskNamingAnUnknownFieldCannotBeBuilt() {
        XCTAssertNil(Field(rawValue: "parentFolderID"))
        XCTAssertThrowsError(try FieldMask<Field>(wireValue: "displayName,parentFolderID")) { error in
            XCTAssertEqual(error as? FieldMaskError, .unknownField("parentFolderID"))
        }
        XCTAssertThrowsError(
            try JSONDecoder().decode([String: FieldMask<Field>].self, from: Data(#"{"m":"nope"}"#.utf8))
        ) { error in
            guard case DecodingError.dataCorrupted(let context) = error else {
                return XCTFail("expected dataCorrupted, got \(error)")
            }
            XCTAssertTrue(context.debugDescription.contains("'nope'"), context.debugDescription)
        }
    }
}
