import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension HTTPRequest {
    /// A `URLRequest` for this request on the server at `baseURL`.
    ///
    /// - Parameters:
    ///   - baseURL: The server's base URL, possibly with a path prefix; see ``resolvedURL(relativeTo:)``.
    ///   - timeout: The request timeout in seconds, or `nil` to keep `URLRequest`'s default.
    /// - Throws: `RequestValidationError.invalidHeaderValue` for a header that ``HTTPHeader/validate()``
    ///   refuses, which `URLRequest` would otherwise drop without a word; the errors of
    ///   ``resolvedURL(relativeTo:)`` for a ``link`` that is malformed or leads to another origin.
    public func urlRequest(baseURL: URL, timeout: TimeInterval?) throws -> URLRequest {
        var request = URLRequest(url: try resolvedURL(relativeTo: baseURL))
        request.httpMethod = method.rawValue
        for header in headers {
            try header.validate()
            // Adding rather than setting keeps repeated fields, which URLRequest joins with commas.
            request.addValue(header.value, forHTTPHeaderField: header.name)
        }
        request.httpBody = body
        if let timeout {
            request.timeoutInterval = timeout
        }
        return request
    }
}
