import XCTest

@testable import GeneratorKit

/// Long chains of schemas through every kind of reference: each is translated, or refused with a
/// located error once it nests deeper than the translation supports — never a stack overflow. Chains
/// of 10,000 go through the CLI process in `CommandLineTests+DeepDocuments`; these, shorter to keep a
/// debug build quick, look at what the translation makes of them.
final class DeepDocumentTests: XCTestCase {
    static let length = 1_000

    func testLongChainsOfComponentsTranslate() throws {
        for link in ChainDocuments.Link.allCases {
            let document = ChainDocuments.document(ChainDocuments.components(link, length: Self.length))
            let result: Pipeline.Result
            do {
                result = try UnitSupport.generate(document)
            } catch {
                XCTFail("\(link): \(error.description.prefix(500))")
                continue
            }
            XCTAssertEqual(result.model.types.count, Self.length + 1, "\(link)")
            let first = UnitSupport.type("S0", in: result.model)
            switch link {
            case .alias: XCTAssertEqual(UnitSupport.alias(first), .named("S1"))
            case .allOf: XCTAssertEqual(UnitSupport.structure(first)?.properties.map(\.jsonKey), ["z"])
            case .properties:
                XCTAssertEqual(UnitSupport.property("next", in: UnitSupport.structure(first))?.type, .named("S1"))
            case .items: XCTAssertEqual(UnitSupport.alias(first), .array(.named("S1")))
            case .additionalProperties: XCTAssertEqual(UnitSupport.alias(first), .dictionary(.named("S1")))
            case .oneOf: XCTAssertEqual(UnitSupport.union(first)?.cases.map(\.type), [.named("S1"), .string])
            }
        }
    }

    /// Chains that only lead on through `$ref`s and `allOf` are followed in loops, however long.
    func testLongChainsOfReferencesIntoSchemasThatOnlyReferOrIncludeTranslate() throws {
        for link in [ChainDocuments.Link.alias, .allOf] {
            let result = try UnitSupport.generate(
                ChainDocuments.document(ChainDocuments.intoSchemas(link, length: Self.length)))
            let first = UnitSupport.structure(UnitSupport.type("S0", in: result.model))
            let x = UnitSupport.property("x", in: first)
            switch link {
            case .alias: XCTAssertEqual(x?.type, .string)
            default: XCTAssertEqual(x?.type, .named("S0.X"))
            }
        }
    }

    /// Each link nests two levels (the property, then what it holds), so schema 128 is where a chain
    /// passes the limit of 256.
    func testLongChainsOfReferencesIntoSchemasAreRefusedWhereTheyPassTheLimit() {
        XCTAssertEqual(TypeTranslator.maximumNestingDepth, 256)
        for link in [ChainDocuments.Link.properties, .items, .additionalProperties, .oneOf] {
            let failure = UnitSupport.generationFailure(
                ChainDocuments.document(ChainDocuments.intoSchemas(link, length: Self.length)))
            let errors = failure?.diagnostics.filter { $0.severity == .error } ?? []
            XCTAssertEqual(
                errors.first?.message,
                "schemas nest more than 256 levels deep here, counting properties, items, alternatives and "
                    + "references followed; the generator supports no deeper nesting", "\(link)")
            XCTAssertEqual(errors.first?.location.pointer, "#/components/schemas/S128/properties/x", "\(link)")
            XCTAssertEqual(errors.first?.location.file, "api.json")
            XCTAssertEqual(errors.first?.location.line, 1 + 128, "\(link)")
            XCTAssertEqual(errors.first?.location.column, 48, "\(link)")
            // A problem shared by the schemas that lead to it is reported once, not once per schema.
            XCTAssertEqual(Set(errors).count, errors.count, "\(link)")
            XCTAssertLessThan(errors.count, Self.length / 100, "\(link)")
        }
    }

    func testNestingUpToTheLimitTranslates() throws {
        // 127 links: the last `x` nests 255 levels deep.
        let result = try UnitSupport.generate(ChainDocuments.document(ChainDocuments.intoSchemas(.items, length: 127)))
        XCTAssertEqual(result.model.types.count, 128)
        let failure = UnitSupport.generationFailure(
            ChainDocuments.document(ChainDocuments.intoSchemas(.items, length: 128)))
        XCTAssertEqual(failure?.diagnostics.first?.location.pointer, "#/components/schemas/S128/properties/x")
    }

    /// Later stages follow aliases in loops too: a query parameter whose type is the start of a long
    /// alias chain ending in an enum is a scalar.
    func testQueryParameterThroughALongAliasChainIsAScalar() throws {
        var schemas = ChainDocuments.components(.alias, length: Self.length)
        schemas[schemas.count - 1] = #""S\#(Self.length)": {"type": "string", "enum": ["a", "b"]}"#
        let paths =
            ##""paths": {"/things": {"get": {"operationId": "listThings", "parameters": [{"name": "kind", "in": "query", "schema": {"$ref": "#/components/schemas/S0"}}], "responses": {"204": {"description": "none"}}}}}"##
        let result = try UnitSupport.generate(UnitSupport.schemas(schemas.joined(separator: ",\n"), extra: paths))
        let kind = UnitSupport.parameter("kind", in: UnitSupport.operation("listThings", in: result.model))
        XCTAssertEqual(kind?.valueKind, .scalar)
    }
}
