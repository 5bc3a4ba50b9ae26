import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension HTTPRequest {
    /// A `URLRequest` for this request on the server at `baseURL`.
    ///
    /// - Parameters:
    ///   - baseURL: The server's base URL, possibly with a path prefix; see ``url(relativeTo:)``.
    ///   - timeout: The request timeout in seconds, or `nil` to keep `URLRequest`'s default.
    public func urlRequest(baseURL: URL, timeout: TimeInterval?) -> URLRequest {
        var request = URLRequest(url: url(relativeTo: baseURL))
        request.httpMethod = method.rawValue
        for header in headers {
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
