import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default transport, over `URLSession`, with limits for talking to an API from hostile networks.
///
/// - Redirects are followed only within the request's own origin (scheme, host and port), at most
///   ``maximumRedirects`` in a row: the credentials in a request's header fields never leave the origin they
///   were configured for. A redirect elsewhere fails with ``TransportError/crossOriginRedirect(statusCode:origin:)``.
///   307 and 308 keep the method and body; 303 becomes a `GET` without a body.
/// - A response body longer than ``maximumResponseBodySize`` bytes, counted after decompression, fails with
///   ``TransportError/responseTooLarge(limit:)`` while it arrives, so memory stays near the cap.
/// - Cancelling the calling task returns at once with `CancellationError`, whatever state URLSession is in.
public struct URLSessionTransport: HTTPTransport {
    /// 16 MiB: far above any JSON answer of an API, far below what hurts a process.
    public static let defaultMaximumResponseBodySize = 16 * 1_048_576
    /// Five redirects in a row.
    public static let defaultMaximumRedirects = 5

    /// The most bytes of a response body the transport accepts; negative values count as zero.
    public var maximumResponseBodySize: Int
    /// The most redirects the transport follows for one request; zero fails on the first one.
    public var maximumRedirects: Int
    private let connection: SessionConnection

    /// The session that carries the requests. Its delegate is the transport's own: create sessions for it
    /// with ``init(configuration:maximumResponseBodySize:maximumRedirects:)``.
    public var session: URLSession { connection.session }

    /// A transport over a session with the default configuration, shared by every transport made this way.
    public init(
        maximumResponseBodySize: Int = Self.defaultMaximumResponseBodySize,
        maximumRedirects: Int = Self.defaultMaximumRedirects
    ) {
        self.init(
            connection: .shared, maximumResponseBodySize: maximumResponseBodySize, maximumRedirects: maximumRedirects)
    }

    /// A transport over a session of its own with `configuration` (timeouts, connection limits, proxies,
    /// cookies), which is invalidated once the last copy of the transport is gone.
    public init(
        configuration: URLSessionConfiguration,
        maximumResponseBodySize: Int = Self.defaultMaximumResponseBodySize,
        maximumRedirects: Int = Self.defaultMaximumRedirects
    ) {
        self.init(
            connection: SessionConnection(configuration: configuration),
            maximumResponseBodySize: maximumResponseBodySize, maximumRedirects: maximumRedirects)
    }

    /// A transport over a session with `session`'s configuration.
    ///
    /// The transport needs its own delegate on the session to enforce its limits, so it cannot use `session`
    /// itself, nor `session`'s delegate.
    @available(*, deprecated, renamed: "init(configuration:)", message: "the transport makes a session of its own")
    public init(session: URLSession) {
        self.init(configuration: session.configuration)
    }

    private init(connection: SessionConnection, maximumResponseBodySize: Int, maximumRedirects: Int) {
        self.connection = connection
        self.maximumResponseBodySize = max(0, maximumResponseBodySize)
        self.maximumRedirects = max(0, maximumRedirects)
    }

    /// Sends `request`, following same-origin redirects, and returns the final response whatever its status.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled; ``TransportError`` for a refused
    ///   redirect or an oversized body; the session's other errors (`URLError`) unchanged, or
    ///   `URLError(.badServerResponse)` when the reply is not HTTP.
    public func send(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        var request = request
        var redirects = 0
        while true {
            let (body, response) = try await connection.exchange(
                request, maximumBodySize: max(0, maximumResponseBodySize))
            guard let next = try Redirection.request(after: response, to: request) else {
                return (body, HTTPResponse(statusCode: response.statusCode, headers: Self.headers(of: response)))
            }
            guard redirects < maximumRedirects else {
                throw TransportError.tooManyRedirects(limit: maximumRedirects)
            }
            redirects += 1
            request = next
        }
    }

    /// The header fields of `response`, sorted by name because `allHeaderFields` has no order.
    static func headers(of response: HTTPURLResponse) -> [HTTPHeader] {
        response.allHeaderFields.compactMap { name, value -> HTTPHeader? in
            guard let name = name as? String else { return nil }
            return HTTPHeader(name: name, value: value as? String ?? String(describing: value))
        }
        .sorted { $0.name.lowercased() < $1.name.lowercased() }
    }
}
