import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The entry point: sends the generated operations to Wix with your credentials.
///
/// ```swift
/// let client = WixMediaClient(credentials: .apiKey(key, siteID: siteID))
/// let page = try await client.files.listFiles(parentFolderID: "media-root")
/// ```
///
/// Failed requests of idempotent operations are retried as `configuration.retryPolicy` says, each attempt with
/// its own `configuration.timeout`; cancelling the calling task stops the request in flight and any pending
/// retry with `WixMediaError.cancelled`.
///
/// Every request to the API — each page of a paged sequence, each look of `waitUntilReady`, each retry — first
/// waits for its turn under `configuration.rateLimit`, shared by all copies of the client, so that concurrent
/// tasks stay within Wix's limit together.
///
/// Logging, metrics or extra headers are a wrapper around the default transport. It sees every attempt,
/// retries included, and the requests carry the credentials, so log no header values, and log URLs redacted —
/// an upload URL carries its own authorisation:
///
/// ```swift
/// struct LoggingTransport: HTTPTransport {
///     var wrapped: any HTTPTransport = URLSessionTransport()
///
///     func send(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
///         let start = ContinuousClock.now
///         let (body, response) = try await wrapped.send(request)
///         let url = request.url?.redactedForDiagnostics.absoluteString ?? ""
///         print(request.httpMethod ?? "", url, response.statusCode,
///               response.headerValue(for: "x-wix-request-id") ?? "", ContinuousClock.now - start)
///         return (body, response)
///     }
/// }
///
/// let client = WixMediaClient(credentials: credentials, transport: LoggingTransport())
/// ```
public struct WixMediaClient: APIRequestSender {
    /// How requests authenticate; its description and mirror never show the secret.
    public let credentials: Credentials
    /// Base URL, timeout and retries.
    public let configuration: WixMediaConfiguration
    /// What carries the requests.
    public let transport: any HTTPTransport
    /// Paces the requests to the API's host; nil without a rate limit.
    private let rateLimiter: RateLimiter<ContinuousClock>?

    /// Creates a client; the transport defaults to `URLSession`, and can be replaced or wrapped
    /// (logging, metrics, extra headers) without touching the rest.
    public init(
        credentials: Credentials, configuration: WixMediaConfiguration = WixMediaConfiguration(),
        transport: any HTTPTransport = URLSessionTransport()
    ) {
        self.credentials = credentials
        self.configuration = configuration
        self.transport = transport
        rateLimiter = configuration.rateLimit.map { RateLimiter($0, clock: ContinuousClock()) }
    }

    /// File operations: upload, import, list, search, update, download, delete and restore.
    public var files: FilesClient { FilesClient(sender: self) }
    /// Folder operations: create, list, search, update, download, delete and restore.
    public var folders: FoldersClient { FoldersClient(sender: self) }

    /// Sends `operation`, repeating it as the retry policy allows when it is idempotent.
    ///
    /// - Throws: `WixAPIError` for an error response, or `WixMediaError` for everything
    ///   else; after the last allowed retry, the error of the last attempt.
    public func send<Operation: APIOperation>(_ operation: Operation) async throws -> Operation.Response {
        let urlRequest = try makeURLRequest(for: operation)
        let policy = Operation.isIdempotent ? configuration.retryPolicy : .none
        var retry = 0
        while true {
            if Task.isCancelled { throw WixMediaError.cancelled }
            let failure: any Error
            let delay: Duration?
            try await waitForTurn(urlRequest)
            switch await attempt(urlRequest) {
            case .success((let body, let response)) where (200..<300).contains(response.statusCode):
                return try decode(body, response, for: operation)
            case .success((let body, let response)):
                failure = WixAPIError(response: response, body: body)
                delay = policy.delay(beforeRetry: retry, after: response)
            case .failure(let error):
                failure = error
                delay = policy.delay(beforeRetry: retry, after: error)
            }
            guard let delay else { throw failure }
            try await pause(for: delay, policy: policy, orThrow: failure)
            retry += 1
        }
    }

