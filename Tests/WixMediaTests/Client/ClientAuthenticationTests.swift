import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `WixMediaClient.send` adds the credentials' headers to every request.
final class ClientAuthenticationTests: XCTestCase {
    func testAPIKeySendsTheKeyAsIsAndTheSiteID() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(
            credentials: .apiKey(
                "IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0", siteID: "49dcb500-1081-47b0-b13b-368b9bed8fa9"),
            transport: .replying(status: 200, body: "{}", log: log))

        _ = try await client.send(Operations.GetFolder(folderID: "25284aa06584441ea94338fdcfbaba12"))

        let request = try await log.single()
        XCTAssertEqual(
            request.value(forHTTPHeaderField: "Authorization"), "IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0",
            "no Bearer prefix")
        XCTAssertEqual(request.value(forHTTPHeaderField: "wix-site-id"), "49dcb500-1081-47b0-b13b-368b9bed8fa9")
        XCTAssertEqual(request.value(forHTTPHeaderField: "Accept"), "application/json", "the operation's headers stay")
    }

    func testAccessTokenSendsOnlyTheToken() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(
            credentials: .accessToken("OauthNG.JWS.eyJraWQiOiJZSEJzdUpwSCIsImFsZyI6IkhTMjU2In0"),
            transport: .replying(status: 200, body: "{}", log: log))

        _ = try await client.send(Operations.CreateFolder(body: CreateFolderRequest(displayName: "Summer")))

        let request = try await log.single()
        XCTAssertEqual(
            request.value(forHTTPHeaderField: "Authorization"),
            "OauthNG.JWS.eyJraWQiOiJZSEJzdUpwSCIsImFsZyI6IkhTMjU2In0")
        XCTAssertNil(request.value(forHTTPHeaderField: "wix-site-id"))
        XCTAssertEqual(request.value(forHTTPHeaderField: "Content-Type"), "application/json")
    }

    func testEveryRequestOfAClientIsAuthenticated() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(
            credentials: .apiKey("key-1", siteID: "site-1"), transport: .replying(status: 200, body: "{}", log: log))

        _ = try await client.files.listFiles()
        _ = try await client.folders.bulkDeleteFolders(folderIDs: ["d1"])

        let requests = await log.requests
        XCTAssertEqual(requests.map { $0.value(forHTTPHeaderField: "Authorization") }, ["key-1", "key-1"])
        XCTAssertEqual(requests.map { $0.value(forHTTPHeaderField: "wix-site-id") }, ["site-1", "site-1"])
    }
}
