import Dispatch
import Foundation
import OpenAPIClientKit

/// How the server delivers a response: the fault switches reach into the transport through this.
struct ResponsePlan: Sendable {
    /// How much of the response reaches the client.
    enum Delivery: Sendable {
        /// All of it.
        case complete
        /// The head (announcing the full length) and the first half of the body, then the connection closes.
        case dropMidBody
        /// Nothing: the connection closes as soon as the request is read.
        case dropBeforeResponse
    }

    var response: SimulatorResponse
    /// How long to wait before answering.
    var delay: Duration = .zero
    var delivery: Delivery = .complete
}

/// A minimal HTTP/1.1 server on 127.0.0.1: one thread accepts, one thread per connection serves its requests
/// one after another (keep-alive), with blocking sockets.
///
/// Threads rather than Swift concurrency because every read blocks; blocking the cooperative pool would stall
/// the very client under test in the same process.
final class HTTPServer: Sendable {
    /// The port the server listens on.
    let port: UInt16

    private let listener: Socket
    private let stopSignal: StopSignal
    private let state = Locked(State())
    private let threads = DispatchGroup()

    private struct State {
        var connections: Set<Socket> = []
        var stopped = false
    }

    /// Listens on 127.0.0.1 at `port` (0 picks a free port); connections wait until ``start(handler:)``.
    init(port: UInt16) throws {
        let (listener, boundPort) = try Socket.listenOnLoopback(port: port)
        do {
            stopSignal = try StopSignal()
        } catch {
            listener.close()
            throw error
        }
        self.listener = listener
        self.port = boundPort
    }

    /// Starts serving: every request is read and answered as `handler` says, each answer with an
    /// `x-wix-request-id` from `requestIDs`.
    func start(handler: any RequestHandling, requestIDs: @escaping @Sendable () -> String) {
        startThread { [self] in acceptLoop(handler: handler, requestIDs: requestIDs) }
    }

    /// Stops accepting, closes every connection, and waits (up to a few seconds) for the threads to end.
    /// Calling it again does nothing.
    func stop() {
        let stopping = state.withLock { state in
            guard !state.stopped else { return false }
            state.stopped = true
            // Under the lock: a connection still in the set has not been closed, so its descriptor cannot have
            // been reused by another socket of this process.
            for connection in state.connections {
                connection.shutdown()
            }
            return true
        }
        guard stopping else { return }
        stopSignal.fire()
        _ = threads.wait(timeout: .now() + .seconds(5))
        listener.close()
    }

    private func startThread(_ body: @escaping @Sendable () -> Void) {
        threads.enter()
        let thread = Thread { [threads] in
            body()
            threads.leave()
        }
        thread.name = "wix-media-simulator"
        thread.start()
    }

    private func acceptLoop(handler: any RequestHandling, requestIDs: @escaping @Sendable () -> String) {
        while stopSignal.wait(forReadable: listener) == .readable {
            guard let connection = try? listener.accept() else {
                // Out of descriptors, say: back off a little instead of spinning on a readable listener.
                _ = stopSignal.wait(forReadable: nil, timeout: .milliseconds(10))
                continue
            }
            let accepted = state.withLock { state in
                guard !state.stopped else { return false }
                state.connections.insert(connection)
                return true
            }
            guard accepted else {
                connection.close()
                return
            }
            startThread { [self] in serve(connection, handler: handler, requestIDs: requestIDs) }
        }
    }

    private func serve(
        _ connection: Socket, handler: any RequestHandling, requestIDs: @escaping @Sendable () -> String
    ) {
        defer {
            state.withLock { _ = $0.connections.remove(connection) }
            connection.shutdown()
            connection.close()
        }
        var reader = RequestReader(socket: connection, stopSignal: stopSignal)
        while true {
            let outcome: RequestReader.Outcome
            do {
                outcome = try reader.next(bodyCut: handler.bodyCut(for:))
            } catch {
                return
            }
            switch outcome {
            case .closed:
                return
            case .rejected(let status, let message):
                let response = SimulatorResponse(
                    status: status, headers: [("Content-Type", "text/plain")], body: Data(message.utf8))
                try? connection.write(
                    response.head(requestID: requestIDs(), keepAlive: false, contentLength: response.body.count)
                        + response.body)
                return
            case .request(let request, let keepAlive):
                guard deliver(handler.plan(for: request), on: connection, keepAlive: keepAlive, requestID: requestIDs),
                    keepAlive
                else {
                    return
                }
            }
        }
    }

    /// Writes the planned response; false when the connection must close afterwards.
    private func deliver(
        _ plan: ResponsePlan, on connection: Socket, keepAlive: Bool, requestID: () -> String
    ) -> Bool {
        if plan.delay > .zero, stopSignal.wait(forReadable: nil, timeout: plan.delay) == .stopped {
            return false
        }
        let response = plan.response
        let head = response.head(requestID: requestID(), keepAlive: keepAlive, contentLength: response.body.count)
        do {
            switch plan.delivery {
            case .complete:
                try connection.write(head + response.body)
                return true
            case .dropMidBody:
                try connection.write(head + response.body.prefix(response.body.count / 2))
                return false
            case .dropBeforeResponse:
                return false
            }
        } catch {
            return false
        }
    }
}
