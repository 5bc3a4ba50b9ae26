import Foundation
import OpenAPIClientKit
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What `URLSessionTransport` refuses (a redirect elsewhere, too many redirects, an oversized body) reaches the
/// caller as `WixMediaError.transport` with the `TransportError` inside, and is never retried: the same request
/// would meet the same answer.
final class TransportErrorRetryTests: XCTestCase {
    func testRefusalsAreTransportErrorsSentOnceEvenForIdempotentOperations() async {
        let refusals: [TransportError] = [
            .crossOriginRedirect(statusCode: 302, origin: "https://elsewhere.example:443"),
            .tooManyRedirects(limit: 5),
            .redirectOfStreamedBody(statusCode: 307),
            .responseTooLarge(limit: 16_777_216),
        ]
        for refusal in refusals {
            let attempts = AttemptCounter()
            let client = WixMediaClient(
                credentials: .apiKey("key", siteID: "site"),
                configuration: WixMediaConfiguration(
                    retryPolicy: RetryPolicy(maxRetries: 3, sleep: { _ in })),
                transport: FakeTransport { _ in
                    await attempts.increment()
                    throw refusal
                })

            // listFiles is a GET: idempotent, so retried when a failure is worth retrying.
            let error = await assertThrows(WixMediaError.self) { try await client.files.listFiles() }

            guard case .transport(let underlying as TransportError)? = error else {
                XCTFail("\(refusal): expected transport, got \(String(describing: error))")
                continue
            }
            XCTAssertEqual(underlying, refusal)
            let count = await attempts.count
            XCTAssertEqual(count, 1, "\(refusal) was retried")
        }
    }
}

private actor AttemptCounter {
    private(set) var count = 0

    func increment() {
        count += 1
    }
}
