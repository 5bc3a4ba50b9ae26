import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `WixMediaClient`'s middlewares see every attempt with the credentials, and the upload requests without
/// them; `RequestLogger` is the sample of `WixMediaClient`'s documentation, kept compiling here.
final class ClientMiddlewareTests: XCTestCase {
    func testMiddlewareSeesRetriesWithCredentialsAndUploadsWithout() async throws {
        let seen = SeenRequests()
        let answers = AnswerQueue([503, 200, 200])
        let transport = FakeTransport { _ in
            (Data("{}".utf8), HTTPResponse(statusCode: await answers.next()))
        }
        let policy = RetryPolicy(maxRetries: 1, jitter: { $0 }, sleep: { _ in })
        let client = WixMediaClient(
            credentials: .apiKey("k3y", siteID: "site-1"),
            configuration: WixMediaConfiguration(retryPolicy: policy, rateLimit: nil), transport: transport,
            middlewares: [RequestLogger(), Recording(seen: seen)])

        _ = try await client.files.listFiles()
        _ = try await client.sendUploadRequest(URLRequest(url: URL(string: "https://upload.wixmp.com/upload/t0k")!))

        let requests = await seen.requests
        XCTAssertEqual(requests.map(\.attempt), [0, 1, 0])
        XCTAssertEqual(requests.map(\.authorization), ["k3y", "k3y", nil])
        XCTAssertEqual(requests.map(\.siteID), ["site-1", "site-1", nil])
    }
}

/// The logging middleware of `WixMediaClient`'s documentation, as written there.
struct RequestLogger: ClientMiddleware {
    func intercept(
        _ request: URLRequest, context: ClientMiddlewareContext,
        next: @Sendable (URLRequest) async throws -> (Data, HTTPResponse)
    ) async throws -> (Data, HTTPResponse) {
        let start = ContinuousClock.now
        let (body, response) = try await next(request)
        let url = request.url?.redactedForDiagnostics.absoluteString ?? ""
        print(
            request.httpMethod ?? "", url, response.statusCode,
            response.headerValue(for: "x-wix-request-id") ?? "", ContinuousClock.now - start)
        return (body, response)
    }
}

private struct Recording: ClientMiddleware {
    let seen: SeenRequests

    func intercept(
        _ request: URLRequest, context: ClientMiddlewareContext,
        next: @Sendable (URLRequest) async throws -> (Data, HTTPResponse)
    ) async throws -> (Data, HTTPResponse) {
        await seen.append(
            .init(
                attempt: context.attempt, authorization: request.value(forHTTPHeaderField: "Authorization"),
                siteID: request.value(forHTTPHeaderField: "wix-site-id")))
        return try await next(request)
    }
}

private actor SeenRequests {
    struct Seen {
        var attempt: Int
        var authorization: String?
        var siteID: String?
    }

    private(set) var requests: [Seen] = []

    func append(_ seen: Seen) {
        requests.append(seen)
    }
}

private actor AnswerQueue {
    private var statuses: [Int]

    init(_ statuses: [Int]) {
        self.statuses = statuses
    }

    func next() -> Int {
        statuses.isEmpty ? 500 : statuses.removeFirst()
    }
}
