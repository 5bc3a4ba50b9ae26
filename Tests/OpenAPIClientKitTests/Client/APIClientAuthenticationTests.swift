import Foundation
import OpenAPIClientKit
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Each kind of ``Authentication`` puts its credentials where it says, on every attempt, and never in a
/// description.
final class APIClientAuthenticationTests: XCTestCase {
    private func sentRequest(with authentication: Authentication) async throws -> URLRequest {
        let transport = ScriptedTransport()
        _ = try await APIClient(baseURL: petStoreURL, authentication: authentication, transport: transport)
            .send(GetPet())
        return try XCTUnwrap(transport.requests.first)
    }

    func testNoneSendsNoCredentials() async throws {
        let request = try await sentRequest(with: .none)
        XCTAssertNil(request.value(forHTTPHeaderField: "Authorization"))
        XCTAssertEqual(request.url?.query, nil)
    }

    func testAPIKeyGoesInItsHeader() async throws {
        let request = try await sentRequest(with: .apiKey(headerName: "X-API-Key", value: "k1"))
        XCTAssertEqual(request.value(forHTTPHeaderField: "x-api-key"), "k1")
        XCTAssertNil(request.value(forHTTPHeaderField: "Authorization"))
    }

    func testAPIKeyQueryGoesInTheQuery() async throws {
        let request = try await sentRequest(with: .apiKeyQuery(name: "api_key", value: "k 2"))
        XCTAssertEqual(request.url?.absoluteString, "https://petstore.example.com/v1/pets/1?api_key=k%202")
    }

    func testBearerTokenIsAnAuthorizationHeader() async throws {
        let request = try await sentRequest(with: .bearer("t0k3n"))
        XCTAssertEqual(request.value(forHTTPHeaderField: "Authorization"), "Bearer t0k3n")
    }

    /// RFC 7617: base64 of `username:password` in UTF-8, the colon kept even in an empty password.
    func testBasicCredentialsAreBase64OfUsernameColonPassword() async throws {
        let request = try await sentRequest(with: .basic(username: "Aladdin", password: "open sesame"))
        XCTAssertEqual(request.value(forHTTPHeaderField: "Authorization"), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
        let unicode = try await sentRequest(with: .basic(username: "test", password: "123£"))
        XCTAssertEqual(unicode.value(forHTTPHeaderField: "Authorization"), "Basic dGVzdDoxMjPCow==")
    }

    /// A custom step runs for every attempt, so a token refreshed while a retry waited is the one sent.
    func testCustomAuthenticatorRunsForEveryAttempt() async throws {
        let transport = ScriptedTransport([ScriptedTransport.reply(status: 503), ScriptedTransport.reply(status: 200)])
        let client = APIClient(
            baseURL: petStoreURL, authentication: .custom(RefreshingAuthenticator()),
            configuration: APIClientConfiguration(retryPolicy: instantRetries()), transport: transport)

        _ = try await client.send(GetPet())

        XCTAssertEqual(
            transport.requests.map { $0.value(forHTTPHeaderField: "Authorization") },
            ["Bearer token-1", "Bearer token-2"])
    }

    func testFailingAuthenticatorFailsTheCallWithoutSending() async throws {
        struct Expired: Error {}
        let transport = ScriptedTransport()
        let client = APIClient(
            baseURL: petStoreURL, authentication: .custom(FailingAuthenticator(error: Expired())),
            configuration: APIClientConfiguration(retryPolicy: instantRetries()), transport: transport)
        do {
            _ = try await client.send(GetPet())
            XCTFail("a failed authentication must throw")
        } catch APIClientError.authenticationFailed(let underlying) {
            XCTAssertTrue(underlying is Expired)
        }
        XCTAssertTrue(transport.requests.isEmpty)
    }

    func testDescriptionsAndMirrorsShowNoSecret() {
        let secrets: [Authentication] = [
            .apiKey(headerName: "X-API-Key", value: "s3cr3t"), .apiKeyQuery(name: "key", value: "s3cr3t"),
            .bearer("s3cr3t"), .basic(username: "s3cr3t", password: "s3cr3t"), .custom(RefreshingAuthenticator()),
        ]
        for authentication in secrets {
            var dumped = ""
            dump(APIClient(baseURL: petStoreURL, authentication: authentication), to: &dumped)
            for text in [authentication.description, "\(authentication)", String(reflecting: authentication), dumped] {
                XCTAssertFalse(text.contains("s3cr3t"), text)
            }
        }
        XCTAssertEqual(
            Authentication.apiKey(headerName: "X-API-Key", value: "s3cr3t").description,
            "Authentication.apiKey(headerName: X-API-Key, value: <redacted>)")
    }
}

/// Hands out a new token for every request, as a refresh would, after an asynchronous wait.
private final class RefreshingAuthenticator: RequestAuthenticator, @unchecked Sendable {
    // @unchecked: `issued` is only reached under `lock`.
    private var issued = 0
    private let lock = NSLock()
    private let secret = "s3cr3t"

    func authenticate(_ request: HTTPRequest) async throws -> HTTPRequest {
        await Task.yield()
        let token = lock.withLock {
            issued += 1
            return "token-\(issued)"
        }
        var request = request
        request.headers.append(HTTPHeader(name: "Authorization", value: "Bearer " + token))
        return request
    }
}

private struct FailingAuthenticator: RequestAuthenticator {
    let error: any Error

    func authenticate(_ request: HTTPRequest) async throws -> HTTPRequest {
        throw error
    }
}
