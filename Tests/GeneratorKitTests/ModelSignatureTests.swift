import XCTest

@testable import GeneratorKit

/// Signatures and names are decided in `SwiftModel` (issue #10 §1): Render prints them and `generator diff`
/// compares them, so each must be readable from the model without calling a renderer.
final class ModelSignatureTests: XCTestCase {
    private static let pagedDocument = UnitSupport.document(
        ##""tags": [{"name": "files"}], "paths": {"/files/{folderId}": {"post": {"operationId": "listFiles", "tags": ["files"], "deprecated": true, "parameters": [{"name": "folderId", "in": "path", "required": true, "schema": {"type": "string"}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ListRequest"}}}}, "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ListResponse"}}}}}}}}, "components": {"schemas": {"ListRequest": {"type": "object", "required": ["kind"], "properties": {"paging": {"$ref": "#/components/schemas/Paging"}, "kind": {"type": "string"}}}, "Paging": {"type": "object", "properties": {"limit": {"type": "integer", "format": "int32"}, "cursor": {"type": "string"}}}, "ListResponse": {"type": "object", "properties": {"files": {"type": "array", "items": {"type": "string"}}, "pagingMetadata": {"$ref": "#/components/schemas/Metadata"}}}, "Metadata": {"type": "object", "properties": {"cursors": {"$ref": "#/components/schemas/Cursors"}, "hasNext": {"type": "boolean"}}}, "Cursors": {"type": "object", "properties": {"next": {"type": "string"}}}}}"##
    )

    func testClientMethodSignatureIsInTheModel() throws {
        let operation = try XCTUnwrap(UnitSupport.generate(Self.pagedDocument).model.operations.first)
        XCTAssertEqual(operation.tag, "files")
        XCTAssertEqual(operation.clientName, "FilesClient")
        XCTAssertEqual(operation.requestMembers.map(\.swiftName), ["folderID", "body"])
        XCTAssertEqual(operation.body?.memberName, "body")
        let method = operation.clientMethod
        XCTAssertEqual(method.name, "listFiles")
        // The small body is flattened: its fields replace it, required ones first.
        XCTAssertEqual(method.arguments.map(\.swiftName), ["folderID", "kind", "paging"])
        XCTAssertEqual(method.flattenedBodyVariable, "body")
        XCTAssertEqual(method.requestVariable, "request")
    }

    func testPagedMethodSignatureIsInTheModel() throws {
        let operation = try XCTUnwrap(UnitSupport.generate(Self.pagedDocument).model.operations.first)
        let paging = try XCTUnwrap(operation.paging)
        XCTAssertEqual(paging.methodName, "listFilesPaged")
        XCTAssertEqual(paging.arguments.map(\.swiftName), ["folderID", "kind", "pageSize"])
        // Page sizes are `Int` at the API surface, whatever integer the wire's `limit` is (here `int32`).
        XCTAssertEqual(paging.arguments.last?.type, .int)
        XCTAssertEqual(
            [paging.pageSizeName, paging.maxPagesName, paging.cursorName, paging.responseName],
            ["pageSize", "maxPages", "cursor", "response"])
        XCTAssertEqual(paging.defaultMaxPages, 1000)
    }

    func testChoiceAccessorAndBoxStorageAreInTheModel() throws {
        let model = try UnitSupport.generate(
            UnitSupport.schemas(
                ##""Node": {"type": "object", "properties": {"choice": {"type": "string"}, "parent": {"$ref": "#/components/schemas/Node"}, "a": {"type": "string"}, "b": {"type": "string"}}, "oneOf": [{"required": ["a"]}, {"required": ["b"]}]}"##
            )
        ).model
        let node = try XCTUnwrap(UnitSupport.structure(UnitSupport.type("Node", in: model)))
        XCTAssertEqual(node.exclusiveChoice?.enumName, "Choice2")
        XCTAssertEqual(node.exclusiveChoice?.accessorName, "choice2")
        XCTAssertEqual(node.properties.map(\.boxStorageName), [nil, "_parent", nil, nil])
    }
}
