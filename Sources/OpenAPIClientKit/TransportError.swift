/// Why ``URLSessionTransport`` refused a redirect or a response.
///
/// None of these is worth repeating: the same request meets the same answer.
public enum TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A redirect to another origin (scheme, host or port), which is not followed so that credentials and
    /// bodies stay with the origin they were meant for. `origin` is the target's `scheme://host:port`, without
    /// the path or query, which may carry tokens.
    case crossOriginRedirect(statusCode: Int, origin: String)
    /// One redirect more than the transport follows in a row (``URLSessionTransport/maximumRedirects``).
    case tooManyRedirects(limit: Int)
    /// A redirect that keeps the method and body (307, 308, or 301/302 of anything but `POST`) of a request
    /// whose body is a stream, which was read while sending and cannot be sent again.
    case redirectOfStreamedBody(statusCode: Int)
    /// A response body longer than ``URLSessionTransport/maximumResponseBodySize`` bytes, counted after
    /// decompression, or announced as such by its `Content-Length`.
    case responseTooLarge(limit: Int)

    public var description: String {
        switch self {
        case .crossOriginRedirect(let statusCode, let origin):
            "TransportError.crossOriginRedirect(HTTP \(statusCode) to \(origin))"
        case .tooManyRedirects(let limit): "TransportError.tooManyRedirects(more than \(limit))"
        case .redirectOfStreamedBody(let statusCode): "TransportError.redirectOfStreamedBody(HTTP \(statusCode))"
        case .responseTooLarge(let limit): "TransportError.responseTooLarge(more than \(limit) bytes)"
        }
    }
}