    /// The operation's request with the credentials, for this client's base URL and timeout.
    private func makeURLRequest(for operation: some APIOperation) throws -> URLRequest {
        do {
            var request = try operation.makeRequest()
            request.headers += credentials.headers
            return try request.urlRequest(
                baseURL: configuration.baseURL, timeout: Self.sessionTimeout(configuration.timeout.timeInterval))
        } catch {
            throw WixMediaError.invalidRequest(underlying: error)
        }
    }

    /// The `timeoutInterval` for URLSession; the attempt's deadline enforces the exact timeout either way.
    ///
    /// swift-corelibs-foundation truncates `timeoutInterval` to whole seconds (observed with 6.3: 0.999 fails
    /// at once, 1.5 after one second), so below one second URLSession would time out before sending anything.
    static func sessionTimeout(_ timeout: TimeInterval) -> TimeInterval {
        #if canImport(FoundationNetworking)
            max(timeout, 1)
        #else
            timeout
        #endif
    }

    /// One attempt within the configured timeout: a response of any status, or why there is none.
    private func attempt(_ request: URLRequest) async -> Result<(Data, HTTPResponse), WixMediaError> {
        do {
            let transport = transport
            let timeout = configuration.timeout.timeInterval
            return .success(try await Deadline.run(timeout: timeout) { try await transport.send(request) })
        } catch {
            return .failure(Self.classify(error))
        }
    }

    /// Waits until the rate limit lets `request` go, when it is for the API's host (scheme, host and port of
    /// `configuration.baseURL`). Requests to other hosts — the upload host, whose URL authorises the upload
    /// rather than the app's credentials — are not counted against the app's allowance.
    ///
    /// - Throws: `WixMediaError.cancelled` when the task is cancelled while it waits.
    func waitForTurn(_ request: URLRequest) async throws {
        guard let rateLimiter, let url = request.url, Self.sameOrigin(url, configuration.baseURL) else { return }
        do {
            try await rateLimiter.acquire()
        } catch {
            throw WixMediaError.cancelled
        }
    }

    /// Whether two URLs share scheme, host and port (the default port of the scheme when none is written).
    static func sameOrigin(_ url: URL, _ other: URL) -> Bool {
        func origin(_ url: URL) -> (String, String, Int?) {
            let scheme = url.scheme?.lowercased() ?? ""
            let defaultPort = ["https": 443, "http": 80][scheme]
            return (scheme, url.host?.lowercased() ?? "", url.port ?? defaultPort)
        }
        return origin(url) == origin(other)
    }

    /// Waits before a retry; throws `cancelled` when the task is cancelled meanwhile, and `failure` — the error
    /// being retried — when the policy's sleep gives up for another reason.
    private func pause(for delay: Duration, policy: RetryPolicy, orThrow failure: any Error) async throws {
        do {
            try await policy.sleep(delay)
        } catch {
            throw Task.isCancelled || error is CancellationError ? WixMediaError.cancelled : failure
        }
        // A replaced sleep may return early instead of throwing when cancelled.
        if Task.isCancelled { throw WixMediaError.cancelled }
    }

    private func decode<Operation: APIOperation>(
        _ body: Data, _ response: HTTPResponse, for operation: Operation
    ) throws -> Operation.Response {
        let problems = DecodingProblems(policy: configuration.decodingPolicy)
        do {
            let decoded = try DecodingProblems.$current.withValue(problems) {
                try operation.decodeResponse(body, response)
            }
            let found = problems.problems
            if !found.isEmpty { configuration.onDecodingProblems?(Operation.operationID, found) }
            return decoded
        } catch {
            throw WixMediaError.undecodableResponse(statusCode: response.statusCode, body: body, underlying: error)
        }
    }

    /// Sorts transport failures into the cases callers handle differently.
    ///
    /// A `URLError` is kept with the URLs of its `userInfo` redacted: callers print errors, and the failing URL
    /// of an upload request is a signed one.
    static func classify(_ error: any Error) -> WixMediaError {
        if error is CancellationError { return .cancelled }
        if let urlError = error as? URLError {
            switch urlError.code {
            case .cancelled: return .cancelled
            case .timedOut: return .timedOut
            default: return .transport(underlying: URLRedaction.redactingURLs(in: urlError))
            }
        }
        return .transport(underlying: error)
    }
}
