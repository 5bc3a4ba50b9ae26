import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Failures of an ``APIClient`` call that are not an error response from the server; error responses are
/// thrown as whatever the client's error decoder makes of them (``APIResponseError`` by default).
///
/// A `URLError` the client wraps in ``transport(underlying:)`` has the URLs of its `userInfo` redacted
/// (``URLRedaction/redactingURLs(in:)``), so printing it, or the error around it, shows no signed URL's token.
public enum APIClientError: Error, Sendable, CustomStringConvertible {
    /// The request could not be built (for example a body that does not encode, or a header value that
    /// cannot be sent).
    case invalidRequest(underlying: any Error)
    /// The client's ``Authentication`` could not authenticate the request (say a token refresh failed).
    case authenticationFailed(underlying: any Error)
    /// The connection failed or broke before a complete response arrived.
    case transport(underlying: any Error)
    /// No response within the configured timeout.
    case timedOut
    /// The task was cancelled.
    case cancelled
    /// A success response whose body does not match the operation's response type: a required field is missing
    /// or of another shape — or, under `DecodingPolicy.strict`, any field is. `body` is the raw answer. Never
    /// retried: the server did what was asked.
    case undecodableResponse(statusCode: Int, body: Data, underlying: any Error)

    /// Sorts a failure of a transport into the cases callers handle differently: `CancellationError` and
    /// `URLError(.cancelled)` are ``cancelled``, `URLError(.timedOut)` is ``timedOut``, an ``APIClientError``
    /// stays as it is, and anything else is ``transport(underlying:)``.
    ///
    /// A `URLError` is kept with the URLs of its `userInfo` redacted: callers print errors, and the failing URL
    /// may be a signed one.
    public init(classifying error: any Error) {
        if let error = error as? APIClientError {
            self = error
        } else if error is CancellationError {
            self = .cancelled
        } else if let urlError = error as? URLError {
            switch urlError.code {
            case .cancelled: self = .cancelled
            case .timedOut: self = .timedOut
            default: self = .transport(underlying: URLRedaction.redactingURLs(in: urlError))
            }
        } else {
            self = .transport(underlying: error)
        }
    }

    /// What went wrong, with any URL in it redacted (``URLRedaction``): the failing URL of a transport error
    /// may be a signed URL, whose token is as good as a password.
    public var description: String {
        URLRedaction.redactingURLs(inText: unredactedDescription)
    }

    private var unredactedDescription: String {
        switch self {
        case .invalidRequest(let underlying): "APIClientError.invalidRequest(\(underlying))"
        case .authenticationFailed(let underlying): "APIClientError.authenticationFailed(\(underlying))"
        case .transport(let underlying): "APIClientError.transport(\(underlying))"
        case .timedOut: "APIClientError.timedOut"
        case .cancelled: "APIClientError.cancelled"
        case .undecodableResponse(let status, let body, let underlying):
            "APIClientError.undecodableResponse(HTTP \(status), \(body.count) bytes: \(underlying))"
        }
    }
}
