import XCTest

@testable import GeneratorKit

/// The common spec mistakes the generator tolerates (`ReadLeniency`, and undeclared path parameters):
/// each generates with one located warning, and `--strict` turns exactly that warning into an error.
final class LeniencyTests: XCTestCase {
    /// Each mistake, as a document, with the pointer its warning names.
    static let mistakes: [(name: String, document: String, pointer: String)] = [
        (
            "required: true on a property",
            UnitSupport.schemas(#""A": {"type": "object", "properties": {"x": {"type": "string", "required": true}}}"#),
            "#/components/schemas/A/properties/x/required"
        ),
        (
            "undeclared path parameter",
            UnitSupport.document(
                #""paths": {"/a/{id}": {"get": {"operationId": "get", "responses": {"204": {"description": "ok"}}}}}"#),
            "#/paths/~1a~1{id}/get"
        ),
        (
            "invalid externalDocs URL",
            UnitSupport.document(#""externalDocs": {"url": "not a url"}"#),
            "#/externalDocs/url"
        ),
        (
            "invalid server URL",
            UnitSupport.document(#""servers": [{"url": "https://exa mple.com"}]"#),
            "#/servers/0/url"
        ),
        (
            "properties without type",
            UnitSupport.schemas(#""A": {"properties": {"x": {"type": "string"}}}"#),
            "#/components/schemas/A"
        ),
        (
            "nullable in 3.1",
            #"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "components": {"schemas": {"A": {"type": "string", "nullable": true}}}}"#,
            "#/components/schemas/A/nullable"
        ),
        (
            "unknown format",
            UnitSupport.schemas(#""A": {"type": "string", "format": "phone-number"}"#),
            "#/components/schemas/A/format"
        ),
    ]

    func testEachMistakeGeneratesWithOneLocatedWarning() throws {
        for mistake in Self.mistakes {
            let result = try UnitSupport.generate(mistake.document)
            XCTAssertEqual(result.warnings.map(\.location.pointer), [mistake.pointer], mistake.name)
            XCTAssertTrue(result.warnings.allSatisfy { $0.location.line > 0 }, mistake.name)
        }
    }

    func testStrictTurnsEachMistakeIntoAnError() {
        for mistake in Self.mistakes {
            let failure = UnitSupport.generationFailure(mistake.document, strict: true)
            XCTAssertEqual(failure?.diagnostics.map(\.severity), [.error], mistake.name)
            XCTAssertEqual(failure?.diagnostics.map(\.location.pointer), [mistake.pointer], mistake.name)
        }
    }

    func testRequiredTrueOnAPropertyMakesItRequired() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(#""A": {"type": "object", "properties": {"x": {"type": "string", "required": true}}}"#))
        let structure = UnitSupport.structure(UnitSupport.type("A", in: result.model))
        XCTAssertEqual(UnitSupport.property("x", in: structure)?.isOptional, false)
    }

    func testUndeclaredPathParameterIsARequiredString() throws {
        let result = try UnitSupport.generate(Self.mistakes[1].document)
        let parameter = UnitSupport.operation("get", in: result.model)?.parameters.first
        XCTAssertEqual(parameter?.wireName, "id")
        XCTAssertEqual(parameter?.type, .string)
        XCTAssertEqual(parameter?.isRequired, true)
    }

    /// What stays valid: server URLs with variables or relative paths, compositions' fragments, known formats.
    func testValidDocumentsHaveNoWarnings() throws {
        let document = UnitSupport.document(
            ##""servers": [{"url": "https://{region}.example.com/v1"}, {"url": "/v1"}], "externalDocs": {"url": "https://example.com"}, "components": {"schemas": {"A": {"type": "object", "properties": {"d": {"type": "string", "format": "date-time"}}}, "B": {"allOf": [{"$ref": "#/components/schemas/A"}, {"properties": {"e": {"type": "string"}}}]}}}"##
        )
        XCTAssertEqual(try UnitSupport.generate(document).warnings.map(\.message), [])
    }

    /// Anything malformed that is not a listed mistake stays an error.
    func testOtherMalformedValuesStayErrors() {
        let failure = UnitSupport.generationFailure(
            UnitSupport.schemas(#""A": {"type": "object", "required": "x"}"#))
        XCTAssertEqual(failure?.diagnostics.map(\.severity), [.error])
    }
}
