import XCTest

@testable import GeneratorKit

final class TranslatorTests: XCTestCase {
    private func model(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> SwiftModel {
        do {
            return try UnitSupport.generate(text).model
        } catch {
            XCTFail("generation failed:\n\(error)", file: file, line: line)
            throw error
        }
    }

    // MARK: - Component names

    func testComponentNamesBecomeSwiftTypeNames() throws {
        let model = try model(
            UnitSupport.schemas(
                #""file_descriptor": {"type": "object", "properties": {"id": {"type": "string"}}}, "upload-url": {"type": "object", "properties": {"url": {"type": "string"}}}, "MediaItem": {"type": "object", "properties": {"x": {"type": "string"}}}"#
            ))
        XCTAssertEqual(model.types.map(\.name), ["FileDescriptor", "UploadURL", "MediaItem"])
        XCTAssertEqual(
            model.types.map(\.pointer),
            [
                "#/components/schemas/file_descriptor", "#/components/schemas/upload-url",
                "#/components/schemas/MediaItem",
            ])
    }

    func testReservedComponentNamesAreRenamedEverywhere() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(
                ##""Error": {"type": "object", "properties": {"message": {"type": "string"}}}, "Date": {"type": "string"}, "Holder": {"type": "object", "properties": {"e": {"$ref": "#/components/schemas/Error"}, "d": {"$ref": "#/components/schemas/Date"}}}"##
            ))
        XCTAssertEqual(result.model.types.map(\.name), ["ErrorModel", "DateModel", "Holder"])
        XCTAssertEqual(UnitSupport.alias(UnitSupport.type("DateModel", in: result.model)), .string)
        let holder = UnitSupport.structure(UnitSupport.type("Holder", in: result.model))
        XCTAssertEqual(UnitSupport.property("e", in: holder)?.type, .named("ErrorModel"))
        XCTAssertEqual(UnitSupport.property("d", in: holder)?.type, .named("DateModel"))
        XCTAssertEqual(
            result.files.map(\.path), ["Models/DateModel.swift", "Models/ErrorModel.swift", "Models/Holder.swift"])
    }

    func testComponentNamedLikeAClientIsRenamed() throws {
        let model = try model(
            UnitSupport.schemas(
                #""FilesClient": {"type": "object", "properties": {"x": {"type": "string"}}}"#,
                extra: #""paths": {"/files": {"get": {"operationId": "listFiles", "tags": ["files"]}}}"#))
        XCTAssertEqual(model.types.map(\.name), ["FilesClientModel"])
        XCTAssertEqual(model.clients.map(\.name), ["FilesClient"])
    }

    func testCollidingComponentNamesAreUniqued() throws {
        let model = try model(
            UnitSupport.schemas(
                #""file_id": {"type": "string"}, "fileId": {"type": "integer"}, "FileID": {"type": "boolean"}"#))
        XCTAssertEqual(model.types.map(\.name), ["FileID", "FileID2", "FileID3"])
        XCTAssertEqual(model.types.compactMap { UnitSupport.alias($0) }, [.string, .int, .bool])
    }

    // MARK: - Properties

    func testRequiredAndOptionalProperties() throws {
        let model = try model(
            UnitSupport.schemas(
                #""File": {"type": "object", "required": ["id", "note", "ghost"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "note": {"type": "string", "nullable": true}, "parent_folder_id": {"type": "string", "description": "The folder."}}}"#
            ))
        let file = UnitSupport.structure(UnitSupport.type("File", in: model))
        XCTAssertEqual(file?.properties.map(\.swiftName), ["id", "name", "note", "parentFolderID"])
        XCTAssertEqual(file?.properties.map(\.jsonKey), ["id", "name", "note", "parent_folder_id"])
        XCTAssertEqual(file?.properties.map(\.isOptional), [false, true, true, true])
        XCTAssertEqual(file?.properties.map(\.isBoxed), [false, false, false, false])
        XCTAssertEqual(file?.properties.last?.documentation, Documentation(summary: "The folder."))
        XCTAssertNil(file?.exclusiveChoice)
    }

    func testScalarFormats() throws {
        let model = try model(
            UnitSupport.schemas(
                #""Scalars": {"type": "object", "properties": {"sizeInBytes": {"type": "string", "format": "int64"}, "total": {"type": "integer", "format": "int64"}, "count": {"type": "integer", "format": "int32"}, "plain": {"type": "integer"}, "ratio": {"type": "number"}, "small": {"type": "number", "format": "float"}, "createdDate": {"type": "string", "format": "date-time"}, "day": {"type": "string", "format": "date"}, "blob": {"type": "string", "format": "byte"}, "flag": {"type": "boolean"}, "names": {"type": "array", "items": {"type": "string"}}, "anything": {}, "list": {"type": "array"}, "text": {"type": "string", "format": "uri"}}}"#
            ))
        let scalars = UnitSupport.structure(UnitSupport.type("Scalars", in: model))
        XCTAssertEqual(
            scalars?.properties.map(\.type),
            [
                .int64(wire: .string), .int64(wire: .number), .int32, .int, .double, .float, .date(.dateTime),
                .date(.fullDate), .data, .bool,
                .array(.string), .jsonValue, .array(.jsonValue), .string,
            ])
    }

    func testInlineObjectBecomesANestedType() throws {
        let model = try model(
            UnitSupport.schemas(
                #""Folder": {"type": "object", "properties": {"owner": {"type": "object", "properties": {"name": {"type": "string"}}}, "items": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}}}"#
            ))
        let folder = try XCTUnwrap(UnitSupport.type("Folder", in: model))
        let structure = UnitSupport.structure(folder)
        XCTAssertEqual(UnitSupport.property("owner", in: structure)?.type, .named("Folder.Owner"))
        XCTAssertEqual(UnitSupport.property("items", in: structure)?.type, .array(.named("Folder.Item")))
        XCTAssertEqual(folder.nested.map(\.name), ["Owner", "Item"])
        XCTAssertEqual(
            folder.nested.map(\.pointer),
            ["#/components/schemas/Folder/properties/owner", "#/components/schemas/Folder/properties/items/items"])
    }

    func testCollidingPropertyNamesAreUniquedWithAWarning() throws {
        let text = UnitSupport.schemas(
            #""A": {"type": "object", "properties": {"fileId": {"type": "string"}, "file_id": {"type": "string"}}}"#)
        let result = try UnitSupport.generate(text)
        let a = UnitSupport.structure(UnitSupport.type("A", in: result.model))
        XCTAssertEqual(a?.properties.map(\.swiftName), ["fileID", "fileID2"])
        XCTAssertEqual(
            result.warnings.map(\.message),
            ["property 'file_id' is named 'fileID2' in Swift because another property already uses 'fileID'"])
        XCTAssertEqual(result.warnings.first?.severity, .warning)
        XCTAssertEqual(result.warnings.first?.location.pointer, "#/components/schemas/A/properties/file_id")
    }

    // MARK: - Enums

    func testOpenStringEnumWithDuplicatesAfterCaseFolding() throws {
        let model = try model(
            UnitSupport.schemas(
                #""MediaType": {"type": "string", "description": "Kind.", "enum": ["IMAGE", "image", "VIDEO", "in_progress", "IMAGE"]}"#
            ))
        let declaration = UnitSupport.type("MediaType", in: model)
        XCTAssertEqual(declaration?.documentation, Documentation(summary: "Kind."))
        let enumeration = UnitSupport.enumeration(declaration)
        XCTAssertEqual(enumeration?.rawType, .string)
        XCTAssertEqual(enumeration?.cases.map(\.swiftName), ["image", "image2", "video", "inProgress"])
        XCTAssertEqual(
            enumeration?.cases.map(\.rawValue), ["IMAGE", "image", "VIDEO", "in_progress"])
        XCTAssertEqual(enumeration?.unknownCaseName, "unrecognized")
        XCTAssertEqual(enumeration?.isErrorCode, false)
    }

    func testIntegerEnumAndInlineEnum() throws {
        let model = try model(
            UnitSupport.schemas(
                #""Level": {"type": "integer", "enum": [1, 2, -1]}, "Job": {"type": "object", "properties": {"status": {"type": "string", "enum": ["DONE", "FAILED"]}}}"#
            ))
        let level = UnitSupport.enumeration(UnitSupport.type("Level", in: model))
        XCTAssertEqual(level?.rawType, .int)
        XCTAssertEqual(level?.cases.map(\.swiftName), ["value1", "value2", "valueMinus1"])
        XCTAssertEqual(level?.cases.map(\.rawValue), ["1", "2", "-1"])
        let job = try XCTUnwrap(UnitSupport.type("Job", in: model))
        XCTAssertEqual(UnitSupport.property("status", in: UnitSupport.structure(job))?.type, .named("Job.Status"))
        let status = UnitSupport.enumeration(UnitSupport.nested("Status", in: job))
        XCTAssertEqual(status?.cases.map(\.swiftName), ["done", "failed"])
    }

    func testMixedEnumIsPlainTypeWithWarning() throws {
        let result = try UnitSupport.generate(UnitSupport.schemas(#""Odd": {"enum": ["a", 1]}"#))
        XCTAssertEqual(UnitSupport.alias(UnitSupport.type("Odd", in: result.model)), .string)
        XCTAssertEqual(
            result.warnings.map(\.message),
            ["enum with values of mixed or unsupported types is generated as its plain type"])
        XCTAssertEqual(result.warnings.first?.location.pointer, "#/components/schemas/Odd")
    }

    // MARK: - Compositions

    func testAllOfMergesPropertiesAndRequired() throws {
        let model = try model(
            UnitSupport.schemas(
                ##""Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}, "Derived": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "required": ["size", "name"], "properties": {"size": {"type": "integer"}}}]}"##
            ))
        let derived = UnitSupport.structure(UnitSupport.type("Derived", in: model))
        XCTAssertEqual(derived?.properties.map(\.jsonKey), ["id", "name", "size"])
        XCTAssertEqual(derived?.properties.map(\.isOptional), [false, false, false])
        XCTAssertEqual(derived?.properties.map(\.type), [.string, .string, .int])
        let base = UnitSupport.structure(UnitSupport.type("Base", in: model))
        XCTAssertEqual(base?.properties.map(\.isOptional), [false, true])
    }

    func testAllOfThroughReferenceChains() throws {
        let model = try model(
            UnitSupport.schemas(
                ##""Root": {"type": "object", "properties": {"a": {"type": "string"}}}, "Middle": {"allOf": [{"$ref": "#/components/schemas/Root"}, {"properties": {"b": {"type": "string"}}, "required": ["a"]}]}, "Leaf": {"allOf": [{"$ref": "#/components/schemas/Middle"}, {"properties": {"a": {"type": "integer"}, "c": {"type": "boolean"}}}]}"##
            ))
        let leaf = UnitSupport.structure(UnitSupport.type("Leaf", in: model))
        XCTAssertEqual(leaf?.properties.map(\.jsonKey), ["a", "b", "c"])
        // A later part redefines `a`; `required` from the middle part still applies.
        XCTAssertEqual(leaf?.properties.map(\.type), [.int, .string, .bool])
        XCTAssertEqual(leaf?.properties.map(\.isOptional), [false, true, true])
    }

    func testOneOfWithDiscriminatorBecomesAUnion() throws {
        let model = try model(
            UnitSupport.schemas(
                ##""Cat": {"type": "object", "properties": {"petType": {"type": "string"}}}, "Dog": {"type": "object", "properties": {"petType": {"type": "string"}}}, "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}], "discriminator": {"propertyName": "petType", "mapping": {"cat": "#/components/schemas/Cat", "kitten": "#/components/schemas/Cat"}}}"##
            ))
        let union = UnitSupport.union(UnitSupport.type("Pet", in: model))
        XCTAssertEqual(union?.discriminatorProperty, "petType")
        XCTAssertEqual(
            union?.cases,
            [
                UnionDeclaration.Case(
                    swiftName: "cat", type: .named("Cat"), discriminatorValues: ["cat", "kitten"], writesTag: true),
                UnionDeclaration.Case(
                    swiftName: "dog", type: .named("Dog"), discriminatorValues: ["Dog"], writesTag: true),
            ])
    }

    /// OpenAPI allows mapping values that are plain schema names (`"kitty": "Cat"`), not only `$ref`s.
    func testDiscriminatorMappingBySchemaName() throws {
        let model = try model(
            UnitSupport.schemas(
                ##""Cat": {"type": "object", "properties": {"petType": {"type": "string"}}}, "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {"propertyName": "petType", "mapping": {"kitty": "Cat"}}}"##
            ))
        let union = UnitSupport.union(UnitSupport.type("Pet", in: model))
        XCTAssertEqual(union?.cases.map(\.discriminatorValues), [["kitty"]])
    }

    func testOneOfWithoutDiscriminator() throws {
        let model = try model(
            UnitSupport.schemas(
                #""Value": {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "array", "items": {"type": "string"}}, {"type": "null"}]}"#
            ))
        // `Value` is not a reserved name; the schema name stays.
        let union = UnitSupport.union(UnitSupport.type("Value", in: model))
        XCTAssertNil(union?.discriminatorProperty)
        XCTAssertEqual(union?.cases.map(\.swiftName), ["string", "integer", "stringList"])
        XCTAssertEqual(union?.cases.map(\.type), [.string, .int, .array(.string)])
    }

    func testAnyOfWithNullableAlternativeIsAnOptional() throws {
        let model = try model(
            UnitSupport.schemas(
                ##""Thing": {"type": "object", "properties": {"a": {"type": "string"}}}, "Holder": {"type": "object", "required": ["x", "y", "z"], "properties": {"x": {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"nullable": true}]}, "y": {"$ref": "#/components/schemas/Thing"}, "z": {"oneOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]}}}"##
            ))
        let holder = UnitSupport.structure(UnitSupport.type("Holder", in: model))
        XCTAssertEqual(holder?.properties.map(\.type), [.named("Thing"), .named("Thing"), .named("Thing")])
        XCTAssertEqual(holder?.properties.map(\.isOptional), [true, false, true])
        XCTAssertEqual(model.types.map(\.name), ["Thing", "Holder"])
    }

    func testWixExclusiveChoice() throws {
        let model = try model(
            UnitSupport.schemas(
                #""Source": {"type": "object", "properties": {"url": {"type": "string"}, "fileId": {"type": "string"}, "label": {"type": "string"}}, "oneOf": [{"required": ["url"]}, {"required": ["fileId"]}]}"#
            ))
        let source = UnitSupport.structure(UnitSupport.type("Source", in: model))
        XCTAssertEqual(source?.properties.map(\.swiftName), ["url", "fileID", "label"])
        XCTAssertEqual(source?.properties.map(\.isOptional), [true, true, true])
        XCTAssertEqual(
            source?.exclusiveChoice,
            ExclusiveChoice(enumName: "Choice", accessorName: "choice", propertyIndices: [0, 1]))
    }

    func testRecursiveTypesAreBoxed() throws {
        let model = try model(
            UnitSupport.schemas(
                ##""Folder": {"type": "object", "properties": {"name": {"type": "string"}, "parent": {"$ref": "#/components/schemas/Folder"}, "children": {"type": "array", "items": {"$ref": "#/components/schemas/Folder"}}}}, "A": {"type": "object", "required": ["b"], "properties": {"b": {"$ref": "#/components/schemas/B"}}}, "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}, "leaf": {"$ref": "#/components/schemas/Leaf"}}}, "Leaf": {"type": "object", "properties": {"x": {"type": "string"}}}"##
            ))
        let folder = UnitSupport.structure(UnitSupport.type("Folder", in: model))
        XCTAssertEqual(folder?.properties.map(\.isBoxed), [false, true, false])
        XCTAssertEqual(UnitSupport.property("parent", in: folder)?.isOptional, true)
        let a = UnitSupport.structure(UnitSupport.type("A", in: model))
        XCTAssertEqual(a?.properties.map(\.isBoxed), [true])
        XCTAssertEqual(a?.properties.map(\.isOptional), [false])
        let b = UnitSupport.structure(UnitSupport.type("B", in: model))
        XCTAssertEqual(b?.properties.map(\.isBoxed), [true, false])
    }

    func testAdditionalProperties() throws {
        let model = try model(
            UnitSupport.schemas(
                #""Labels": {"type": "object", "properties": {"counts": {"type": "object", "additionalProperties": {"type": "integer"}}, "extra": {"type": "object", "additionalProperties": true}, "nested": {"type": "object", "additionalProperties": {"type": "object", "properties": {"a": {"type": "string"}}}}}}, "Counts": {"type": "object", "additionalProperties": {"type": "integer", "format": "int64"}}, "Free": {"type": "object"}, "Closed": {"type": "object", "additionalProperties": false}"#
            ))
        let labelsDeclaration = try XCTUnwrap(UnitSupport.type("Labels", in: model))
        let labels = UnitSupport.structure(labelsDeclaration)
        XCTAssertEqual(
            labels?.properties.map(\.type),
            [.dictionary(.int), .dictionary(.jsonValue), .dictionary(.named("Labels.NestedValue"))])
        XCTAssertEqual(labelsDeclaration.nested.map(\.name), ["NestedValue"])
        XCTAssertEqual(UnitSupport.alias(UnitSupport.type("Counts", in: model)), .dictionary(.int64(wire: .number)))
        XCTAssertEqual(UnitSupport.alias(UnitSupport.type("Free", in: model)), .dictionary(.jsonValue))
        XCTAssertEqual(UnitSupport.structure(UnitSupport.type("Closed", in: model))?.properties.count, 0)
    }

    // MARK: - Operations

    func testOperationsWithoutOperationIDAreNamedFromMethodAndPath() throws {
        let model = try model(
            UnitSupport.document(
                #""paths": {"/pets/{petId}": {"get": {"parameters": [{"name": "petId", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"204": {"description": "ok"}}}, "delete": {}}, "/pets": {"post": {"operationId": "createPet"}}}"#
            ))
        XCTAssertEqual(model.operations.map(\.operationID), ["get /pets/{petId}", "delete /pets/{petId}", "createPet"])
        XCTAssertEqual(model.operations.map(\.methodName), ["getPetsPetID", "deletePetsPetID", "createPet"])
        XCTAssertEqual(model.operations.map(\.typeName), ["GetPetsPetID", "DeletePetsPetID", "CreatePet"])
        XCTAssertEqual(model.operations.map(\.httpMethod), ["GET", "DELETE", "POST"])
        XCTAssertEqual(model.operations.map(\.path), ["/pets/{petId}", "/pets/{petId}", "/pets"])
        XCTAssertEqual(
            model.operations.map(\.pointer),
            ["#/paths/~1pets~1{petId}/get", "#/paths/~1pets~1{petId}/delete", "#/paths/~1pets/post"])
        XCTAssertEqual(model.operations.first?.response, .empty)
    }

    func testCollidingOperationNamesAreUniqued() throws {
        let model = try model(
            UnitSupport.document(
                #""paths": {"/a": {"get": {"operationId": "list-files"}}, "/b": {"get": {"operationId": "listFiles"}}, "/c": {"get": {"operationId": "sender"}}}"#
            ))
        XCTAssertEqual(model.operations.map(\.methodName), ["listFiles", "listFiles2", "sender2"])
        XCTAssertEqual(model.operations.map(\.typeName), ["ListFiles", "ListFiles2", "Sender"])
    }

    private static let parameterDocument = UnitSupport.document(
        #""paths": {"/search/{id}": {"parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}, {"name": "tags", "in": "query", "schema": {"type": "integer"}}], "get": {"operationId": "search", "parameters": [{"name": "filter", "in": "query", "x-query-key-style": "dotted", "schema": {"type": "object", "properties": {"a": {"type": "string"}}}}, {"name": "sort", "in": "query", "style": "deepObject", "schema": {"type": "object", "properties": {"field": {"type": "string"}}}}, {"name": "ids", "in": "query", "style": "form", "explode": false, "schema": {"type": "array", "items": {"type": "string"}}}, {"name": "tags", "in": "query", "required": true, "description": "Tags to match.", "schema": {"type": "array", "items": {"type": "string"}}}, {"name": "paging", "in": "query", "schema": {"type": "object", "properties": {"limit": {"type": "integer"}}}}, {"name": "X-Request-Id", "in": "header", "schema": {"type": "string"}}, {"name": "Authorization", "in": "header", "schema": {"type": "string"}}, {"name": "Accept", "in": "header", "schema": {"type": "string"}}]}}}"#
    )

    func testParameterStyles() throws {
        let model = try model(Self.parameterDocument)
        let operation = UnitSupport.operation("search", in: model)
        XCTAssertEqual(
            operation?.parameters.map(\.wireName), ["id", "filter", "sort", "ids", "tags", "paging", "X-Request-Id"])
        XCTAssertEqual(
            operation?.parameters.map(\.swiftName), ["id", "filter", "sort", "ids", "tags", "paging", "xRequestID"])
        XCTAssertEqual(
            operation?.parameters.map(\.style), [.simple, .dotted, .deepObject, .commaSeparated, .form, .form, .simple])
        XCTAssertEqual(
            operation?.parameters.map(\.valueKind),
            [.scalar, .encodable, .encodable, .scalarArray, .scalarArray, .encodable, .scalar])
        XCTAssertEqual(operation?.parameters.map(\.location), [.path, .query, .query, .query, .query, .query, .header])
        // Path parameters are always required.
        XCTAssertEqual(operation?.parameters.map(\.isRequired), [true, false, false, false, true, false, false])
        XCTAssertEqual(
            operation?.parameters.map(\.type),
            [
                .string, .named("Operations.Search.Filter"), .named("Operations.Search.Sort"), .array(.string),
                .array(.string),
                .named("Operations.Search.Paging"), .string,
            ])
        XCTAssertEqual(
            UnitSupport.parameter("tags", in: operation)?.documentation, Documentation(summary: "Tags to match."))
        XCTAssertEqual(operation?.nested.map(\.name), ["Filter", "Sort", "Paging"])
    }

    func testObjectFormParameterWithoutExplodeIsEncodedCommaSeparated() throws {
        let result = try UnitSupport.generate(
            UnitSupport.document(
                #""paths": {"/a": {"get": {"operationId": "a", "parameters": [{"name": "q", "in": "query", "explode": false, "schema": {"type": "object", "properties": {"x": {"type": "string"}}}}]}}}"#
            ))
        XCTAssertEqual(result.warnings.map(\.message), [])
        let parameter = try XCTUnwrap(result.model.operations.first?.parameters.first)
        XCTAssertEqual(parameter.style, .commaSeparated)
        XCTAssertEqual(parameter.valueKind, .encodable)
        let file = try XCTUnwrap(result.files.first { $0.path == "Operations/A.swift" })
        XCTAssertTrue(file.contents.contains(#"try query.appendForm("q", self.q, explode: false)"#), file.contents)
    }

    func testDelimitedQueryStylesJoinArrays() throws {
        let result = try UnitSupport.generate(
            UnitSupport.document(
                #""paths": {"/b": {"get": {"operationId": "b", "parameters": [{"name": "p", "in": "query", "style": "pipeDelimited", "schema": {"type": "array", "items": {"type": "string"}}}, {"name": "s", "in": "query", "style": "spaceDelimited", "schema": {"type": "array", "items": {"type": "integer"}}}]}}}"#
            ))
        let file = try XCTUnwrap(result.files.first { $0.path == "Operations/B.swift" })
        XCTAssertTrue(file.contents.contains(#"query.appendJoined("p", self.p, separator: "|")"#), file.contents)
        XCTAssertTrue(file.contents.contains(#"query.appendJoined("s", self.s, separator: " ")"#), file.contents)
    }

    func testUnsupportedPathStylesLeaveOperationOut() throws {
        let result = try UnitSupport.generate(
            UnitSupport.document(
                #""paths": {"/a/{p}": {"get": {"operationId": "a", "parameters": [{"name": "p", "in": "path", "required": true, "style": "label", "schema": {"type": "string"}}]}}, "/c": {"get": {"operationId": "c"}}}"#
            ))
        XCTAssertEqual(result.model.operations.map(\.operationID), ["c"])
        XCTAssertEqual(
            result.warnings.map(\.message),
            ["path parameter style 'label' is not supported; operation 'a' is left out"])
        XCTAssertEqual(result.warnings.first?.location.pointer, "#/paths/~1a~1{p}/get/parameters/0")
    }

    func testUnionPathParameterIsEncoded() throws {
        let result = try UnitSupport.generate(
            UnitSupport.document(
                #""paths": {"/w/{id}": {"get": {"operationId": "w", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"oneOf": [{"type": "integer"}, {"type": "string"}]}}]}}}"#
            ))
        let file = try XCTUnwrap(result.files.first { $0.path == "Operations/W.swift" })
        XCTAssertTrue(
            file.contents.contains(#"let idSegment = try PathEncoding.segment(encoding: self.id, parameter: "id")"#),
            file.contents)
    }

    func testCookieParameterIsAnInput() throws {
        let text = """
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "paths": {
                "/me": {
                  "get": {
                    "operationId": "me",
                    "parameters": [
                      {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                      {"name": "session", "in": "cookie", "schema": {"type": "string"}}
                    ]
                  }
                }
              }
            }
            """
        let result = try UnitSupport.generate(text)
        let session = UnitSupport.operation("me", in: result.model)?.parameters.last
        XCTAssertEqual(session?.wireName, "session")
        XCTAssertEqual(session?.location, .cookie)
        XCTAssertEqual(session?.valueKind, .scalar)
        XCTAssertEqual(result.warnings.map(\.message), [])
        // An object in a cookie has no standard text form unless declared with JSON `content`.
        let object = text.replacingOccurrences(
            of: #"{"name": "session", "in": "cookie", "schema": {"type": "string"}}"#,
            with:
                #"{"name": "session", "in": "cookie", "schema": {"type": "object", "properties": {"a": {"type": "string"}}}}"#
        )
        XCTAssertEqual(
            try UnitSupport.generate(object).warnings.map(\.message),
            [
                "cookie parameter 'session' is an object or a union, which is not supported; declare it with "
                    + "'content' to send it as JSON; operation 'me' is left out"
            ])
    }

    private static let unsupportedBodyDocument = """
        {
          "openapi": "3.0.3",
          "info": {"title": "T", "version": "1"},
          "paths": {
            "/upload": {
              "post": {
                "operationId": "upload",
                "requestBody": {
                  "content": {"application/xml": {"schema": {"type": "object"}}}
                },
                "responses": {"200": {"description": "ok"}}
              }
            },
            "/files": {"get": {"operationId": "listFiles", "responses": {"200": {"description": "ok"}}}}
          }
        }
        """

    func testUnsupportedBodyLeavesTheOperationOutWithALocatedWarning() throws {
        let result = try UnitSupport.generate(Self.unsupportedBodyDocument)
        XCTAssertEqual(result.model.operations.map(\.operationID), ["listFiles"])
        XCTAssertEqual(result.warnings.count, 1)
        let warning = result.warnings.first
        XCTAssertEqual(warning?.severity, .warning)
        XCTAssertEqual(
            warning?.message,
            "request body media type application/xml is not supported; operation 'upload' is left out")
        XCTAssertEqual(
            warning?.location,
            SourceLocation(file: "api.json", line: 8, column: 24, pointer: "#/paths/~1upload/post/requestBody"))
        XCTAssertFalse(result.files.map(\.path).contains("Operations/Upload.swift"))
        XCTAssertTrue(result.files.map(\.path).contains("Operations/ListFiles.swift"))
    }

    func testUnsupportedBodyInStrictModeFailsGeneration() throws {
        let failure = UnitSupport.generationFailure(Self.unsupportedBodyDocument, strict: true)
        XCTAssertEqual(failure?.diagnostics.count, 1)
        let error = failure?.diagnostics.first
        XCTAssertEqual(error?.severity, .error)
        XCTAssertEqual(
            error?.message,
            "request body media type application/xml is not supported; operation 'upload' is left out")
        XCTAssertEqual(
            error?.location,
            SourceLocation(file: "api.json", line: 8, column: 24, pointer: "#/paths/~1upload/post/requestBody"))
    }

    func testTranslatorStrictOptionDirectly() throws {
        let document = try UnitSupport.read(Self.unsupportedBodyDocument)
        XCTAssertEqual(try Translator.translate(document).operations.map(\.operationID), ["listFiles"])
        do {
            _ = try Translator.translate(document, options: Translator.Options(strict: true))
            XCTFail("strict translation should fail")
        } catch {
            XCTAssertEqual(error.diagnostics.map(\.severity), [.error])
        }
    }

    func testBodiesAndResponses() throws {
        let result = try UnitSupport.generate(
            UnitSupport.document(
                #""paths": {"/a": {"post": {"operationId": "create", "requestBody": {"description": "What to make.", "content": {"text/plain": {}, "application/json": {"schema": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}}}, "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}, "201": {"description": "made"}}}, "put": {"operationId": "upload", "requestBody": {"required": true, "content": {"image/png": {}}}, "responses": {"200": {"description": "ok", "content": {"application/octet-stream": {}}}}}, "get": {"operationId": "text", "responses": {"default": {"description": "x"}, "200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}}}}}"#
            ))
        let create = UnitSupport.operation("create", in: result.model)
        XCTAssertEqual(create?.body?.contentType, "application/json")
        XCTAssertEqual(create?.body?.encoding, .json)
        XCTAssertEqual(create?.body?.type, .named("Operations.Create.Body"))
        XCTAssertEqual(create?.body?.isRequired, false)
        XCTAssertEqual(create?.body?.documentation, Documentation(summary: "What to make."))
        XCTAssertEqual(create?.body?.flattenedProperties?.map(\.swiftName), ["name"])
        // Two success statuses: an enum with a case each, the one without a body not decoded.
        guard case .statuses(let statuses) = create?.response else {
            return XCTFail("expected a response enum, got \(String(describing: create?.response))")
        }
        XCTAssertEqual(statuses.typePath, "Operations.Create.Response")
        XCTAssertEqual(statuses.cases.map(\.swiftName), ["ok", "created"])
        XCTAssertEqual(statuses.cases.map(\.body), [.json(.array(.string)), .empty])
        let upload = UnitSupport.operation("upload", in: result.model)
        XCTAssertEqual(upload?.body?.encoding, .binary)
        XCTAssertEqual(upload?.body?.type, .data)
        XCTAssertEqual(upload?.body?.contentType, "image/png")
        XCTAssertEqual(upload?.response, .binary)
        XCTAssertEqual(UnitSupport.operation("text", in: result.model)?.response, .text)
        XCTAssertEqual(result.warnings.map(\.message), [])
    }

    /// Exact statuses are tried before the `2XX` range; names come from reason phrases.
    func testStatusCaseNamesAndOrder() throws {
        let result = try UnitSupport.generate(
            UnitSupport.document(
                #""paths": {"/a": {"get": {"operationId": "get", "responses": {"2XX": {"description": "any"}, "299": {"description": "odd"}, "204": {"description": "none"}}}}}"#
            ))
        guard case .statuses(let statuses) = UnitSupport.operation("get", in: result.model)?.response else {
            return XCTFail("expected a response enum")
        }
        XCTAssertEqual(statuses.cases.map(\.swiftName), ["status299", "noContent", "success"])
    }

    func testIdempotence() throws {
        let model = try model(
            UnitSupport.document(
                #""paths": {"/a": {"post": {"operationId": "createA", "x-idempotent": true}, "get": {"operationId": "getA", "x-idempotent": false}, "put": {"operationId": "putA"}, "patch": {"operationId": "patchA"}, "delete": {"operationId": "deleteA"}, "head": {"operationId": "headA"}}, "/b": {"post": {"operationId": "createB"}}}"#
            ))
        XCTAssertEqual(
            model.operations.map(\.operationID), ["createA", "getA", "putA", "patchA", "deleteA", "headA", "createB"])
        XCTAssertEqual(model.operations.map(\.isIdempotent), [true, false, true, false, true, true, false])
    }

    func testWixErrorCodesBecomeAnErrorCodeEnum() throws {
        let result = try UnitSupport.generate(
            UnitSupport.document(
                #""paths": {"/files/{id}": {"get": {"operationId": "getFile", "x-wix-error-codes": [{"code": "FILE_NOT_FOUND", "httpStatus": 404, "description": "No such file."}, {"code": "ACCESS_DENIED"}], "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]}}, "/files": {"get": {"operationId": "listFiles"}}}"#
            ))
        let getFile = UnitSupport.operation("getFile", in: result.model)
        XCTAssertEqual(getFile?.errorCodeType, "GetFileErrorCode")
        XCTAssertEqual(
            getFile?.errorCodes,
            [
                ErrorCodeDeclaration(
                    code: "FILE_NOT_FOUND", httpStatus: 404, documentation: Documentation(summary: "No such file.")),
                ErrorCodeDeclaration(code: "ACCESS_DENIED", httpStatus: nil, documentation: Documentation()),
            ])
        XCTAssertEqual(UnitSupport.operation("listFiles", in: result.model)?.errorCodeType, "AnyErrorCode")
        let declaration = UnitSupport.type("GetFileErrorCode", in: result.model)
        XCTAssertEqual(declaration?.pointer, "#/paths/~1files~1{id}/get/x-wix-error-codes")
        XCTAssertEqual(
            declaration?.documentation, Documentation(summary: "Application error codes `getFile` can return."))
        let enumeration = UnitSupport.enumeration(declaration)
        XCTAssertEqual(enumeration?.isErrorCode, true)
        XCTAssertEqual(enumeration?.rawType, .string)
        XCTAssertEqual(enumeration?.cases.map(\.swiftName), ["fileNotFound", "accessDenied"])
        XCTAssertEqual(enumeration?.cases.map(\.rawValue), ["FILE_NOT_FOUND", "ACCESS_DENIED"])
        XCTAssertEqual(
            enumeration?.caseDocumentation,
            [
                "fileNotFound": Documentation(summary: "No such file.", details: "Returned with HTTP status 404."),
                "accessDenied": Documentation(),
            ])
        XCTAssertTrue(result.files.map(\.path).contains("ErrorCodes/GetFileErrorCode.swift"))
    }

    func testErrorCodeEnumNameAvoidsComponentNames() throws {
        let model = try model(
            UnitSupport.schemas(
                #""GetFileErrorCode": {"type": "string"}"#,
                extra: #""paths": {"/f": {"get": {"operationId": "getFile", "x-wix-error-codes": [{"code": "X"}]}}}"#))
        XCTAssertEqual(UnitSupport.operation("getFile", in: model)?.errorCodeType, "GetFileErrorCode2")
        XCTAssertEqual(model.types.map(\.name), ["GetFileErrorCode", "GetFileErrorCode2"])
    }

    func testMalformedErrorCodesAreLocatedErrors() {
        let missingCode = UnitSupport.generationFailure(
            UnitSupport.document(
                #""paths": {"/f": {"get": {"operationId": "getFile", "x-wix-error-codes": [{"httpStatus": 404}]}}}"#))
        XCTAssertEqual(missingCode?.diagnostics.map(\.message), ["missing required member 'code'"])
        XCTAssertEqual(missingCode?.diagnostics.first?.location.pointer, "#/paths/~1f/get/x-wix-error-codes/0")

        let notAnArray = UnitSupport.generationFailure(
            UnitSupport.document(#""paths": {"/f": {"get": {"operationId": "getFile", "x-wix-error-codes": "oops"}}}"#))
        XCTAssertEqual(notAnArray?.diagnostics.map(\.message), ["expected an array, found string"])
        XCTAssertEqual(notAnArray?.diagnostics.first?.location.pointer, "#/paths/~1f/get/x-wix-error-codes")
    }

    func testTagsBecomeClients() throws {
        let result = try UnitSupport.generate(
            UnitSupport.document(
                #""tags": [{"name": "folders", "description": "Folder operations."}, {"name": "unused"}, {"name": "files"}], "paths": {"/files": {"get": {"operationId": "listFiles", "tags": ["files"]}}, "/folders": {"get": {"operationId": "listFolders", "tags": ["folders"]}, "post": {"operationId": "createFolder", "tags": ["folders", "files"]}}, "/ping": {"get": {"operationId": "ping"}}, "/site": {"get": {"operationId": "getSite", "tags": ["site-properties"]}}}"#
            ))
        let clients = result.model.clients
        XCTAssertEqual(clients.map(\.name), ["FoldersClient", "FilesClient", "DefaultClient", "SitePropertiesClient"])
        XCTAssertEqual(clients.map(\.propertyName), ["folders", "files", "default", "siteProperties"])
        XCTAssertEqual(
            clients.map(\.operationIDs), [["listFolders", "createFolder"], ["listFiles"], ["ping"], ["getSite"]])
        XCTAssertEqual(
            clients.map(\.documentation),
            [
                Documentation(summary: "Folder operations."), Documentation(summary: "The `files` operations."),
                Documentation(summary: "The `default` operations."),
                Documentation(summary: "The `site-properties` operations."),
            ])
        XCTAssertEqual(
            result.model.operations.map(\.tag), ["files", "folders", "folders", "", "site-properties"])
        XCTAssertEqual(
            result.files.map(\.path),
            [
                "Clients/DefaultClient.swift", "Clients/FilesClient.swift", "Clients/FoldersClient.swift",
                "Clients/SitePropertiesClient.swift",
                "Operations.swift", "Operations/CreateFolder.swift", "Operations/GetSite.swift",
                "Operations/ListFiles.swift",
                "Operations/ListFolders.swift", "Operations/Ping.swift", "TAPI.swift",
            ])
    }

    // MARK: - Collisions in the generated code

    func testMemberNamesHelperFindsRedeclarations() {
        let code =
            "public struct S {\n    public var a: Int\n    public var `self`: Int\n    case b(Int)\n        case nested\n    public var a: String { \"\" }\n}\n"
        XCTAssertEqual(UnitSupport.memberNames(in: code), ["S.a", "S.self", "S.b", "S.a"])
        XCTAssertEqual(UnitSupport.duplicates(UnitSupport.memberNames(in: code)), ["S.a"])
    }

    /// Nested types count too, each under its own name, and bodies' locals and `case` labels do not.
    func testMemberNamesHelperFindsNestedRedeclarations() {
        let code = """
            public struct Outer {
                public var a: Int
                public enum Inner: String {
                    case a
                    case b = "x"
                    public init(from decoder: any Decoder) throws {
                        let a = 1
                        switch a {
                        case 1: self = .a
                        default: self = .b
                        }
                    }
                    case `a`
                }
                public struct Other {
                    public var a: Int
                }
            }
            extension Outer.Other {
                public var a: Int { 1 }
            }
            """
        XCTAssertEqual(
            UnitSupport.memberNames(in: code),
            [
                "Outer.a", "Outer.Inner", "Outer.Inner.a", "Outer.Inner.b", "Outer.Inner.a", "Outer.Other",
                "Outer.Other.a", "Outer.Other.a",
            ])
        XCTAssertEqual(UnitSupport.duplicates(UnitSupport.memberNames(in: code)), ["Outer.Inner.a", "Outer.Other.a"])
    }

    /// The exclusive-choice accessor (`var choice: Choice?`) must not redeclare a property named `choice`.
    func testExclusiveChoiceAccessorDoesNotCollideWithAProperty() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(
                ##""Source": {"type": "object", "properties": {"choice": {"type": "string"}, "a": {"type": "string"}, "b": {"type": "string"}}, "oneOf": [{"required": ["a"]}, {"required": ["b"]}]}"##
            ))
        let file = try XCTUnwrap(result.files.first { $0.path == "Models/Source.swift" })
        XCTAssertNotNil(UnitSupport.structure(UnitSupport.type("Source", in: result.model))?.exclusiveChoice)
        XCTAssertEqual(UnitSupport.duplicates(UnitSupport.memberNames(in: file.contents)), [], file.contents)
    }

    /// A discriminated union already has `case unrecognized(JSONValue)`; an alternative named
    /// `Unrecognized` must get another case name.
    func testDiscriminatedUnionCaseDoesNotCollideWithUnrecognized() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(
                ##""Unrecognized": {"type": "object", "properties": {"kind": {"type": "string"}}}, "Known": {"type": "object", "properties": {"kind": {"type": "string"}}}, "Thing": {"oneOf": [{"$ref": "#/components/schemas/Known"}, {"$ref": "#/components/schemas/Unrecognized"}], "discriminator": {"propertyName": "kind"}}"##
            ))
        let file = try XCTUnwrap(result.files.first { $0.path == "Models/Thing.swift" })
        XCTAssertEqual(UnitSupport.duplicates(UnitSupport.memberNames(in: file.contents)), [], file.contents)
    }

    /// `operationId: operations` must not overwrite the `Operations` namespace file.
    func testGeneratedFilePathsAreUnique() throws {
        let result = try UnitSupport.generate(
            UnitSupport.document(
                ##""paths": {"/a": {"get": {"operationId": "operations"}}, "/b": {"get": {"operationId": "listB"}}}"##))
        let paths = result.files.map(\.path)
        XCTAssertEqual(UnitSupport.duplicates(paths), [], "\(paths)")
        let namespace = result.files.filter { $0.path == "Operations.swift" }
        XCTAssertTrue(
            namespace.contains { $0.contents.contains("public enum Operations {}") }, "\(namespace.map(\.contents))")
        // Inside `extension Operations`, a nested `Operations` would shadow the namespace.
        XCTAssertEqual(result.model.operations.first?.typeName, "Operations2")
    }

    /// macOS and Windows file systems usually ignore case: `PetX.swift` and `Petx.swift` would be one file.
    func testGeneratedFilePathsAreUniqueIgnoringCase() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(##""PetX": {"type": "string"}, "Petx": {"type": "integer"}"##))
        let paths = result.files.map { $0.path.lowercased() }
        XCTAssertEqual(UnitSupport.duplicates(paths), [], "\(result.files.map(\.path))")
    }

    func testEveryFileStartsWithTheGeneratedHeader() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(#""A": {"type": "string"}"#, extra: #""paths": {"/a": {"get": {"operationId": "a"}}}"#),
            file: "specs/media.json")
        XCTAssertFalse(result.files.isEmpty)
        for file in result.files {
            XCTAssertTrue(
                file.contents.hasPrefix(
                    "// Code generated by wix-media-swift's generator from media.json. DO NOT EDIT.\n"), file.path)
        }
    }
}
