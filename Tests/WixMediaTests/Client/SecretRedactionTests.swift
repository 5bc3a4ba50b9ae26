import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// API keys and tokens never show up in descriptions or errors.
final class SecretRedactionTests: XCTestCase {
    func testAPIKeyCredentialsDescription() {
        let credentials = Credentials.apiKey("secret-key", siteID: "s")

        for text in [String(describing: credentials), String(reflecting: credentials), "\(credentials)"] {
            XCTAssertFalse(text.contains("secret-key"), text)
            XCTAssertTrue(text.contains("redacted"), text)
        }
        XCTAssertEqual(String(describing: credentials), "Credentials.apiKey(<redacted>, siteID: s)")
    }

    func testDumpAndMirrorHideTheSecret() {
        let client = WixMediaClient(credentials: .apiKey("secret-key", siteID: "site-1"))
        var dumped = ""
        dump(client, to: &dumped)
        XCTAssertFalse(dumped.contains("secret-key"), dumped)
        XCTAssertTrue(dumped.contains("site-1"), "the site ID is no secret and helps debugging: \(dumped)")

        let token = Credentials.accessToken("secret-token")
        let children = Mirror(reflecting: token).children.map { String(describing: $0.value) }
        XCTAssertEqual(children, ["<redacted>"])
    }

    func testAccessTokenCredentialsDescription() {
        let credentials = Credentials.accessToken("secret-token")

        XCTAssertEqual(String(describing: credentials), "Credentials.accessToken(<redacted>)")
        XCTAssertFalse(String(reflecting: credentials).contains("secret-token"))
    }

    func testClientDescriptionHidesTheKey() {
        let client = WixMediaClient.testing(
            credentials: .apiKey("secret-key", siteID: "s"), transport: .replying(status: 200, body: "{}"))

        XCTAssertFalse(String(describing: client).contains("secret-key"), String(describing: client))
        XCTAssertFalse(String(reflecting: client).contains("secret-key"), String(reflecting: client))
    }

    func testErrorsOfAnAuthenticatedCallDoNotContainTheKey() async throws {
        let body =
            #"{ "message": "UNAUTHENTICATED: invalid API key", "details": { "applicationError": { "code": "401" } } }"#
        let client = WixMediaClient.testing(
            credentials: .apiKey("secret-key", siteID: "s"), transport: .replying(status: 401, body: body))

        let error = await assertThrows(WixAPIError.self) { try await client.files.listFiles() }

        let apiError = try XCTUnwrap(error)
        XCTAssertFalse(apiError.description.contains("secret-key"), apiError.description)
        XCTAssertFalse(String(reflecting: apiError).contains("secret-key"))
        XCTAssertFalse(apiError.localizedDescription.contains("secret-key"))
        XCTAssertEqual(apiError.statusCode, 401)
    }

    func testTransportErrorsDoNotContainTheKey() async throws {
        let client = WixMediaClient.testing(
            credentials: .accessToken("secret-token"), transport: .failing(with: URLError(.notConnectedToInternet)))

        let error = await assertThrows(WixMediaError.self) { try await client.folders.listFolders() }

        let description = String(describing: try XCTUnwrap(error))
        XCTAssertTrue(description.hasPrefix("APIClientError.transport("), description)
        XCTAssertFalse(description.contains("secret-token"), description)
    }
}
