import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A header value with a line break or NUL is refused with a typed error naming the header, and nothing is sent:
/// URL loading would otherwise drop the field and send the request without it.
final class HeaderValidationTests: XCTestCase {
    func testCredentialsWithALineBreakAreRefusedWithoutShowingThem() async throws {
        let cases: [(Credentials, String)] = [
            (.apiKey("secret-key\r\nX-Injected: 1", siteID: "site-1"), "Authorization"),
            (.apiKey("secret-key", siteID: "site-1\n"), "wix-site-id"),
            (.accessToken("secret-token\0"), "Authorization"),
        ]
        for (credentials, header) in cases {
            let log = RequestLog()
            let client = WixMediaClient.testing(
                credentials: credentials, transport: .replying(status: 200, body: "{}", log: log))

            let error = await assertThrows(WixMediaError.self) { try await client.folders.listFolders() }

            guard case .invalidRequest(let underlying as RequestValidationError)? = error else {
                XCTFail("expected invalidRequest, got \(String(describing: error))")
                continue
            }
            XCTAssertEqual(underlying, .invalidHeaderValue(name: header))
            for text in [String(describing: error!), String(reflecting: error!), error!.localizedDescription] {
                XCTAssertFalse(text.contains("secret"), text)
            }
            let sent = await log.requests
            XCTAssertEqual(sent, [], "nothing is sent")
        }
    }

    func testAnUploadWithALineBreakInItsMIMETypeSendsNothing() async throws {
        for size in [50, 250] {  // one request, and resumable: the threshold of the test options is 100 bytes
            let server = FakeUploadServer()

            let error = await assertThrows(WixMediaError.self) {
                try await server.client.files.upload(
                    testBytes(count: size), fileName: "a.jpg", mimeType: "image/jpeg\r\nX-Injected: 1",
                    options: SleepRecorder().options())
            }

            guard case .invalidRequest(let underlying as RequestValidationError)? = error else {
                XCTFail("expected invalidRequest, got \(String(describing: error))")
                continue
            }
            XCTAssertEqual(underlying, .invalidHeaderValue(name: "Content-Type"))
            let sent = await server.requests
            XCTAssertEqual(sent, [], "size \(size)")
        }
    }
}
