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

    init(configuration: URLSessionConfiguration) {
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
        let exchange = DataTaskExchange(maximumBodySize: maximumBodySize)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                exchange.start(request, in: session, routedBy: delegate, continuation: continuation)
            }
        } onCancel: {
            exchange.cancel()
        }
    }
}
