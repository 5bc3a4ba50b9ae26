import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The delegate of a ``URLSessionTransport``'s session, which hands each task's events to its exchange.
///
/// A session-level delegate rather than one per task: FoundationNetworking (6.3) consults `task.delegate` for
/// redirects but sends the response and body of a plain data task to the session's delegate only.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // @unchecked: `exchanges` is guarded by `lock`.
    private let lock = NSLock()
    private var exchanges: [Int: DataTaskExchange] = [:]

    func register(_ exchange: DataTaskExchange, for task: URLSessionTask) {
        lock.withLock { exchanges[task.taskIdentifier] = exchange }
    }

    private func exchange(for task: URLSessionTask) -> DataTaskExchange? {
        lock.withLock { exchanges[task.taskIdentifier] }
    }

    /// Never lets URLSession follow a redirect: the transport decides, and sends the next request itself.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        // FoundationNetworking ignores the disposition; the exchange cancels the task itself when it refuses.
        let accepted = exchange(for: dataTask)?.receive(response) ?? false
        completionHandler(accepted ? .allow : .cancel)
    }

    /// The body's bytes as they go out, for ``RequestBodyProgress``: called on both platforms, for `Data` and stream
    /// bodies (FoundationNetworking as libcurl takes each piece, Apple's URLSession as it writes them). The pieces
    /// are added up rather than `totalBytesSent` passed on: FoundationNetworking (6.3) reads the task's running
    /// total when the queued callback runs, not when the piece went out, so consecutive callbacks repeat one
    /// figure and a 3 MB body showed a dozen steps instead of one per 64 KiB piece.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, didSendBodyData bytesSent: Int64, totalBytesSent: Int64,
        totalBytesExpectedToSend: Int64
    ) {
        exchange(for: task)?.sent(bytesSent)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        exchange(for: dataTask)?.receive(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let exchange = lock.withLock { exchanges.removeValue(forKey: task.taskIdentifier) }
        exchange?.complete(with: error, response: task.response)
    }
}
