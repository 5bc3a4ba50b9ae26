import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A path parameter addresses one resource, whatever its value: dots cannot climb the path, and an empty value
/// is refused before anything is sent rather than leaving its segment out.
final class PathParameterSafetyTests: XCTestCase {
    func testDotIDsStayInsideTheFolderPath() throws {
        XCTAssertEqual(try Operations.GetFolder(folderID: "..").makeRequest().path, "/site-media/v1/folders/%2E%2E")
        XCTAssertEqual(try Operations.GetFolder(folderID: ".").makeRequest().path, "/site-media/v1/folders/%2E")
        XCTAssertEqual(
            try Operations.GenerateFolderDownloadURL(folderID: "..").makeRequest().path,
            "/site-media/v1/folders/%2E%2E/generate-download-url")
    }

    func testAnEmptyIDIsATypedErrorNamingTheParameter() {
        XCTAssertThrowsError(try Operations.GetFolder(folderID: "").makeRequest()) { error in
            XCTAssertEqual(error as? RequestValidationError, .emptyPathParameter(name: "folderId"))
        }
        XCTAssertThrowsError(
            try Operations.UpdateFolder(folderID: "", body: UpdateFolderRequest(folder: Folder(id: ""))).makeRequest()
        ) { error in
            XCTAssertEqual(error as? RequestValidationError, .emptyPathParameter(name: "folder.id"))
        }
    }

    func testTheClientSendsNothingForAnEmptyIDAndTheDotsEncodedForDots() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(transport: .replying(status: 200, body: "{}", log: log))

        let error = await assertThrows(WixMediaError.self) { try await client.folders.getFolder(folderID: "") }
        guard case .invalidRequest(let underlying as RequestValidationError)? = error else {
            return XCTFail("expected invalidRequest, got \(String(describing: error))")
        }
        XCTAssertEqual(underlying, .emptyPathParameter(name: "folderId"))
        let sentForEmpty = await log.requests
        XCTAssertEqual(sentForEmpty, [])

        _ = try await client.folders.getFolder(folderID: "..")
        let request = try await log.single()
        XCTAssertEqual(request.url?.absoluteString, "https://www.wixapis.com/site-media/v1/folders/%2E%2E")
    }
}
