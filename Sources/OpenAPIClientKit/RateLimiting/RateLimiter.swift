import Foundation

/// Hands out the tokens of a ``TokenBucket`` to concurrent requests, first come, first served.
///
/// A request that finds a token and nobody waiting goes at once. Otherwise it joins a queue; one timer, set
/// for when the next token is earned, serves the queue from its head, so sixteen tasks that keep asking share
/// the rate evenly, and a late arrival never overtakes a waiting one. A task cancelled while waiting leaves the
/// queue at once and throws `CancellationError`; the timer is cancelled when the queue empties, so nothing
/// outlives the waiters.
final class RateLimiter<C: Clock>: Sendable where C.Duration == Duration {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var bucket: TokenBucket<C.Instant>
        var waiters: [Waiter] = []
        var nextID: UInt64 = 0
        /// Sleeps until the head of the queue can have its token; nil when nobody waits.
        var timer: Task<Void, Never>?
        /// Tells the current timer from one cancelled after it had already woken up.
        var timerGeneration: UInt64 = 0
    }

    private let clock: C
    private let state: Locked<State>

    init(_ limit: RateLimit, clock: C) {
        self.clock = clock
        state = Locked(State(bucket: TokenBucket(limit)))
    }

    /// The number of requests waiting for a token.
    var waitingCount: Int {
        state.withLock { $0.waiters.count }
    }

    /// Returns once the caller may send a request, having spent a token on it.
    ///
    /// - Throws: `CancellationError` when the task is cancelled before its turn; it spends no token then.
    func acquire() async throws {
        let id: UInt64? = state.withLock { state in
            if state.waiters.isEmpty, state.bucket.take(at: clock.now) == nil { return nil }
            state.nextID += 1
            return state.nextID
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                state.withLock { state in
                    // Checked under the lock: a cancellation that came before this found nothing to remove.
                    if Task.isCancelled {
                        continuation.resume(throwing: CancellationError())
                        return
                    }
                    state.waiters.append(Waiter(id: id, continuation: continuation))
                    serve(&state)
                }
            }
        } onCancel: {
            state.withLock { state in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return }
                state.waiters.remove(at: index).continuation.resume(throwing: CancellationError())
                serve(&state)
            }
        }
    }

    /// Gives tokens to the waiters at the head of the queue while there are any, then sets the timer for the
    /// next one, or cancels it when nobody is left.
    private func serve(_ state: inout State) {
        while let head = state.waiters.first {
            let now = clock.now
            if let wait = state.bucket.take(at: now) {
                if state.timer == nil {
                    state.timerGeneration += 1
                    state.timer = startTimer(deadline: now.advanced(by: wait), generation: state.timerGeneration)
                }
                return
            }
            state.waiters.removeFirst()
            head.continuation.resume()
        }
        state.timer?.cancel()
        state.timer = nil
    }

    private func startTimer(deadline: C.Instant, generation: UInt64) -> Task<Void, Never> {
        Task { [clock] in
            do {
                try await clock.sleep(until: deadline, tolerance: nil)
            } catch {
                return  // cancelled: the queue emptied, and whoever joins it next sets a new timer
            }
            self.state.withLock { state in
                // A timer cancelled just as it woke may find a newer one in its place: that one serves.
                guard state.timerGeneration == generation else { return }
                state.timer = nil
                self.serve(&state)
            }
        }
    }
}
