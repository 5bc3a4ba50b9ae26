import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A step around every attempt an ``APIClient`` makes: logging, metrics, extra headers, a fault injector.
///
/// The client calls the first middleware of its list with the attempt's request — authenticated, with its
/// timeout — and a `next` that calls the second, and so on; the last one's `next` is the transport. A
/// middleware may change the request before passing it on, look at or change the answer, or answer without
/// calling `next` at all. It sees every attempt, retries included (``ClientMiddlewareContext/attempt``), and the
/// requests of ``APIClient/sendUnauthenticated(_:)`` too; pacing waits happen before it, and it runs within
/// the attempt's timeout.
///
/// Requests carry credentials, and some URLs authorise themselves: log no header values, and log URLs through
/// `redactedForDiagnostics`.
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
///         print(request.httpMethod ?? "", url, response.statusCode, ContinuousClock.now - start)
///         return (body, response)
///     }
/// }
/// ```
public protocol ClientMiddleware: Sendable {
    /// Handles one attempt: usually calls `next` with `request` (changed or not) and returns its answer.
    ///
    /// - Throws: What `next` throws, or an error of its own; the client sorts them like a transport's
    ///   (``APIClientError/init(classifying:)``) and retries them as its policy says.
    func intercept(
        _ request: URLRequest, context: ClientMiddlewareContext,
        next: @Sendable (URLRequest) async throws -> (Data, HTTPResponse)
    ) async throws -> (Data, HTTPResponse)
}

/// What a ``ClientMiddleware`` knows about the attempt it handles.
public struct ClientMiddlewareContext: Sendable, Hashable {
    /// The `operationId` of the operation, or nil for a request sent with ``APIClient/sendUnauthenticated(_:)``.
    public var operationID: String?
    /// The number of the attempt: 0 for the first, 1 for the first retry, and so on.
    public var attempt: Int

    /// Describes an attempt.
    public init(operationID: String?, attempt: Int) {
        self.operationID = operationID
        self.attempt = attempt
    }
}

extension Array where Element == any ClientMiddleware {
    /// Sends `request` through the middlewares, first to last, and then `transport`.
    func send(
        _ request: URLRequest, context: ClientMiddlewareContext, transport: any HTTPTransport
    ) async throws -> (Data, HTTPResponse) {
        try await send(request, context: context, from: startIndex, transport: transport)
    }

    private func send(
        _ request: URLRequest, context: ClientMiddlewareContext, from index: Int, transport: any HTTPTransport
    ) async throws -> (Data, HTTPResponse) {
        guard index < endIndex else { return try await transport.send(request) }
        return try await self[index].intercept(request, context: context) { request in
            try await send(request, context: context, from: index + 1, transport: transport)
        }
    }
}
