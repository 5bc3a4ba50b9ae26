import XCTest

@testable import GeneratorKit

final class ReferenceResolverTests: XCTestCase {
    /// Line numbers matter: tests below locate diagnostics in this text.
    static let text = """
        {
          "openapi": "3.0.3",
          "info": {"title": "T", "version": "1"},
          "paths": {
            "/a": {
              "get": {
                "parameters": [
                  {"$ref": "#/components/parameters/limitAlias"},
                  {"$ref": "#/components/parameters/nope"},
                  {"$ref": "#/components/parameters/loop1"}
                ],
                "requestBody": {"$ref": "#/components/requestBodies/Upload"},
                "responses": {
                  "200": {"$ref": "#/components/responses/Ok"},
                  "404": {"$ref": "#/components/responses/NotFoundAlias"}
                }
              }
            }
          },
          "components": {
            "schemas": {
              "A": {"type": "object", "properties": {"b": {"type": "object", "properties": {"c": {"type": "string"}}}}},
              "Alias": {"$ref": "#/components/schemas/A"},
              "AliasOfAlias": {"$ref": "#/components/schemas/Alias"},
              "Inner": {"$ref": "#/components/schemas/A/properties/b"},
              "Leaf": {"$ref": "#/components/schemas/A/properties/b/properties/c"},
              "Dangling": {"$ref": "#/components/schemas/Missing"},
              "External": {"$ref": "other.json#/X"},
              "Invalid": {"$ref": "#components"},
              "Loop1": {"$ref": "#/components/schemas/Loop2"},
              "Loop2": {"$ref": "#/components/schemas/Loop1"},
              "Itself": {"$ref": "#/components/schemas/Itself"},
              "A/B": {"type": "integer"},
              "SlashRef": {"$ref": "#/components/schemas/A~1B"},
              "With Space": {"type": "boolean"},
              "SpaceRef": {"$ref": "#/components/schemas/With%20Space"}
            },
            "parameters": {
              "limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}},
              "limitAlias": {"$ref": "#/components/parameters/limit"},
              "loop1": {"$ref": "#/components/parameters/loop2"},
              "loop2": {"$ref": "#/components/parameters/loop1"}
            },
            "requestBodies": {
              "Upload": {"required": true, "content": {"application/octet-stream": {}}}
            },
            "responses": {
              "Ok": {"description": "fine", "headers": {"X-Rate": {"$ref": "#/components/headers/Rate"}}},
              "NotFound": {"description": "missing"},
              "NotFoundAlias": {"$ref": "#/components/responses/NotFound"}
            },
            "headers": {
              "Rate": {"description": "per minute", "required": true, "schema": {"type": "integer"}}
            }
          }
        }
        """

    var document: OpenAPIDocument!
    var resolver: ReferenceResolver!

    override func setUpWithError() throws {
        document = try UnitSupport.read(Self.text)
        resolver = ReferenceResolver(document: document)
    }

