import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A URLSession whose delegate routes each task to its ``DataTaskExchange``, owned by the transports that
/// share it.
final class SessionConnection: Sendable {
    /// The session behind `URLSessionTransport()`, like `URLSession.shared`: it lives as long as the process.
    static let shared = SessionConnection(configuration: .default)

    let session: URLSession
    private let delegate: SessionDelegate

    /// A session with `configuration`, except that it caches no responses.
    ///
    /// API answers depend on the credentials and change under the caller. And with a cache FoundationNetworking
    /// (6.3) creates a task's protocol asynchronously: one more window in which a cancel and the task's
    /// completion interleave. Its cancel crashed once in 1,000 cancelled uploads ("a task that is not in the
    /// registry") before this and the serialised cancel of ``DataTaskExchange``, and not since.
    init(configuration: URLSessionConfiguration) {
        let configuration = configuration.copy() as! URLSessionConfiguration
        configuration.urlCache = nil
        delegate = SessionDelegate()
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    /// The session holds its delegate until it is invalidated; the transports' last reference lets both go once
    /// the requests in flight are done (each holds the transport, and so this, while it waits).
    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends `request` as one data task, without following redirects, and returns the response and body.
    func exchange(_ request: URLRequest, maximumBodySize: Int) async throws -> (Data, HTTPURLResponse) {
        let exchange = DataTaskExchange(
            session: session, maximumBodySize: maximumBodySize, bodySent: RequestBodyProgress.observer)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                exchange.start(request, routedBy: delegate, continuation: continuation)
            }
        } onCancel: {
            exchange.cancel()
        }
    }
}
