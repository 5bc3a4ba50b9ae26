import Foundation
import OpenAPIClientKit
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The `security-schemes` golden's entry type (symlinked into `GeneratedSecurityFixture`), compiled and
/// sent through an `APIClient`: each generated factory puts the credential where its scheme says.
final class GeneratedAuthenticationFactoryTests: XCTestCase {
    private func sentRequest(with authentication: Authentication) async throws -> URLRequest {
        let transport = ScriptedTransport([ScriptedTransport.reply(status: 200, body: #"["a"]"#)])
        let api = SecuredAPI(
            client: APIClient(baseURL: petStoreURL, authentication: authentication, transport: transport))
        _ = try await api.things.listThings()
        return try XCTUnwrap(transport.requests.first)
    }

    func testAPIKeyFactoryUsesTheSchemesHeader() async throws {
        let request = try await sentRequest(with: SecuredAPI.apiKey("k1"))
        XCTAssertEqual(request.value(forHTTPHeaderField: "X-API-Key"), "k1")
        XCTAssertNil(request.url?.query)
    }

    func testQueryKeyFactoryUsesTheSchemesQueryItem() async throws {
        let request = try await sentRequest(with: SecuredAPI.queryKey("k 2"))
        XCTAssertEqual(request.url?.absoluteString, "https://petstore.example.com/v1/things?api_key=k%202")
    }

    func testBearerOAuthAndOpenIDFactoriesSendABearerToken() async throws {
        for authentication in [SecuredAPI.bearerAuth("t"), SecuredAPI.oauth("t"), SecuredAPI.oidc("t")] {
            let request = try await sentRequest(with: authentication)
            XCTAssertEqual(request.value(forHTTPHeaderField: "Authorization"), "Bearer t")
        }
    }

    func testBasicFactorySendsBasicCredentials() async throws {
        let request = try await sentRequest(with: SecuredAPI.basicAuth(username: "Aladdin", password: "open sesame"))
        XCTAssertEqual(request.value(forHTTPHeaderField: "Authorization"), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
    }

    /// A hostile scheme's header name is a string literal, sent as written, not code.
    func testHostileHeaderNameStaysALiteral() {
        guard case .apiKey(let headerName, "k") = SecuredAPI.fatalError("k") else {
            return XCTFail("expected an API key in a header")
        }
        XCTAssertEqual(headerName, "X-\"Evil\\\"\n\\(boom)")
    }
}
