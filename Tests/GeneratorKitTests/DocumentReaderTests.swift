import XCTest

@testable import GeneratorKit

final class DocumentReaderTests: XCTestCase {
    // MARK: - Wrong types, located

    func testPathsMustBeAnObject() {
        let text = """
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "paths": []
            }
            """
        let error = UnitSupport.readError(text)
        XCTAssertEqual(error?.message, "expected an object, found array")
        XCTAssertEqual(error?.location, SourceLocation(file: "api.json", line: 4, column: 12, pointer: "#/paths"))
        XCTAssertEqual(error?.severity, .error)
    }

    func testTypeMustBeAStringOrArray() {
        let text = """
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "components": {
                "schemas": {
                  "A": {"type": 5}
                }
              }
            }
            """
        let error = UnitSupport.readError(text)
        XCTAssertEqual(error?.message, "expected 'type' to be a string or an array of strings, found number")
        XCTAssertEqual(
            error?.location,
            SourceLocation(file: "api.json", line: 6, column: 21, pointer: "#/components/schemas/A/type"))
    }

    func testUnknownTypeIsRejected() {
        let error = UnitSupport.readError(UnitSupport.schemas(#""A": {"type": "file"}"#))
        XCTAssertEqual(
            error?.message, "unknown type 'file'; expected one of array, boolean, integer, null, number, object, string"
        )
        XCTAssertEqual(error?.location.pointer, "#/components/schemas/A/type")
    }

    func testTypeArrayElementsMustBeStrings() {
        let error = UnitSupport.readError(UnitSupport.schemas(#""A": {"type": ["string", 5]}"#))
        XCTAssertEqual(error?.message, "expected a string in 'type', found number")
        XCTAssertEqual(error?.location.pointer, "#/components/schemas/A/type/1")
    }

    func testRequiredMustBeAnArray() {
        let text = """
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "components": {
                "schemas": {
                  "A": {"type": "object", "required": "yes"}
                }
              }
            }
            """
        let error = UnitSupport.readError(text)
        XCTAssertEqual(error?.message, "expected an array, found string")
        XCTAssertEqual(
            error?.location,
            SourceLocation(file: "api.json", line: 6, column: 43, pointer: "#/components/schemas/A/required"))
    }

    func testOperationTagsMustBeAnArray() {
        let text = """
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "paths": {
                "/files": {
                  "get": {"tags": "x", "responses": {}}
                }
              }
            }
            """
        let error = UnitSupport.readError(text)
        XCTAssertEqual(error?.message, "expected an array, found string")
        XCTAssertEqual(
            error?.location, SourceLocation(file: "api.json", line: 6, column: 23, pointer: "#/paths/~1files/get/tags"))
    }

    func testOtherWrongTypes() {
        let cases: [(members: String, message: String, pointer: String)] = [
            (
                #""paths": {"/a": {"get": {"operationId": 7}}}"#, "expected 'operationId' to be a string, found number",
                "#/paths/~1a/get/operationId"
            ),
            (
                #""paths": {"/a": {"get": {"deprecated": "no"}}}"#,
                "expected 'deprecated' to be a boolean, found string", "#/paths/~1a/get/deprecated"
            ),
            (#""paths": {"/a": {"get": []}}"#, "expected an object, found array", "#/paths/~1a/get"),
            (
                #""paths": {"/a": {"get": {"responses": []}}}"#, "expected an object, found array",
                "#/paths/~1a/get/responses"
            ),
            (
                #""paths": {"/a": {"get": {"parameters": {}}}}"#, "expected an array, found object",
                "#/paths/~1a/get/parameters"
            ),
            (
                #""paths": {"/a": {"get": {"parameters": [{"name": "x", "in": "body"}]}}}"#,
                "unknown parameter location 'body'; expected path, query, header or cookie",
                "#/paths/~1a/get/parameters/0/in"
            ),
            (
                #""paths": {"/a": {"get": {"parameters": [{"in": "query"}]}}}"#, "missing required member 'name'",
                "#/paths/~1a/get/parameters/0"
            ),
            (#""tags": [{"description": "d"}]"#, "missing required member 'name'", "#/tags/0"),
            (
                #""components": {"schemas": {"A": {"properties": []}}}"#, "expected an object, found array",
                "#/components/schemas/A/properties"
            ),
            (
                #""components": {"schemas": {"A": {"nullable": "true"}}}"#,
                "expected 'nullable' to be a boolean, found string", "#/components/schemas/A/nullable"
            ),
            (#""components": {"schemas": {"A": 3}}"#, "expected an object, found number", "#/components/schemas/A"),
            (
                #""components": {"schemas": {"A": {"allOf": {}}}}"#, "expected an array, found object",
                "#/components/schemas/A/allOf"
            ),
            (
                #""components": {"schemas": {"A": {"oneOf": [], "discriminator": {"mapping": {}}}}}"#,
                "missing required member 'propertyName'",
                "#/components/schemas/A/discriminator"
            ),
            (
                #""components": {"schemas": {"A": {"discriminator": {"propertyName": "k", "mapping": {"a": 1}}}}}"#,
                "expected a '$ref' string in discriminator mapping", "#/components/schemas/A/discriminator/mapping/a"
            ),
            (
                #""components": {"schemas": {"A": {"$ref": 1}}}"#, "expected '$ref' to be a string, found number",
                "#/components/schemas/A/$ref"
            ),
        ]
        for (members, message, pointer) in cases {
            let error = UnitSupport.readError(UnitSupport.document(members))
            XCTAssertEqual(error?.message, message, members)
            XCTAssertEqual(error?.location.pointer, pointer, members)
        }
    }

    // MARK: - Versions

    func testMissingOpenAPIVersion() {
        let error = UnitSupport.readError(#"{"info": {"title": "T", "version": "1"}}"#)
        XCTAssertEqual(error?.message, "missing 'openapi' version member; is this an OpenAPI 3 document?")
        XCTAssertEqual(error?.location, SourceLocation(file: "api.json", line: 1, column: 1, pointer: "#"))
    }

    func testSwagger2IsRejectedWithAClearMessage() {
        let text = "\n" + #"{"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}}"#
        let error = UnitSupport.readError(text)
        XCTAssertEqual(error?.message, "Swagger 2.0 documents are not supported; convert to OpenAPI 3 first")
        XCTAssertEqual(error?.location, SourceLocation(file: "api.json", line: 2, column: 1, pointer: "#"))
    }

    func testUnsupportedVersion4() {
        let error = UnitSupport.readError(#"{"openapi": "4.0.0", "info": {"title": "T", "version": "1"}}"#)
        XCTAssertEqual(error?.message, "unsupported OpenAPI version 4.0.0; expected 3.0.x or 3.1.x")
        XCTAssertEqual(error?.location, SourceLocation(file: "api.json", line: 1, column: 13, pointer: "#/openapi"))
    }

    func testVersionMustBeAString() {
        let error = UnitSupport.readError(#"{"openapi": 3.1, "info": {}}"#)
        XCTAssertEqual(error?.message, "expected 'openapi' to be a string, found number")
        XCTAssertEqual(error?.location.pointer, "#/openapi")
    }

    func testRootMustBeAnObject() {
        let error = UnitSupport.readError("[]")
        XCTAssertEqual(error?.message, "an OpenAPI document must be a JSON object, found array")
        XCTAssertEqual(error?.location.pointer, "#")
    }

    func testInfoIsRequired() {
        let error = UnitSupport.readError(#"{"openapi": "3.1.0"}"#)
        XCTAssertEqual(error?.message, "missing required member 'info'")
        XCTAssertEqual(error?.location.pointer, "#")
        let wrong = UnitSupport.readError(#"{"openapi": "3.1.0", "info": "T"}"#)
        XCTAssertEqual(wrong?.message, "expected an object, found string")
        XCTAssertEqual(wrong?.location.pointer, "#/info")
    }

    func testMalformedJSONSurfacesTheParserDiagnostic() {
        let error = UnitSupport.readError("{\n  \"openapi\": \"3.0.3\",\n}")
        XCTAssertEqual(error?.message, "malformed JSON: expected a member name in quotes, found '}'")
        XCTAssertEqual(error?.location, SourceLocation(file: "api.json", line: 3, column: 1, pointer: "#"))
    }

    func testReadsInfoTagsAndVersion() throws {
        let document = try UnitSupport.read(
            #"{"openapi": "3.1.0", "info": {"title": "Media", "version": "2.1", "description": "D"}, "tags": [{"name": "files", "description": "File ops"}, {"name": "folders"}]}"#
        )
        XCTAssertEqual(document.openAPIVersion, "3.1.0")
        XCTAssertEqual(document.title, "Media")
        XCTAssertEqual(document.version, "2.1")
        XCTAssertEqual(document.description, "D")
        XCTAssertEqual(document.tags.map(\.name), ["files", "folders"])
        XCTAssertEqual(document.tags.map(\.description), ["File ops", nil])
        XCTAssertTrue(document.paths.isEmpty)
        XCTAssertTrue(document.components.schemas.isEmpty)
    }

    // MARK: - Schemas

    func testOpenAPI31NullInTypeArrayMeansAllowsNull() throws {
        let document = try UnitSupport.read(
            UnitSupport.schemas(
                #""A": {"type": ["string", "null"]}, "B": {"type": ["null", "integer", "integer"]}, "C": {"type": "string"}"#
            ))
        let schemas = document.components.schemas
        XCTAssertEqual(schemas.map(\.name), ["A", "B", "C"])
        XCTAssertEqual(schemas[0].schema.types, ["string"])
        XCTAssertTrue(schemas[0].schema.allowsNull)
        XCTAssertEqual(schemas[1].schema.types, ["integer"])
        XCTAssertTrue(schemas[1].schema.allowsNull)
        XCTAssertEqual(schemas[2].schema.types, ["string"])
        XCTAssertFalse(schemas[2].schema.allowsNull)
    }

    func testNullableTrue() throws {
        let document = try UnitSupport.read(
            UnitSupport.schemas(
                #""A": {"type": "string", "nullable": true}, "B": {"type": "string", "nullable": false}"#))
        XCTAssertTrue(document.components.schemas[0].schema.allowsNull)
        XCTAssertEqual(document.components.schemas[0].schema.types, ["string"])
        XCTAssertFalse(document.components.schemas[1].schema.allowsNull)
    }

    func testNullInEnumMeansAllowsNull() throws {
        let document = try UnitSupport.read(UnitSupport.schemas(#""A": {"type": "string", "enum": ["a", null, "b"]}"#))
        let schema = document.components.schemas[0].schema
        XCTAssertTrue(schema.allowsNull)
        XCTAssertEqual(schema.enumValues?.map(\.string), ["a", "b"])
    }

    func testBooleanSchemas() throws {
        let document = try UnitSupport.read(
            UnitSupport.schemas(
                #""Anything": true, "Nothing": false, "Holder": {"type": "object", "properties": {"x": true}}"#))
        let schemas = document.components.schemas
        XCTAssertEqual(schemas[0].schema.types, [])
        XCTAssertNil(schemas[0].schema.description)
        XCTAssertNil(schemas[0].schema.reference)
        XCTAssertEqual(schemas[0].schema.origin.pointer.description, "#/components/schemas/Anything")
        XCTAssertEqual(schemas[1].schema.description, "No value is allowed here.")
        XCTAssertEqual(schemas[2].schema.properties.map(\.name), ["x"])
        XCTAssertEqual(schemas[2].schema.properties[0].schema.types, [])
        XCTAssertEqual(
            schemas[2].schema.properties[0].schema.origin.pointer.description,
            "#/components/schemas/Holder/properties/x")
    }

    func testConstBecomesASingleEnumValue() throws {
        let document = try UnitSupport.read(
            UnitSupport.schemas(#""A": {"const": "fixed"}, "B": {"const": 3}, "C": {"enum": ["x"], "const": "y"}"#))
        XCTAssertEqual(document.components.schemas[0].schema.enumValues?.map(\.string), ["fixed"])
        XCTAssertEqual(document.components.schemas[1].schema.enumValues?.map(\.numberLiteral), ["3"])
        XCTAssertEqual(document.components.schemas[2].schema.enumValues?.map(\.string), ["x"])
    }

    func testSchemaKeywords() throws {
        let document = try UnitSupport.read(
            UnitSupport.schemas(
                ##""A": {"type": "object", "title": "Tt", "description": "Dd", "deprecated": true, "readOnly": true, "required": ["b", "a"], "properties": {"b": {"type": "string", "format": "date-time", "default": "x"}, "a": {"type": "array", "items": {"$ref": "#/components/schemas/B"}}}, "additionalProperties": false}, "B": {"type": "object", "properties": {}, "additionalProperties": {"type": "integer"}}"##
            ))
        let a = document.components.schemas[0].schema
        XCTAssertEqual(a.title, "Tt")
        XCTAssertEqual(a.description, "Dd")
        XCTAssertTrue(a.deprecated)
        XCTAssertTrue(a.readOnly)
        XCTAssertFalse(a.writeOnly)
        XCTAssertEqual(a.required, ["b", "a"])
        XCTAssertEqual(a.properties.map(\.name), ["b", "a"])
        XCTAssertTrue(a.declaresProperties)
        XCTAssertEqual(a.properties[0].schema.format, "date-time")
        XCTAssertEqual(a.properties[0].schema.defaultValue?.string, "x")
        XCTAssertEqual(a.properties[1].schema.items?.reference?.target, "#/components/schemas/B")
        XCTAssertEqual(
            a.properties[1].schema.items?.reference?.origin.pointer.description,
            "#/components/schemas/A/properties/a/items")
        guard case .allowed(false) = a.additionalProperties else {
            return XCTFail("\(String(describing: a.additionalProperties))")
        }
        let b = document.components.schemas[1].schema
        XCTAssertTrue(b.declaresProperties)
        XCTAssertTrue(b.properties.isEmpty)
        guard case .schema(let values) = b.additionalProperties else {
            return XCTFail("\(String(describing: b.additionalProperties))")
        }
        XCTAssertEqual(values.types, ["integer"])
    }

    func testDiscriminator() throws {
        let document = try UnitSupport.read(
            UnitSupport.schemas(
                ##""Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {"propertyName": "kind", "mapping": {"c": "#/components/schemas/Cat", "k": "Cat"}}}"##
            ))
        let discriminator = try XCTUnwrap(document.components.schemas[0].schema.discriminator)
        XCTAssertEqual(discriminator.propertyName, "kind")
        XCTAssertEqual(discriminator.mapping.map(\.value), ["c", "k"])
        XCTAssertEqual(discriminator.mapping.map(\.target), ["#/components/schemas/Cat", "Cat"])
        XCTAssertEqual(document.components.schemas[0].schema.oneOf.count, 1)
    }

    // MARK: - Paths

    func testPathItemRefIsRefused() {
        let text = """
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "paths": {
                "/a": {"$ref": "#/components/pathItems/A"}
              }
            }
            """
        let error = UnitSupport.readError(text)
        XCTAssertEqual(error?.message, "path item '$ref' is not supported; inline the path item")
        XCTAssertEqual(error?.location, SourceLocation(file: "api.json", line: 5, column: 11, pointer: "#/paths/~1a"))
    }

    func testPathsMustStartWithSlash() {
        let error = UnitSupport.readError(UnitSupport.document(#""paths": {"files": {}}"#))
        XCTAssertEqual(error?.message, "path 'files' must start with '/'")
        XCTAssertEqual(error?.location.pointer, "#/paths/files")
    }

    func testPathsAndOperationsKeepDocumentOrder() throws {
        let document = try UnitSupport.read(
            UnitSupport.document(
                #""paths": {"x-ext": {}, "/z": {"post": {"operationId": "b"}, "summary": "s", "get": {"operationId": "a", "tags": ["t1", "t2"], "deprecated": true}, "x-y": {}}, "/a": {"delete": {}}}"#
            ))
        XCTAssertEqual(document.paths.map(\.path), ["/z", "/a"])
        XCTAssertEqual(document.paths[0].operations.map(\.method), ["post", "get"])
        XCTAssertEqual(document.paths[0].operations.map(\.operationID), ["b", "a"])
        XCTAssertEqual(document.paths[0].operations[1].tags, ["t1", "t2"])
        XCTAssertTrue(document.paths[0].operations[1].deprecated)
        XCTAssertEqual(document.paths[0].operations[1].origin.pointer.description, "#/paths/~1z/get")
        XCTAssertEqual(document.paths[1].operations.map(\.method), ["delete"])
        XCTAssertNil(document.paths[1].operations[0].operationID)
    }

    func testParametersBodiesAndResponses() throws {
        let document = try UnitSupport.read(
            UnitSupport.document(
                ##""paths": {"/a/{id}": {"parameters": [{"$ref": "#/components/parameters/id"}], "put": {"x-idempotent": true, "parameters": [{"name": "q", "in": "query", "style": "form", "explode": false, "required": true, "schema": {"type": "string"}}, {"name": "j", "in": "query", "content": {"application/json": {"schema": {"type": "object"}}}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "string"}}}}, "responses": {"200": {"description": "ok", "headers": {"X-Rate": {"schema": {"type": "integer"}}}}, "x-skip": {}, "default": {"$ref": "#/components/responses/Err"}}}}}"##
            ))
        let item = document.paths[0]
        guard case .reference(let reference) = item.parameters[0] else { return XCTFail("expected a reference") }
        XCTAssertEqual(reference.target, "#/components/parameters/id")
        XCTAssertEqual(reference.origin.pointer.description, "#/paths/~1a~1{id}/parameters/0")
        let operation = item.operations[0]
        XCTAssertEqual(operation.extensions.keys, ["x-idempotent"])
        guard case .value(let query) = operation.parameters[0], case .value(let json) = operation.parameters[1] else {
            return XCTFail("expected inline parameters")
        }
        XCTAssertEqual(query.name, "q")
        XCTAssertEqual(query.location, .query)
        XCTAssertEqual(query.style, "form")
        XCTAssertEqual(query.explode, false)
        XCTAssertTrue(query.required)
        XCTAssertEqual(query.schema?.types, ["string"])
        XCTAssertEqual(json.schema?.types, ["object"])
        XCTAssertNil(json.explode)
        guard case .value(let body) = operation.requestBody else { return XCTFail("expected an inline body") }
        XCTAssertTrue(body.required)
        XCTAssertEqual(body.content.map(\.mediaType), ["application/json"])
        XCTAssertEqual(operation.responses.map(\.status), ["200", "default"])
        guard case .value(let ok) = operation.responses[0].response else {
            return XCTFail("expected an inline response")
        }
        XCTAssertEqual(ok.description, "ok")
        XCTAssertEqual(ok.headers.map(\.name), ["X-Rate"])
        guard case .reference(let error) = operation.responses[1].response else {
            return XCTFail("expected a reference")
        }
        XCTAssertEqual(error.target, "#/components/responses/Err")
    }
}