    func reference(ofComponent name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Reference {
        let schema = try XCTUnwrap(
            document.components.schemas.first { $0.name == name }?.schema, "no component \(name)", file: file,
            line: line)
        return try XCTUnwrap(schema.reference, "\(name) is not a reference", file: file, line: line)
    }

    func resolveError(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Diagnostic? {
        let reference = try reference(ofComponent: name, file: file, line: line)
        do {
            let schema = try resolver.resolveSchema(reference)
            XCTFail("expected an error, resolved to \(schema.origin.pointer)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Schemas

    /// A node is known by its file and pointer, so that references in other files (issue #12) never share
    /// what the resolver remembers with same-looking references here; spellings of one pointer are one node.
    func testReferencesResolveToNodesOfTheirFile() throws {
        let alias = try resolver.address(of: try reference(ofComponent: "Alias"))
        XCTAssertEqual(
            alias,
            NodeAddress(file: "api.json", pointer: try XCTUnwrap(JSONPointer(fragment: "#/components/schemas/A"))))
        let spelled = Reference(target: "#/components/schemas/%41", origin: try reference(ofComponent: "Alias").origin)
        XCTAssertEqual(try resolver.address(of: spelled), alias)
        XCTAssertEqual(
            try resolver.address(of: try reference(ofComponent: "External")),
            NodeAddress(file: "other.json", pointer: try XCTUnwrap(JSONPointer(fragment: "#/X"))))
    }

    func testComponentSchemaName() throws {
        XCTAssertEqual(resolver.componentSchemaName(try reference(ofComponent: "Alias")), "A")
        XCTAssertEqual(resolver.componentSchemaName(try reference(ofComponent: "SlashRef")), "A/B")
        XCTAssertEqual(resolver.componentSchemaName(try reference(ofComponent: "SpaceRef")), "With Space")
        XCTAssertNil(resolver.componentSchemaName(try reference(ofComponent: "Inner")))
        XCTAssertNil(resolver.componentSchemaName(try reference(ofComponent: "External")))
    }

    func testResolvesDirectAndChainedReferences() throws {
        let direct = try resolver.resolveSchema(try reference(ofComponent: "Alias"))
        XCTAssertEqual(direct.origin.pointer.description, "#/components/schemas/A")
        XCTAssertEqual(direct.properties.map(\.name), ["b"])

        let chained = try resolver.resolveSchema(try reference(ofComponent: "AliasOfAlias"))
        XCTAssertEqual(chained.origin.pointer.description, "#/components/schemas/A")
        XCTAssertNil(chained.reference)
    }

    func testResolvesPointersIntoTheMiddleOfSchemas() throws {
        let inner = try resolver.resolveSchema(try reference(ofComponent: "Inner"))
        XCTAssertEqual(inner.origin.pointer.description, "#/components/schemas/A/properties/b")
        XCTAssertEqual(inner.types, ["object"])
        XCTAssertEqual(inner.properties.map(\.name), ["c"])

        let leaf = try resolver.resolveSchema(try reference(ofComponent: "Leaf"))
        XCTAssertEqual(leaf.origin.pointer.description, "#/components/schemas/A/properties/b/properties/c")
        XCTAssertEqual(leaf.types, ["string"])
    }

    func testResolvesEscapedAndPercentEncodedPointers() throws {
        let slash = try resolver.resolveSchema(try reference(ofComponent: "SlashRef"))
        XCTAssertEqual(slash.types, ["integer"])
        XCTAssertEqual(slash.origin.pointer.tokens, ["components", "schemas", "A/B"])

        let space = try resolver.resolveSchema(try reference(ofComponent: "SpaceRef"))
        XCTAssertEqual(space.types, ["boolean"])
    }

    func testDanglingReferenceNamesTheTargetAndIsLocatedAtTheRef() throws {
        let error = try resolveError("Dangling")
        XCTAssertEqual(error?.message, "reference '#/components/schemas/Missing' points to nothing in this document")
        XCTAssertEqual(
            error?.location,
            SourceLocation(file: "api.json", line: 27, column: 19, pointer: "#/components/schemas/Dangling"))
    }

    func testExternalReferenceIsRefused() throws {
        let error = try resolveError("External")
        XCTAssertEqual(
            error?.message,
            "cannot use 'other.json#/X' ('other.json'): this generation reads no file but the root document")
        XCTAssertEqual(
            error?.location,
            SourceLocation(file: "api.json", line: 28, column: 19, pointer: "#/components/schemas/External"))
    }

    func testInvalidPointerIsRefused() throws {
        let error = try resolveError("Invalid")
        XCTAssertEqual(error?.message, "'#components' is not a valid JSON pointer")
        XCTAssertEqual(error?.location.pointer, "#/components/schemas/Invalid")
    }

    func testCircularChainIsRefused() throws {
        let error = try resolveError("Loop1")
        XCTAssertEqual(
            error?.message,
            "circular reference: #/components/schemas/Loop2 → #/components/schemas/Loop1 → #/components/schemas/Loop2")
        XCTAssertEqual(
            error?.location,
            SourceLocation(file: "api.json", line: 30, column: 16, pointer: "#/components/schemas/Loop1"))

        let itself = try resolveError("Itself")
        XCTAssertEqual(itself?.message, "circular reference: #/components/schemas/Itself → #/components/schemas/Itself")
        XCTAssertEqual(itself?.location.pointer, "#/components/schemas/Itself")
    }

    // MARK: - Parameters, bodies, responses, headers

    var operation: GeneratorKit.Operation { document.paths[0].operations[0] }

    func testParameterReferenceChain() throws {
        let parameter = try resolver.parameter(operation.parameters[0])
        XCTAssertEqual(parameter.name, "limit")
        XCTAssertEqual(parameter.location, .query)
        XCTAssertEqual(parameter.schema?.types, ["integer"])
        XCTAssertEqual(parameter.origin.pointer.description, "#/components/parameters/limit")
    }

    func testDanglingParameterReference() {
        do {
            let parameter = try resolver.parameter(operation.parameters[1])
            XCTFail("resolved to \(parameter.name)")
        } catch {
            XCTAssertEqual(error.message, "reference '#/components/parameters/nope' points to nothing in this document")
            XCTAssertEqual(
                error.location,
                SourceLocation(file: "api.json", line: 9, column: 11, pointer: "#/paths/~1a/get/parameters/1"))
        }
    }

    func testCircularParameterReference() {
        do {
            let parameter = try resolver.parameter(operation.parameters[2])
            XCTFail("resolved to \(parameter.name)")
        } catch {
            XCTAssertEqual(
                error.message,
                "circular parameter reference: #/components/parameters/loop1 → #/components/parameters/loop2 → #/components/parameters/loop1"
            )
            XCTAssertEqual(error.location.line, 42)
            XCTAssertEqual(error.location.pointer, "#/components/parameters/loop2")
        }
    }

    func testRequestBodyReference() throws {
        let body = try resolver.requestBody(try XCTUnwrap(operation.requestBody))
        XCTAssertTrue(body.required)
        XCTAssertEqual(body.content.map(\.mediaType), ["application/octet-stream"])
        XCTAssertEqual(body.origin.pointer.description, "#/components/requestBodies/Upload")
    }

    func testResponseAndHeaderReferences() throws {
        XCTAssertEqual(operation.responses.map(\.status), ["200", "404"])
        let ok = try resolver.response(operation.responses[0].response)
        XCTAssertEqual(ok.description, "fine")
        XCTAssertEqual(ok.headers.map(\.name), ["X-Rate"])
        let header = try resolver.header(ok.headers[0].header)
        XCTAssertEqual(header.description, "per minute")
        XCTAssertTrue(header.required)
        XCTAssertEqual(header.schema?.types, ["integer"])
        XCTAssertEqual(header.origin.pointer.description, "#/components/headers/Rate")

        let notFound = try resolver.response(operation.responses[1].response)
        XCTAssertEqual(notFound.description, "missing")
        XCTAssertEqual(notFound.origin.pointer.description, "#/components/responses/NotFound")
    }
}

/// How references behave once the translator follows them.
final class ReferenceTranslationTests: XCTestCase {
    func testDanglingSchemaReferenceFailsGenerationAtTheRef() {
        let text = """
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "components": {
                "schemas": {
                  "A": {
                    "type": "object",
                    "properties": {
                      "b": {"$ref": "#/components/schemas/Missing"}
                    }
                  }
                }
              }
            }
            """
        let failure = UnitSupport.generationFailure(text)
        XCTAssertEqual(failure?.diagnostics.count, 1)
        let error = failure?.diagnostics.first
        XCTAssertEqual(error?.severity, .error)
        XCTAssertEqual(
            error?.message, "reference '#/components/schemas/Missing' names a schema that is not in components/schemas")
        XCTAssertEqual(
            error?.location,
            SourceLocation(file: "api.json", line: 9, column: 16, pointer: "#/components/schemas/A/properties/b"))
    }

    func testDanglingPointerIntoASchemaFailsGeneration() {
        let failure = UnitSupport.generationFailure(
            UnitSupport.schemas(
                ##""A": {"type": "object", "properties": {"b": {"type": "string"}}}, "C": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/A/properties/zzz"}}}"##
            ))
        XCTAssertEqual(
            failure?.diagnostics.map(\.message),
            ["reference '#/components/schemas/A/properties/zzz' points to nothing in this document"])
        XCTAssertEqual(failure?.diagnostics.first?.location.pointer, "#/components/schemas/C/properties/x")
    }

    func testExternalReferenceFailsGeneration() {
        let failure = UnitSupport.generationFailure(
            UnitSupport.schemas(
                #""C": {"type": "object", "properties": {"x": {"$ref": "other.json#/components/schemas/X"}}}"#))
        XCTAssertEqual(
            failure?.diagnostics.map(\.message),
            [
                "cannot use 'other.json#/components/schemas/X' ('other.json'): this generation reads no file but the root document"
            ])
        XCTAssertEqual(failure?.diagnostics.first?.location.pointer, "#/components/schemas/C/properties/x")
    }

    /// `A: {$ref: B}`, `B: {$ref: A}` would otherwise become `typealias A = B` and `typealias B = A`.
    func testCircularComponentAliasesAreRefused() {
        let failure = UnitSupport.generationFailure(
            UnitSupport.schemas(##""A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}"##))
        XCTAssertEqual(
            failure?.diagnostics.contains { $0.severity == .error && $0.message.contains("circular") }, true,
            "\(String(describing: failure))")
    }

    func testComponentAliasOfItselfIsRefused() {
        let failure = UnitSupport.generationFailure(
            UnitSupport.schemas(##""Loop": {"$ref": "#/components/schemas/Loop"}"##))
        XCTAssertEqual(
            failure?.diagnostics.contains { $0.severity == .error && $0.message.contains("circular") }, true,
            "\(String(describing: failure))")
    }

    func testAllOfIncludingItselfIsRefused() {
        let failure = UnitSupport.generationFailure(
            UnitSupport.schemas(
                ##""A": {"allOf": [{"$ref": "#/components/schemas/A"}, {"type": "object", "properties": {"x": {"type": "string"}}}]}"##
            ))
        XCTAssertEqual(failure?.diagnostics.map(\.message), ["allOf includes '#/components/schemas/A' in itself"])
        XCTAssertEqual(failure?.diagnostics.first?.location.pointer, "#/components/schemas/A/allOf/0")
    }

    /// A includes D through B and through C: a diamond, legal; the cycle check follows the current path only.
    func testAllOfDiamondIsNotACycle() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(
                ##""A": {"allOf": [{"$ref": "#/components/schemas/B"}, {"$ref": "#/components/schemas/C"}, {"$ref": "#/components/schemas/C"}]}, "B": {"allOf": [{"$ref": "#/components/schemas/D"}, {"required": ["b"], "properties": {"b": {"type": "string"}}}]}, "C": {"allOf": [{"$ref": "#/components/schemas/D"}, {"properties": {"c": {"type": "string"}}}]}, "D": {"required": ["d"], "properties": {"d": {"type": "integer"}}}"##
            ))
        let a = UnitSupport.structure(UnitSupport.type("A", in: result.model))
        XCTAssertEqual(a?.properties.map(\.jsonKey), ["d", "b", "c"])
        XCTAssertEqual(a?.properties.map(\.isOptional), [false, false, true])
    }

    func testAllOfCycleThroughAnotherSchemaIsRefused() {
        let failure = UnitSupport.generationFailure(
            UnitSupport.schemas(
                ##""A": {"allOf": [{"$ref": "#/components/schemas/B"}]}, "B": {"allOf": [{"$ref": "#/components/schemas/A"}, {"properties": {"x": {"type": "string"}}}]}"##
            ))
        XCTAssertEqual(
            failure?.diagnostics.map(\.message),
            ["allOf includes '#/components/schemas/A' in itself", "allOf includes '#/components/schemas/B' in itself"])
        XCTAssertEqual(
            failure?.diagnostics.map(\.location.pointer),
            ["#/components/schemas/B/allOf/0", "#/components/schemas/A/allOf/0"])
    }

    func testPointerIntoAnEarlierComponentUsesItsNestedType() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(
                ##""A": {"type": "object", "properties": {"b": {"type": "object", "properties": {"c": {"type": "string"}}}}}, "C": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/A/properties/b"}, "y": {"$ref": "#/components/schemas/A/properties/b/properties/c"}}}"##
            ))
        let a = UnitSupport.structure(UnitSupport.type("A", in: result.model))
        XCTAssertEqual(UnitSupport.property("b", in: a)?.type, .named("A.B"))
        let c = UnitSupport.structure(UnitSupport.type("C", in: result.model))
        XCTAssertEqual(UnitSupport.property("x", in: c)?.type, .named("A.B"))
        XCTAssertEqual(UnitSupport.property("y", in: c)?.type, .string)
        XCTAssertEqual(result.model.types.map(\.name), ["A", "C"])
    }

    func testPointerIntoALaterComponentDeclaresOneSharedType() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(
                ##""C": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/A/properties/b"}}}, "A": {"type": "object", "properties": {"b": {"type": "object", "properties": {"c": {"type": "string"}}}}}"##
            ))
        let c = UnitSupport.structure(UnitSupport.type("C", in: result.model))
        let a = UnitSupport.type("A", in: result.model)
        let shared = UnitSupport.property("x", in: c)?.type
        XCTAssertEqual(UnitSupport.property("b", in: UnitSupport.structure(a))?.type, shared)
        XCTAssertEqual(shared, .named("AB"))
        XCTAssertEqual(a?.nested.count, 0)
        let ab = UnitSupport.structure(UnitSupport.type("AB", in: result.model))
        XCTAssertEqual(ab?.properties.map(\.jsonKey), ["c"])
        XCTAssertEqual(result.files.map(\.path), ["Models/A.swift", "Models/AB.swift", "Models/C.swift"])
    }

    func testReferencedComponentParametersBodiesAndResponses() throws {
        let result = try UnitSupport.generate(
            UnitSupport.document(
                ##""paths": {"/pets": {"post": {"operationId": "createPet", "parameters": [{"$ref": "#/components/parameters/limit"}], "requestBody": {"$ref": "#/components/requestBodies/PetBody"}, "responses": {"200": {"$ref": "#/components/responses/PetResponse"}}}}}, "components": {"schemas": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}, "parameters": {"limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}, "requestBodies": {"PetBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}, "responses": {"PetResponse": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}}"##
            ))
        let operation = UnitSupport.operation("createPet", in: result.model)
        XCTAssertEqual(operation?.parameters.map(\.wireName), ["limit"])
        XCTAssertEqual(operation?.parameters.first?.type, .int)
        XCTAssertEqual(operation?.body?.type, .named("Pet"))
        XCTAssertEqual(operation?.body?.isRequired, true)
        XCTAssertEqual(operation?.body?.contentType, "application/json")
        XCTAssertEqual(operation?.response, .json(.named("Pet")))
    }

    func testDanglingResponseReferenceFailsGeneration() {
        let failure = UnitSupport.generationFailure(
            UnitSupport.document(
                ##""paths": {"/a": {"get": {"operationId": "a", "responses": {"200": {"$ref": "#/components/responses/Nope"}}}}}"##
            ))
        XCTAssertEqual(
            failure?.diagnostics.map(\.message),
            ["reference '#/components/responses/Nope' points to nothing in this document"])
        XCTAssertEqual(failure?.diagnostics.first?.location.pointer, "#/paths/~1a/get/responses/200")
    }
}
