/// A request that must not be sent as built: a value would change which resource it reaches, or would not
/// reach the server intact.
///
/// Thrown while building or converting a request, before anything is sent.
public enum RequestValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A path parameter is empty. Substituted as is, it would leave an empty segment that many servers and
    /// proxies collapse, sending the request to another resource (`/folders/` instead of `/folders/{id}`).
    case emptyPathParameter(name: String)
    /// A header value holds a carriage return, line feed or NUL, which cannot appear in an HTTP field; URL
    /// loading would drop the field or split it into another one. The value itself is left out, since
    /// headers carry secrets.
    case invalidHeaderValue(name: String)
    /// A server-given link (``HTTPRequest/link``) leads to another origin than the client's base URL; following
    /// it would hand the client's credentials to that origin. `origin` is `scheme://host:port`.
    case linkToOtherOrigin(origin: String)
    /// A server-given link (``HTTPRequest/link``) is not a URI reference.
    case invalidLink

    public var description: String {
        switch self {
        case .emptyPathParameter(let name): "RequestValidationError.emptyPathParameter(\(name))"
        case .invalidHeaderValue(let name): "RequestValidationError.invalidHeaderValue(\(name))"
        case .linkToOtherOrigin(let origin): "RequestValidationError.linkToOtherOrigin(\(origin))"
        case .invalidLink: "RequestValidationError.invalidLink"
        }
    }
}
