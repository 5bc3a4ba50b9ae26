extension WixAPIError {
    /// The kind of failure an error response's HTTP status stands for, as Wix's "About Errors" article
    /// describes them, so code can branch without comparing status numbers.
    public enum Category: Sendable, Hashable, CaseIterable {
        /// 400: a parameter is wrong or missing, or failed validation (see ``WixAPIError/fieldViolations``).
        case badRequest
        /// 401: missing, wrong or expired credentials.
        case unauthenticated
        /// 403: authenticated, but without the permission or identity the call needs.
        case permissionDenied
        /// 404 and 410: the resource does not exist (any more).
        case notFound
        /// 409: the resource already exists, or the request conflicts with its current state.
        case conflict
        /// 412 and 428: a precondition of the request is not met.
        case preconditionFailed
        /// 429: a rate limit or another quota (such as a one-time token) is used up; retry later.
        case rateLimited
        /// 5xx: Wix failed to handle the request; nothing is wrong with it, retry later.
        case server
        /// Any other status (say 405 or 413): look at ``WixAPIError/statusCode``.
        case other

        /// The category of `statusCode`.
        public init(statusCode: Int) {
            switch statusCode {
            case 400: self = .badRequest
            case 401: self = .unauthenticated
            case 403: self = .permissionDenied
            case 404, 410: self = .notFound
            case 409: self = .conflict
            case 412, 428: self = .preconditionFailed
            case 429: self = .rateLimited
            case 500..<600: self = .server
            default: self = .other
            }
        }
    }
}
