import Foundation

/// How an ``APIClient`` authenticates its requests: a step run on each attempt's request, retries included,
/// just before the middlewares see it.
///
/// Secrets never appear in `description`, `dump` or mirrors.
///
/// ```swift
/// APIClient(baseURL: url, authentication: .apiKey(headerName: "X-API-Key", value: key))
/// APIClient(baseURL: url, authentication: .bearer(token))
/// APIClient(baseURL: url, authentication: .basic(username: user, password: password))
/// APIClient(baseURL: url, authentication: .custom(TokenRefresher(store: store)))  // async, may refresh
/// ```
public enum Authentication: Sendable, CustomStringConvertible, CustomReflectable {
    /// No credentials.
    case none
    /// An API key in the header field `headerName`.
    case apiKey(headerName: String, value: String)
    /// An API key in the query item `name`. Prefer a header where the API allows it: URLs end up in logs.
    case apiKeyQuery(name: String, value: String)
    /// `Authorization: Bearer <token>`.
    case bearer(String)
    /// `Authorization: Basic <base64(username:password)>` (RFC 7617, UTF-8). Send it only over HTTPS: the
    /// password is encoded, not encrypted.
    case basic(username: String, password: String)
    /// A step of your own, such as one that refreshes an expiring token; it runs for every attempt.
    case custom(any RequestAuthenticator)

    /// `request` with the credentials added.
    ///
    /// - Throws: What a ``custom(_:)`` authenticator throws.
    public func authenticate(_ request: HTTPRequest) async throws -> HTTPRequest {
        var request = request
        switch self {
        case .none:
            break
        case .apiKey(let name, let value):
            request.headers.append(HTTPHeader(name: name, value: value))
        case .apiKeyQuery(let name, let value):
            request.query.append(name, value)
        case .bearer(let token):
            request.headers.append(HTTPHeader(name: "Authorization", value: "Bearer " + token))
        case .basic(let username, let password):
            let credentials = Data((username + ":" + password).utf8).base64EncodedString()
            request.headers.append(HTTPHeader(name: "Authorization", value: "Basic " + credentials))
        case .custom(let authenticator):
            request = try await authenticator.authenticate(request)
        }
        return request
    }

    /// The kind of authentication and the names it uses, never the secret.
    public var description: String {
        switch self {
        case .none: "Authentication.none"
        case .apiKey(let name, _): "Authentication.apiKey(headerName: \(name), value: <redacted>)"
        case .apiKeyQuery(let name, _): "Authentication.apiKeyQuery(name: \(name), value: <redacted>)"
        case .bearer: "Authentication.bearer(<redacted>)"
        case .basic: "Authentication.basic(username: <redacted>, password: <redacted>)"
        case .custom(let authenticator): "Authentication.custom(\(type(of: authenticator)))"
        }
    }

    /// A mirror without the secret, so `dump(client)` and debuggers do not print it.
    public var customMirror: Mirror {
        switch self {
        case .none: Mirror(self, children: [])
        case .apiKey(let name, _): Mirror(self, children: ["headerName": name, "value": "<redacted>"])
        case .apiKeyQuery(let name, _): Mirror(self, children: ["name": name, "value": "<redacted>"])
        case .bearer: Mirror(self, children: ["token": "<redacted>"])
        case .basic: Mirror(self, children: ["username": "<redacted>", "password": "<redacted>"])
        case .custom(let authenticator): Mirror(self, children: ["authenticator": "\(type(of: authenticator))"])
        }
    }
}

/// A custom authentication step (``Authentication/custom(_:)``): adds credentials to a request, and may wait
/// for them — to refresh an expired token, say.
///
/// It runs for every attempt, retries included, so a token refreshed while a request waited for its retry is
/// the one sent. Keep the secret out of the type's `description` and mirror: the client's are printed.
public protocol RequestAuthenticator: Sendable {
    /// `request` with the credentials added.
    ///
    /// - Throws: Any error; the call fails with ``APIClientError/authenticationFailed(underlying:)``, or
    ///   ``APIClientError/cancelled`` when the task was cancelled.
    func authenticate(_ request: HTTPRequest) async throws -> HTTPRequest
}
