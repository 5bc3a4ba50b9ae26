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
/// It is a configuration of the runtime's generic ``APIClient`` (``apiClient``): Wix's credentials as its
/// authentication, ``WixAPIError`` as its error, Wix's rate limit as its pacing.
///
/// Failed requests of idempotent operations are retried as `configuration.retryPolicy` says, each attempt with
/// its own `configuration.timeout`; cancelling the calling task stops the request in flight and any pending
/// retry with `WixMediaError.cancelled`.
///
/// Every request to the API — each page of a paged sequence, each look of `waitUntilReady`, each retry — first
/// waits for its turn under `configuration.rateLimit`, shared by all copies of the client, so that concurrent
/// tasks stay within Wix's limit together.
///
/// Logging, metrics or extra headers are a ``ClientMiddleware``. It sees every attempt, retries included, and
/// the requests of uploads too; the requests carry the credentials, so log no header values, and log URLs
/// redacted — an upload URL carries its own authorisation:
///
/// ```swift
/// struct RequestLogger: ClientMiddleware {
///     func intercept(
///         _ request: URLRequest, context: ClientMiddlewareContext,
///         next: @Sendable (URLRequest) async throws -> (Data, HTTPResponse)
///     ) async throws -> (Data, HTTPResponse) {
///         let start = ContinuousClock.now
///         let (body, response) = try await next(request)
///         let url = request.url?.redactedForDiagnostics.absoluteString ?? ""
///         print(request.httpMethod ?? "", url, response.statusCode,
///               response.headerValue(for: "x-wix-request-id") ?? "", ContinuousClock.now - start)
///         return (body, response)
///     }
/// }
///
/// let client = WixMediaClient(credentials: credentials, middlewares: [RequestLogger()])
/// ```
public struct WixMediaClient: APIRequestSender {
    /// How requests authenticate; its description and mirror never show the secret.
    public let credentials: Credentials
    /// Base URL, timeout and retries.
    public let configuration: WixMediaConfiguration
    /// The generic client that sends the requests, configured for Wix.
    public let apiClient: APIClient

    /// What carries the requests.
    public var transport: any HTTPTransport { apiClient.transport }

    /// Creates a client; the transport defaults to `URLSession`, and can be replaced without touching the
    /// rest; `middlewares` run around every attempt, first to last (logging, metrics, extra headers).
    public init(
        credentials: Credentials, configuration: WixMediaConfiguration = WixMediaConfiguration(),
        transport: any HTTPTransport = URLSessionTransport(), middlewares: [any ClientMiddleware] = []
    ) {
        self.credentials = credentials
        self.configuration = configuration
        apiClient = APIClient(
            baseURL: configuration.baseURL, authentication: .custom(CredentialsAuthenticator(credentials)),
            configuration: configuration.clientConfiguration, transport: transport, middlewares: middlewares,
            errorDecoder: { WixAPIError(response: $0.response, body: $0.body) })
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
        try await apiClient.send(operation)
    }
}
