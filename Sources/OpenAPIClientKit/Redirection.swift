import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Which redirects ``URLSessionTransport`` follows, and the request it sends next.
///
/// URLSession's own redirect handling is switched off: it sends the credentials to any origin, and on Linux it
/// drops the body of a 307 or 308. The transport follows redirects itself, one data task per hop.
enum Redirection {
    /// The request to send after `response` to `request`, or `nil` when `response` is the final answer: not
    /// one of 301, 302, 303, 307 and 308, or without a usable `Location`.
    ///
    /// The method and body stay, except that 303 (for any method but `HEAD`) and 301 or 302 of a `POST` become a
    /// `GET` without a body, as RFC 9110 §15.4 allows and browsers and URLSession do. The header fields stay:
    /// the target is the same origin, so the credentials are meant for it.
    ///
    /// - Throws: ``TransportError/crossOriginRedirect(statusCode:origin:)`` for a target on another origin;
    ///   ``TransportError/redirectOfStreamedBody(statusCode:)`` when the body would have to be sent again but
    ///   is a stream that is not a ``ReplayableBodyStream``.
    static func request(after response: HTTPURLResponse, to request: URLRequest) throws -> URLRequest? {
        let status = response.statusCode
        guard [301, 302, 303, 307, 308].contains(status),
            let location = response.value(forHTTPHeaderField: "Location"),
            let current = request.url,
            let target = URL(string: location, relativeTo: current)?.absoluteURL
        else { return nil }
        guard Origin(of: target) == Origin(of: current) else {
            throw TransportError.crossOriginRedirect(statusCode: status, origin: Origin(of: target).description)
        }
        var next = request
        next.url = target
        let method = request.httpMethod ?? "GET"
        if (status == 303 && method != "HEAD") || ((status == 301 || status == 302) && method == "POST") {
            next.httpMethod = "GET"
            next.httpBody = nil
            next.httpBodyStream = nil
            for field in ["Content-Type", "Content-Length", "Content-Encoding", "Transfer-Encoding"] {
                next.setValue(nil, forHTTPHeaderField: field)
            }
        } else if let stream = request.httpBodyStream {
            guard let replayable = stream as? any ReplayableBodyStream else {
                throw TransportError.redirectOfStreamedBody(statusCode: status)
            }
            next.httpBodyStream = replayable.replay()
        }
        return next
    }
}
