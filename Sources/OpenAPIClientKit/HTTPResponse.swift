/// The status and header fields of an HTTP response; the body travels separately.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code, such as 200 or 404.
    public var statusCode: Int
    /// The header fields.
    public var headers: [HTTPHeader]

    /// Creates a response.
    public init(statusCode: Int, headers: [HTTPHeader] = []) {
        self.statusCode = statusCode
        self.headers = headers
    }

    /// The value of the first header field named `name` (case-insensitive), or `nil` when there is none.
    public func headerValue(for name: String) -> String? {
        headers.value(for: name)
    }
}
