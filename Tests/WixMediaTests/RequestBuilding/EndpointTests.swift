import OpenAPIClientKit
import WixMedia
import XCTest

/// Generated request builders state their endpoint and each input's wire name (`APIEndpoint`), which the
/// simulator routes by; the statement must agree with the request the builder makes.
final class EndpointTests: XCTestCase {
    func testBuilderStatesItsEndpointAndInputs() throws {
        XCTAssertEqual(
            Operations.GetFolder.endpoint,
            APIEndpoint(.get, "/site-media/v1/folders/{folderId}", .path("folderID", wireName: "folderId")))
        let update = try XCTUnwrap(Operations.UpdateFolder.endpoint)
        XCTAssertEqual(update.method, .patch)
        XCTAssertEqual(update.inputs.map(\.location), [.path, .body])
        XCTAssertEqual(update.input(named: "folderID")?.wireName, "folder.id")
        XCTAssertEqual(
            Operations.ListFiles.endpoint?.inputs.map(\.wireName),
            ["parentFolderId", "mediaTypes", "private", "sort", "paging"])
    }

    func testStatedEndpointMatchesTheRequestMade() throws {
        let request = try Operations.GetFolder(folderID: "f1").makeRequest()
        let endpoint = try XCTUnwrap(Operations.GetFolder.endpoint)
        XCTAssertEqual(request.method, endpoint.method)
        XCTAssertEqual(request.path, endpoint.pathTemplate.replacingOccurrences(of: "{folderId}", with: "f1"))
        let query = try Operations.GetFileDescriptor(fileID: "x").makeRequest()
        let wireName = try XCTUnwrap(Operations.GetFileDescriptor.endpoint?.input(named: "fileID")?.wireName)
        XCTAssertEqual(query.query.items.map(\.name), [wireName])
    }
}
