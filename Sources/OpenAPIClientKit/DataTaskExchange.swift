import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One request on the wire: a single URLSession data task, the body it delivers, and the one resumption of the
/// caller's continuation, by whichever comes first of completion, the size cap and cancellation.
///
/// Cancellation never waits for URLSession. `cancel()` runs inside Swift's cancellation handler, which holds
/// the task's status lock; on Linux `URLSessionTask.cancel()` (6.3) synchronises with the task's work queue,
/// whose completion path needs that same lock to resume a continuation, and the two deadlocked (issue #13).
/// So the handler only flips this state under a lock of its own, never held while calling out, resumes the
/// caller from a dispatch queue, and leaves `URLSessionTask.cancel()` to the session's delegate queue.
///
/// `URLSessionTask.cancel()` always runs on the delegate queue, and only while the task has not reported its
/// completion: FoundationNetworking (6.3) crashes ("a task that is not in the registry") when a cancel
/// overlaps the delivery of the task's completion, which happens on that queue; serialised with it, the cancel
/// either comes first, and is handled before the task leaves the registry, or is skipped.
final class DataTaskExchange: @unchecked Sendable {
    // @unchecked: every stored property is guarded by `lock`.
    typealias Continuation = CheckedContinuation<(Data, HTTPURLResponse), any Error>

    private enum State {
        /// Not started; a cancellation that arrives now stops it from starting.
        case waiting
        case running(URLSessionDataTask, Continuation)
        /// The continuation has been resumed, or will be by whoever moved here.
        case finished
    }

    private let lock = NSLock()
    private var state = State.waiting
    /// Whether URLSession has delivered the task's completion; after that the task must not be cancelled.
    private var taskHasCompleted = false
    private var body = Data()
    /// The bytes of the request's body sent so far, as URLSession reported them.
    private var bodyBytesSent: Int64 = 0
    private var response: HTTPURLResponse?
    private let maximumBodySize: Int
    private let session: URLSession
    /// The caller's ``RequestBodyProgress/observer`` when the request started.
    private let bodySent: (@Sendable (Int64) -> Void)?

    init(session: URLSession, maximumBodySize: Int, bodySent: (@Sendable (Int64) -> Void)? = nil) {
        self.session = session
        self.maximumBodySize = maximumBodySize
        self.bodySent = bodySent
    }

    /// Creates the data task for `request` and starts it, unless the exchange is already cancelled, in which
    /// case `continuation` gets a `CancellationError` and no task is made.
    func start(_ request: URLRequest, routedBy router: SessionDelegate, continuation: Continuation) {
        lock.lock()
        guard case .waiting = state else {
            lock.unlock()
            continuation.resume(throwing: CancellationError())
            return
        }
        let task = session.dataTask(with: request)
        state = .running(task, continuation)
        // Registered before a cancellation can reach the task, so that the delegate finds the exchange for every
        // callback of the task, its completion included (which unregisters it).
        router.register(self, for: task)
        lock.unlock()
        task.resume()
    }

    /// Called from the cancellation handler: see the type's documentation.
    func cancel() {
        guard let (task, continuation) = finish() else { return }
        DispatchQueue.global().async { continuation.resume(throwing: CancellationError()) }
        session.delegateQueue.addOperation { self.cancelUnlessCompleted(task) }
    }

    /// Takes the response's header; returns `false`, having failed the exchange, when its `Content-Length`
    /// is already above the cap.
    func receive(_ response: URLResponse) -> Bool {
        let length = response.expectedContentLength
        if length > Int64(maximumBodySize) {
            fail(TransportError.responseTooLarge(limit: maximumBodySize))
            return false
        }
        lock.withLock {
            self.response = response as? HTTPURLResponse
            if length > 0 { body.reserveCapacity(Int(length)) }
        }
        return true
    }

    /// Adds a piece of the request's body that has gone out and passes on the running total, while the caller
    /// still waits for the answer. Called on the delegate queue, in the order the pieces went out.
    func sent(_ bytes: Int64) {
        guard let bodySent else { return }
        let total = lock.withLock { () -> Int64? in
            guard case .running = state else { return nil }
            bodyBytesSent += bytes
            return bodyBytesSent
        }
        if let total { bodySent(total) }
    }

    /// Appends a piece of the body, as URLSession delivers it: decompressed already. One byte over the cap
    /// fails the exchange and cancels the task, so memory stays near the cap whatever the server sends.
    func receive(_ data: Data) {
        let overflow = lock.withLock { () -> Bool in
            guard case .running = state else { return false }
            guard data.count <= maximumBodySize - body.count else { return true }
            body.append(data)
            return false
        }
        if overflow { fail(TransportError.responseTooLarge(limit: maximumBodySize)) }
    }

    /// Resumes the caller with the task's outcome, unless the exchange has already finished.
    func complete(with error: (any Error)?, response taskResponse: URLResponse?) {
        let (continuation, body, response): (Continuation?, Data, HTTPURLResponse?) = lock.withLock {
            taskHasCompleted = true
            guard case .running(_, let continuation) = state else { return (nil, Data(), nil) }
            state = .finished
            defer { self.body = Data() }
            return (continuation, self.body, self.response ?? taskResponse as? HTTPURLResponse)
        }
        guard let continuation else { return }
        if let error {
            continuation.resume(throwing: error)
        } else if let response {
            continuation.resume(returning: (body, response))
        } else {
            continuation.resume(throwing: URLError(.badServerResponse))
        }
    }

    /// Ends the exchange with `error` and stops the task, unless it has already finished. Called from a
    /// delegate callback, so on the delegate queue already.
    private func fail(_ error: any Error) {
        guard let (task, continuation) = finish() else { return }
        continuation.resume(throwing: error)
        cancelUnlessCompleted(task)
    }

    /// Cancels `task` if URLSession has not delivered its completion yet. Runs on the delegate queue: see the
    /// type's documentation.
    private func cancelUnlessCompleted(_ task: URLSessionDataTask) {
        // A task not resumed yet may be cancelled too: it then completes as cancelled, and `resume()` does nothing.
        guard !lock.withLock({ taskHasCompleted }) else { return }
        task.cancel()
    }

    /// Moves to `.finished` and returns what the mover must resume and cancel; `nil` when there is nothing
    /// to do because the exchange had not started (it will not) or has finished.
    private func finish() -> (URLSessionDataTask, Continuation)? {
        lock.withLock {
            defer {
                state = .finished
                body = Data()
            }
            guard case .running(let task, let continuation) = state else { return nil }
            return (task, continuation)
        }
    }
}
