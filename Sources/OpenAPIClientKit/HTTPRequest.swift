import Foundation

/// A fully built HTTP request, independent of any base URL or transport.
public struct HTTPRequest: Sendable, Hashable {
    /// The request method.
    public var method: HTTPMethod
    /// The path, already percent-encoded and starting with `/`.
    public var path: String
    /// The query items, unencoded and in order.
    public var query: QueryItems
    /// The header fields, in order.
    public var headers: [HTTPHeader]
    /// The body, if any.
    public var body: Data?
    /// A URI reference the server gave for this request's target — the next page of an RFC 8288
    /// `Link: <…>; rel="next"` header — or nil for an ordinary request.
    ///
    /// When set, the request goes to this reference resolved against ``url(relativeTo:)`` (a relative link is
    /// relative to the request it came with), and only to the base URL's origin: ``resolvedURL(relativeTo:)``
    /// and ``urlRequest(baseURL:timeout:)`` refuse a link that leads elsewhere, as the request carries
    /// credentials meant for that origin alone.
    public var link: String?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - method: The request method.
    ///   - path: The percent-encoded path, starting with `/`; build segments with ``PathEncoding/segment(_:)``.
    ///   - query: The unencoded query items.
    ///   - headers: The header fields.
    ///   - body: The body.
    public init(
        method: HTTPMethod, path: String, query: QueryItems = QueryItems(), headers: [HTTPHeader] = [],
        body: Data? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.link = nil
    }

    /// The value of the first header field named `name` (case-insensitive), or `nil` when there is none.
    public func headerValue(for name: String) -> String? {
        headers.value(for: name)
    }

    /// The absolute URL of this request's `path` and `query` on the server at `baseURL` (a ``link`` is not
    /// followed here; see ``resolvedURL(relativeTo:)``).
    ///
    /// The base URL may carry a path prefix, with or without a trailing slash: `https://host/api` and
    /// `https://host/api/` both yield `https://host/api/items` for the path `/items`. A query already on the
    /// base URL is kept in front of this request's query; a fragment on it is dropped, since fragments are
    /// never sent to a server.
    public func url(relativeTo baseURL: URL) -> URL {
        var base = Substring(baseURL.absoluteString)
        if let fragmentStart = base.firstIndex(of: "#") {
            base = base[..<fragmentStart]
        }
        var baseQuery = Substring()
        if let queryStart = base.firstIndex(of: "?") {
            baseQuery = base[base.index(after: queryStart)...]
            base = base[..<queryStart]
        }
        if base.hasSuffix("/") {
            base = base.dropLast()
        }

        var result = String(base)
        if !path.hasPrefix("/") {
            result += "/"
        }
        // The path should arrive encoded; re-encoding only what a URL path cannot hold keeps a hand-built
        // request with, say, a raw space from producing an unparsable URL.
        result += PercentEncoding.encode(path, keeping: PercentEncoding.isAllowedInPath)

        let queryParts = [String(baseQuery), query.percentEncoded].filter { !$0.isEmpty }
        if !queryParts.isEmpty {
            result += "?" + queryParts.joined(separator: "&")
        }
        guard let url = URL(string: result) else {
            // Every part is either from a valid URL or restricted to URL-safe characters above.
            preconditionFailure("HTTPRequest.url(relativeTo:) built an invalid URL: \(result)")
        }
        return url
    }

    /// Where this request goes on the server at `baseURL`: ``url(relativeTo:)``, or the ``link`` resolved
    /// against it.
    ///
    /// - Throws: ``RequestValidationError/invalidLink`` for a link that is not a URI reference, and
    ///   ``RequestValidationError/linkToOtherOrigin(origin:)`` for one on another origin (scheme, host and
    ///   port) than `baseURL`.
    public func resolvedURL(relativeTo baseURL: URL) throws -> URL {
        let plain = url(relativeTo: baseURL)
        guard let link else { return plain }
        guard let resolved = URL(string: link, relativeTo: plain)?.absoluteURL,
            var components = URLComponents(url: resolved, resolvingAgainstBaseURL: true)
        else { throw RequestValidationError.invalidLink }
        guard Origin(of: resolved) == Origin(of: baseURL) else {
            throw RequestValidationError.linkToOtherOrigin(origin: Origin(of: resolved).description)
        }
        // A fragment is never sent to a server.
        components.fragment = nil
        guard let target = components.url else { throw RequestValidationError.invalidLink }
        return target
    }
}
