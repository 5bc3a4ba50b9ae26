/// How a transport tells its caller how much of a request's body has gone out: the way upload progress learns
/// of bytes in flight, on every platform.
///
/// The caller binds ``observer`` for the duration of one request; the transport calls it with the number of
/// bytes of that request's body sent so far:
///
/// ```swift
/// let observer: @Sendable (Int64) -> Void = { sent in print(sent, "bytes sent") }
/// let answer = try await RequestBodyProgress.$observer.withValue(observer) {
///     try await transport.send(request)
/// }
/// ```
///
/// ``URLSessionTransport`` reports what URLSession reports (`urlSession(_:task:didSendBodyData:totalBytesSent:
/// totalBytesExpectedToSend:)`), for `httpBody` and `httpBodyStream` bodies alike, from its delegate queue.
/// A redirected request is a new request whose count starts again at zero. A transport that wraps another
/// passes the value on by calling it from the same task; one that sends by other means calls ``observer``
/// itself, or never — then progress moves only as whole requests complete.
public enum RequestBodyProgress {
    /// Called with the bytes of the current request's body sent so far (a running total, not a difference),
    /// from whatever thread the transport reports on; nil when nobody listens. It must return quickly and
    /// must not wait for the request.
    @TaskLocal public static var observer: (@Sendable (Int64) -> Void)?
}
