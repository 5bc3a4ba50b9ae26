import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends the operations the generator makes from any OpenAPI document: base URL and transport,
/// authentication, middlewares, retries, pacing, timeouts and cancellation, and the document's error bodies.
///
/// ```swift
/// let client = APIClient(
///     baseURL: URL(string: "https://petstore.example.com/v1")!, authentication: .bearer(token))
/// let api = PetStoreAPI(client: client)  // the document's entry type
/// let pet = try await api.pets.getPet(petID: "1")
/// ```
///
/// Each call goes through these steps; every attempt repeats the ones from pacing on:
///
/// 1. The operation builds its request (``APIClientError/invalidRequest(underlying:)`` if it cannot).
/// 2. The request waits for its turn under ``APIClientConfiguration/rateLimit``, shared by all copies of the
///    client, so that concurrent tasks stay within the API's limit together.
/// 3. ``authentication`` adds the credentials.
/// 4. The ``middlewares``, first to last, and then ``transport`` send it, within
///    ``APIClientConfiguration/timeout``.
/// 5. A 2xx response decodes as the operation's `Response`; any other status becomes the error that
///    ``errorDecoder`` makes of it (``APIResponseError`` by default). Failures of idempotent operations are
///    retried as ``APIClientConfiguration/retryPolicy`` says, honouring `Retry-After`.
///
/// Cancelling the calling task stops the request in flight, a pacing wait and any pending retry with
/// ``APIClientError/cancelled``. The default ``URLSessionTransport`` follows redirects only within the
/// request's origin and caps the size of response bodies.
public struct APIClient: APIRequestSender, Sendable {
    /// Where the API lives; requests go to `baseURL` + the operation's path.
    public let baseURL: URL
    /// How requests authenticate; its description and mirror never show the secret.
    public let authentication: Authentication
    /// Timeout, retries, pacing and decoding.
    public let configuration: APIClientConfiguration
    /// What carries the requests.
    public let transport: any HTTPTransport
    /// The steps around every attempt, first to last; see ``ClientMiddleware``.
    public let middlewares: [any ClientMiddleware]
    /// Makes the error a call throws from an error response.
    ///
    /// The default makes an ``APIResponseError``; an API with an error body of its own passes a function that
    /// reads it, so callers catch one type of that API:
    ///
    /// ```swift
    /// let client = APIClient(baseURL: url, errorDecoder: { MyAPIError(status: $0.statusCode, body: $0.body) })
    /// ```
    public let errorDecoder: @Sendable (ReceivedErrorResponse) -> any Error
    /// Paces the requests to the API's host; nil without a rate limit.
    private let rateLimiter: RateLimiter<ContinuousClock>?

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - baseURL: The server's URL, possibly with a path prefix (`https://api.example.com/v2`).
    ///   - authentication: How requests authenticate; none by default.
    ///   - configuration: Timeout, retries, pacing and decoding.
    ///   - transport: What carries the requests; `URLSession` by default, with its redirect and size limits.
    ///   - middlewares: Steps around every attempt (logging, metrics, headers), first to last.
    ///   - errorDecoder: Turns an error response into the error thrown; ``APIResponseError`` by default.
    public init(
        baseURL: URL, authentication: Authentication = .none,
        configuration: APIClientConfiguration = APIClientConfiguration(),
        transport: any HTTPTransport = URLSessionTransport(), middlewares: [any ClientMiddleware] = [],
        errorDecoder: @escaping @Sendable (ReceivedErrorResponse) -> any Error = { APIResponseError($0) }
    ) {
        self.baseURL = baseURL
        self.authentication = authentication
        self.configuration = configuration
        self.transport = transport
        self.middlewares = middlewares
        self.errorDecoder = errorDecoder
        rateLimiter = configuration.rateLimit.map { RateLimiter($0, clock: ContinuousClock()) }
    }

