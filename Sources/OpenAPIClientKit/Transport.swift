import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends a request and returns the raw response.
///
/// Replace or wrap the default ``URLSessionTransport`` to add logging, metrics or custom headers. A replacement
/// must keep what the default guarantees: requests carry credentials, so it must not follow a redirect to
/// another origin with them, and it should bound the size of what it reads.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the body and the response, whatever the status code.
    ///
    /// The body is usually `httpBody`, but may be an `httpBodyStream` with a `Content-Length` — on Linux an
    /// upload that streams its body from a file or from memory is sent so, a single `PUT` or each chunk of a
    /// resumable upload alike — so a wrapper that reads bodies must not consume that stream. How much of a body has gone
    /// out is reported to ``RequestBodyProgress/observer``, which a wrapper keeps by calling the transport it
    /// wraps from the same task; a transport that never calls it makes uploads report progress per request.
    ///
    /// - Throws: The transport's own errors, such as `URLError`, unchanged so that callers can classify them;
    ///   a cancelled task throws as well.
    func send(_ request: URLRequest) async throws -> (Data, HTTPResponse)
}
