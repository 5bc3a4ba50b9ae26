/// A failure the simulator can inject instead of, or into, a normal answer.
public enum SimulatorFault: Sendable, Hashable {
    /// Answer with `status` without running the operation: a Wix-shaped error body for 4xx statuses, an empty
    /// body for 5xx (as Wix sends system errors), and a `Retry-After` header when `retryAfter` is given
    /// (delay seconds such as `"2"`, or an HTTP-date).
    case status(Int, retryAfter: String? = nil)
    /// Run the operation, then wait `delay` before answering.
    case delay(Duration)
    /// Run the operation, send the response head (announcing the whole body) and half the body, then close
    /// the connection.
    case dropConnectionMidBody
    /// Close the connection without running the operation or answering.
    case dropConnectionBeforeResponse
    /// Read only the first `afterBytes` bytes of the request body, run the operation on what arrived (a tus
    /// `PATCH` keeps those bytes, as a real server keeps what reached it), then close the connection without
    /// answering: the connection broke in the middle of the upload.
    case dropConnectionDuringRequestBody(afterBytes: Int)
    /// Answer 500 with an HTML page, as a proxy in front of an API might, without running the operation.
    case htmlInternalServerError
    /// Run the operation and answer 200 with only the first half of its JSON body (a consistent
    /// `Content-Length`, so only the JSON is broken).
    case truncatedJSON

    /// 429 Too Many Requests with `Retry-After: retryAfter`.
    public static func rateLimited(retryAfter: String?) -> SimulatorFault {
        .status(429, retryAfter: retryAfter)
    }

    /// 503 Service Unavailable, empty body.
    public static var serviceUnavailable: SimulatorFault { .status(503) }
}

/// Which requests a fault applies to.
public enum FaultTarget: Sendable, Hashable {
    /// Every request.
    case anyRequest
    /// Requests of one operation, by its `operationId` in the schema, such as `listFiles`.
    case operation(String)
    /// Requests whose path (without the query) is exactly this, such as `/site-media/v1/files`.
    case path(String)

    func matches(operationID: String?, path: String) -> Bool {
        switch self {
        case .anyRequest: true
        case .operation(let id): id == operationID
        case .path(let expected): expected == path
        }
    }
}