    /// Sends `operation`, repeating it as the retry policy allows when it is idempotent.
    ///
    /// - Throws: What ``errorDecoder`` makes of an error response, or ``APIClientError`` for everything else;
    ///   after the last allowed retry, the error of the last attempt.
    public func send<Operation: APIOperation>(_ operation: Operation) async throws -> Operation.Response {
        let request: HTTPRequest
        do {
            request = try operation.makeRequest()
        } catch {
            throw APIClientError.invalidRequest(underlying: error)
        }
        let policy = Operation.isIdempotent ? configuration.retryPolicy : .none
        var retry = 0
        while true {
            if Task.isCancelled { throw APIClientError.cancelled }
            let failure: any Error
            let delay: Duration?
            try await waitForTurn()
            let context = ClientMiddlewareContext(operationID: Operation.operationID, attempt: retry)
            switch await attempt(request, context: context) {
            case .success((let body, let response)) where (200..<300).contains(response.statusCode):
                return try decode(body, response, for: operation)
            case .success((let body, let response)):
                failure = errorDecoder(
                    ReceivedErrorResponse(
                        operationID: Operation.operationID, response: response, body: body,
                        errorBody: operation.decodeErrorBody(body, response)))
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

    /// Sends `request` to its absolute URL as it is — no authentication, no retries, no decoding — through the
    /// middlewares and the transport, and returns the answer whatever its status.
    ///
    /// For requests to URLs the API hands out that authorise themselves (a signed upload URL): credentials have
    /// no business leaving for another host. The request waits for its turn under the rate limit only when it
    /// goes to the base URL's origin. The timeout is set as `URLRequest.timeoutInterval`, which `URLSession`
    /// applies to the longest silence rather than the whole request, so a large upload on a slow link that is
    /// working fine is not cut off.
    ///
    /// - Throws: ``APIClientError/cancelled`` when cancelled while waiting for its turn; the transport's and the
    ///   middlewares' errors unchanged (sort them with ``APIClientError/init(classifying:)``).
    public func sendUnauthenticated(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        if let url = request.url, Self.sameOrigin(url, baseURL) {
            try await waitForTurn()
        }
        var request = request
        request.timeoutInterval = configuration.timeout.timeInterval
        return try await middlewares.send(
            request, context: ClientMiddlewareContext(operationID: nil, attempt: 0), transport: transport)
    }

    /// One attempt within the configured timeout: a response of any status, or why there is none.
    private func attempt(
        _ request: HTTPRequest, context: ClientMiddlewareContext
    ) async -> Result<(Data, HTTPResponse), APIClientError> {
        let urlRequest: URLRequest
        do {
            urlRequest = try await makeURLRequest(for: request)
        } catch {
            return .failure(APIClientError(classifying: error))
        }
        do {
            let (middlewares, transport) = (middlewares, transport)
            return .success(
                try await Deadline.run(timeout: configuration.timeout.timeInterval) {
                    try await middlewares.send(urlRequest, context: context, transport: transport)
                })
        } catch {
            return .failure(APIClientError(classifying: error))
        }
    }

    /// `request` authenticated, for this client's base URL and timeout.
    private func makeURLRequest(for request: HTTPRequest) async throws -> URLRequest {
        let authenticated: HTTPRequest
        do {
            authenticated = try await authentication.authenticate(request)
        } catch {
            if Task.isCancelled || error is CancellationError { throw APIClientError.cancelled }
            throw APIClientError.authenticationFailed(underlying: error)
        }
        do {
            return try authenticated.urlRequest(
                baseURL: baseURL, timeout: Self.sessionTimeout(configuration.timeout.timeInterval))
        } catch {
            throw APIClientError.invalidRequest(underlying: error)
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

    /// Waits until the rate limit lets a request to the API's host go.
    ///
    /// - Throws: ``APIClientError/cancelled`` when the task is cancelled while it waits.
    private func waitForTurn() async throws {
        guard let rateLimiter else { return }
        do {
            try await rateLimiter.acquire()
        } catch {
            throw APIClientError.cancelled
        }
    }

    /// Whether two URLs share scheme, host and port (the default port of the scheme when none is written).
    static func sameOrigin(_ url: URL, _ other: URL) -> Bool {
        Origin(of: url) == Origin(of: other)
    }

    /// Waits before a retry; throws `cancelled` when the task is cancelled meanwhile, and `failure` — the error
    /// being retried — when the policy's sleep gives up for another reason.
    private func pause(for delay: Duration, policy: RetryPolicy, orThrow failure: any Error) async throws {
        do {
            try await policy.sleep(delay)
        } catch {
            throw Task.isCancelled || error is CancellationError ? APIClientError.cancelled : failure
        }
        // A replaced sleep may return early instead of throwing when cancelled.
        if Task.isCancelled { throw APIClientError.cancelled }
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
            throw APIClientError.undecodableResponse(statusCode: response.statusCode, body: body, underlying: error)
        }
    }
}
