import Foundation
import WixMedia

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A transport that never touches the network: a closure answers every request.
struct FakeTransport: HTTPTransport {
    let handler: @Sendable (URLRequest) async throws -> (Data, HTTPResponse)

    init(_ handler: @escaping @Sendable (URLRequest) async throws -> (Data, HTTPResponse)) {
        self.handler = handler
    }

    func send(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        try await handler(request)
    }

    /// Answers every request with the same status, headers and body, and records the requests in `log`.
    static func replying(
        status: Int, headers: [HTTPHeader] = [], body: String, log: RequestLog? = nil
    ) -> FakeTransport {
        FakeTransport { request in
            await log?.append(request)
            return (Data(body.utf8), HTTPResponse(statusCode: status, headers: headers))
        }
    }

    /// Throws `error` for every request.
    static func failing(with error: any Error) -> FakeTransport {
        FakeTransport { _ in throw error }
    }
}

/// The requests a fake transport received, in order.
actor RequestLog {
    private(set) var requests: [URLRequest] = []

    func append(_ request: URLRequest) {
        requests.append(request)
    }

    /// The only request received; fails the test when there were none or several.
    func single() throws -> URLRequest {
        guard requests.count == 1, let request = requests.first else {
            throw TestFailure("expected exactly one request, got \(requests.count)")
        }
        return request
    }
}

/// An error that fails a test with a message.
struct TestFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension WixMediaClient {
    /// A client for tests: an API key, and a transport that answers from memory.
    static func testing(
        credentials: Credentials = .apiKey("test-api-key", siteID: "49dcb500-1081-47b0-b13b-368b9bed8fa9"),
        baseURL: URL = URL(string: "https://www.wixapis.com")!,
        transport: FakeTransport
    ) -> WixMediaClient {
        WixMediaClient(
            // No retries: these tests check one exchange each; retries have their own tests (ClientRetryTests).
            // No pacing: a test of paging or polling sends more than Wix's burst; pacing has RateLimiterTests.
            credentials: credentials,
            configuration: WixMediaConfiguration(baseURL: baseURL, retryPolicy: .none, rateLimit: nil),
            transport: transport)
    }
}
