import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// 401s in Wix's shape, and credentials that never leak into errors.
final class AuthenticationTests: XCTestCase {
    func testRequestWithoutAuthorizationIsUnauthenticated() async throws {
        try await withSimulator { harness in
            let response = try await harness.rawRequest("GET", "/site-media/v1/files", authorization: nil)

            XCTAssertEqual(response.status, 401)
            XCTAssertNotNil(response.requestID)
            let error = WixAPIError(statusCode: response.status, body: response.body, requestID: nil)
            XCTAssertEqual(error.code?.rawValue, "UNAUTHENTICATED")
            XCTAssertEqual(error.message, "Missing Authorization header")
            XCTAssertEqual(harness.requests.count(for: "listFiles"), 1)
        }
    }

    func testWrongAPIKeyIsATypedUnauthenticatedErrorWithoutTheKey() async throws {
        let configuration = WixMediaSimulator.Configuration(acceptedAuthorizations: ["the-right-key"])
        try await withSimulator(configuration) { harness in
            let client = harness.client(
                retryPolicy: RecordingSleeper().policy(), credentials: .apiKey("a-wrong-key", siteID: Harness.siteID))

            let error = await assertThrows(WixAPIError.self) {
                try await client.folders.createFolder(displayName: "Summer")
            }

            XCTAssertEqual(error?.statusCode, 401)
            XCTAssertEqual(error?.code?.rawValue, "UNAUTHENTICATED")
            XCTAssertNotNil(error?.requestID)
            XCTAssertFalse(String(describing: error).contains("a-wrong-key"))
            XCTAssertFalse(String(decoding: error?.rawBody ?? Data(), as: UTF8.self).contains("a-wrong-key"))
            XCTAssertEqual(harness.requests.count(for: "createFolder"), 1, "401 is not retried")
            XCTAssertEqual(harness.simulator.store.folders, [])
        }
    }

    func testAccessTokenIsAccepted() async throws {
        let configuration = WixMediaSimulator.Configuration(acceptedAuthorizations: ["oauth-token"])
        try await withSimulator(configuration) { harness in
            let client = harness.client(credentials: .accessToken("oauth-token"))

            let folder = try await client.folders.createFolder(displayName: "Summer").folder

            XCTAssertEqual(folder?.displayName, "Summer")
        }
    }
}
