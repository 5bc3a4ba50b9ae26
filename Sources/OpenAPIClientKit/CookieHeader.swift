/// The `Cookie` header field of a request with cookie parameters: `name=value` pairs joined by `; `.
///
/// Values are percent-encoded except RFC 3986's unreserved characters, so that a value holding `;`, `,`,
/// spaces, quotes or JSON text stays one cookie-octet string (RFC 6265, section 4.1.1).
public struct CookieHeader: Sendable, Hashable {
    private var pairs: [String] = []

    /// An empty list of cookies.
    public init() {}

    /// Adds the cookie `name` with `value`.
    public mutating func append(_ name: String, _ value: String) {
        pairs.append(name + "=" + PercentEncoding.encode(value, keeping: PercentEncoding.isUnreserved))
    }

    /// The header field, or nil when no cookie was added.
    public var field: HTTPHeader? {
        pairs.isEmpty ? nil : HTTPHeader(name: "Cookie", value: pairs.joined(separator: "; "))
    }
}
