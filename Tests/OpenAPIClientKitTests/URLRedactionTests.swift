import Foundation
import OpenAPIClientKit
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

final class URLRedactionTests: XCTestCase {
    func testTokensInThePathAndQueryValuesAreRedacted() throws {
        let cases = [
            (
                "https://upload.wixmp.com/upload/eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.sig",
                "https://upload.wixmp.com/upload/REDACTED"
            ),
            (
                "https://download-files.wixmp.com/media/2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg?token=abc&x",
                "https://download-files.wixmp.com/media/REDACTED?token=REDACTED&REDACTED"
            ),
            ("https://user:pw@h.example:8443/a/b#frag", "https://REDACTED@h.example:8443/a/b#REDACTED"),
            (
                "https://www.wixapis.com/site-media/v1/files/generate-resumable-upload-url",
                "https://www.wixapis.com/site-media/v1/files/generate-resumable-upload-url"
            ),
        ]
        for (original, redacted) in cases {
            let url = try XCTUnwrap(URL(string: original))
            XCTAssertEqual(url.redactedForDiagnostics.absoluteString, redacted)
            XCTAssertEqual(URLRedaction.redact(original), redacted)
        }
    }

    func testTextThatIsNoURLIsReplacedWhole() {
        XCTAssertEqual(URLRedaction.redact("upload.example/eyJzZWNyZXQiOjF9"), "REDACTED")
    }

    func testURLsInsideTextAreRedactedAndTheRestKept() {
        let text = #"failed: "https://h.example/upload/eyJzZWNyZXQiOjF9xx?sig=s3cr3t" (and ftp://x/y?k=v), not ://"#
        XCTAssertEqual(
            URLRedaction.redactingURLs(inText: text),
            #"failed: "https://h.example/upload/REDACTED?sig=REDACTED" (and ftp://x/y?k=REDACTED), not ://"#)
    }

    func testAURLErrorKeepsItsCodeAndLosesTheURLsOfItsUserInfo() throws {
        let url = try XCTUnwrap(URL(string: "https://h.example/upload/eyJzZWNyZXQiOjF9xx?sig=s3cr3t"))
        let underlying = NSError(
            domain: "kCFErrorDomainCFNetwork", code: -1005,
            userInfo: ["NSErrorFailingURLStringKey": url.absoluteString])
        let error = URLError(
            .networkConnectionLost,
            userInfo: [
                NSURLErrorFailingURLErrorKey: url, "NSErrorFailingURLStringKey": url.absoluteString,
                NSUnderlyingErrorKey: underlying, NSLocalizedDescriptionKey: "lost \(url)",
            ])

        let redacted = try XCTUnwrap(URLRedaction.redactingURLs(in: error) as? URLError)

        XCTAssertEqual(redacted.code, .networkConnectionLost)
        XCTAssertEqual(redacted.failingURL?.absoluteString, "https://h.example/upload/REDACTED?sig=REDACTED")
        for text in [
            String(describing: redacted), String(reflecting: redacted), redacted.localizedDescription,
            "\(redacted.userInfo)", "\((redacted as NSError).userInfo)",
        ] {
            XCTAssertFalse(text.contains("s3cr3t"), text)
            XCTAssertFalse(text.contains("eyJzZWNyZXQiOjF9"), text)
        }
        XCTAssertEqual(
            String(describing: URLRedaction.redactingURLs(in: CancellationError())),
            String(describing: CancellationError()), "other errors pass unchanged")
    }
}
