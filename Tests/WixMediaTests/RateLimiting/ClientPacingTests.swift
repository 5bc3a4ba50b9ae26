import Foundation
import XCTest

@testable import OpenAPIClientKit
@testable import WixMedia

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The client spends a token on every attempt to the API's host, retries included, and none on the upload
/// host; a task cancelled while it waits for one stops at once.
final class ClientPacingTests: XCTestCase {
    /// Two requests, then an hour's wait: anything that waits here waits until cancelled.
    private let twoAnHour = try! RateLimit(requests: 2, per: .seconds(3600), burst: 2)

    private func client(rateLimit: RateLimit, log: RequestLog, failFirst: Bool = false) -> WixMediaClient {
        let transport = FakeTransport { request in
            await log.append(request)
            let count = await log.requests.count
            let status = failFirst && count == 1 ? 503 : 200
            return (Data("{}".utf8), HTTPResponse(statusCode: status))
        }
        return WixMediaClient(
            credentials: .apiKey("key", siteID: "site"),
            configuration: WixMediaConfiguration(
                retryPolicy: RetryPolicy(maxRetries: 1, sleep: { _ in }), rateLimit: rateLimit),
            transport: transport)
    }

    /// Starts `body`, lets it reach its wait, cancels it and returns how it ended.
    private func cancelWhileWaiting(_ body: @escaping @Sendable () async throws -> Void) async -> Result<
        Void, any Error
    > {
        let task = Task { try await body() }
        try? await Task.sleep(for: .milliseconds(50))
        task.cancel()
        return await task.result
    }

    func testARetrySpendsATokenAndTheNextRequestWaitsUntilCancelled() async throws {
        let log = RequestLog()
        let client = client(rateLimit: twoAnHour, log: log, failFirst: true)

        _ = try await client.files.listFiles()  // 503, then retried: both tokens
        let result = await cancelWhileWaiting { _ = try await client.files.listFiles() }

        guard case .failure(WixMediaError.cancelled) = result else {
            return XCTFail("expected WixMediaError.cancelled, got \(result)")
        }
        let sent = await log.requests.count
        XCTAssertEqual(sent, 2)
    }

    func testUploadHostRequestsSpendNoToken() async throws {
        let log = RequestLog()
        let client = client(rateLimit: try RateLimit(requests: 1, per: .seconds(3600)), log: log)
        _ = try await client.files.listFiles()  // the only token

        // In a task, so that a wrongly paced request fails the test instead of waiting for an hour.
        let uploads = Task {
            for _ in 0..<3 {
                _ = try await client.sendUploadRequest(
                    URLRequest(url: URL(string: "https://upload.wixmp.com/upload/token?filename=a.jpg")!))
            }
        }
        defer { uploads.cancel() }
        try await eventually("three requests sent to the upload host") { await log.requests.count == 4 }
        try await uploads.value
        let sentToUploadHost = await log.requests.count
        let result = await cancelWhileWaiting {
            _ = try await client.sendUploadRequest(
                URLRequest(url: URL(string: "https://www.wixapis.com/site-media/v1/files/upload")!))
        }

        XCTAssertEqual(sentToUploadHost, 4)
        guard case .failure(WixMediaError.cancelled) = result else {
            return XCTFail("an upload request to the API's host should wait for a token; got \(result)")
        }
        let sent = await log.requests.count
        XCTAssertEqual(sent, 4)
    }

    func testTheAPIHostIsMatchedByOriginWithDefaultPorts() {
        let api = URL(string: "https://www.wixapis.com")!

        XCTAssertTrue(APIClient.sameOrigin(URL(string: "https://WWW.wixapis.com:443/site-media/v1/files")!, api))
        XCTAssertFalse(APIClient.sameOrigin(URL(string: "http://www.wixapis.com/site-media")!, api))
        XCTAssertFalse(APIClient.sameOrigin(URL(string: "https://www.wixapis.com:8443/x")!, api))
        XCTAssertFalse(APIClient.sameOrigin(URL(string: "https://upload.wixmp.com/upload/t")!, api))
        XCTAssertTrue(
            APIClient.sameOrigin(
                URL(string: "http://127.0.0.1:8080/upload/tus")!, URL(string: "http://127.0.0.1:8080")!))
    }
}
