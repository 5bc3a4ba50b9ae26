import Foundation

/// A clock whose time moves only when a test moves it: sleepers wait for ``advance(by:wakingSleepers:)``, and a
/// cancelled sleeper throws `CancellationError` at once, as `Task.sleep` does. Made `advancingOnEverySleep`, a
/// sleep instead returns at once, having moved the time to its deadline, for code that just needs time to
/// pass (polling with backoff); either way ``sleeps`` records how long each sleep was asked to be.
final class SteppedClock: Clock, @unchecked Sendable {
    // @unchecked: `current`, `sleepers`, `recorded` and `nextID` are only reached while holding `lock`.
    struct Instant: InstantProtocol {
        var offset: Duration

        func advanced(by duration: Duration) -> Instant {
            Instant(offset: offset + duration)
        }

        func duration(to other: Instant) -> Duration {
            other.offset - offset
        }

        static func < (lhs: Instant, rhs: Instant) -> Bool {
            lhs.offset < rhs.offset
        }
    }

    private struct Sleeper {
        let id: Int
        let deadline: Instant
        let continuation: CheckedContinuation<Void, any Error>
    }

    private let lock = NSLock()
    private var current = Instant(offset: .zero)
    private var sleepers: [Sleeper] = []
    private var nextID = 0
    private var recorded: [Duration] = []
    private let advancingOnEverySleep: Bool
    /// Runs at the start of every sleep; tests cancel the sleeping task from here.
    private let onSleep: @Sendable () -> Void

    init(advancingOnEverySleep: Bool = false, onSleep: @escaping @Sendable () -> Void = {}) {
        self.advancingOnEverySleep = advancingOnEverySleep
        self.onSleep = onSleep
    }

    var now: Instant {
        locked { current }
    }

    var minimumResolution: Duration { .zero }

    /// How many sleeps have not ended yet.
    var sleeperCount: Int {
        locked { sleepers.count }
    }

    /// The durations slept (asked for, from the time of asking), in order.
    var sleeps: [Duration] {
        locked { recorded }
    }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        onSleep()
        if advancingOnEverySleep {
            try Task.checkCancellation()
            return locked {
                recorded.append(current.duration(to: deadline))
                current = max(current, deadline)
            }
        }
        let id = locked {
            nextID += 1
            recorded.append(current.duration(to: deadline))
            return nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                locked {
                    if Task.isCancelled {
                        continuation.resume(throwing: CancellationError())
                    } else if deadline <= current {
                        continuation.resume()
                    } else {
                        sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    }
                }
            }
        } onCancel: {
            locked {
                guard let index = sleepers.firstIndex(where: { $0.id == id }) else { return }
                sleepers.remove(at: index).continuation.resume(throwing: CancellationError())
            }
        }
    }

    /// Moves the time on by `duration` and wakes every sleeper whose deadline has come — or, when not
    /// `wakingSleepers`, leaves them asleep, as a timer that fires late would be, until the next advance.
    func advance(by duration: Duration, wakingSleepers: Bool = true) {
        locked {
            current = current.advanced(by: duration)
            guard wakingSleepers else { return }
            let due = sleepers.filter { $0.deadline <= current }
            sleepers.removeAll { $0.deadline <= current }
            for sleeper in due {
                sleeper.continuation.resume()
            }
        }
    }

    private func locked<Value>(_ body: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}

/// Waits until `condition` holds, checking between short sleeps, for a few seconds at most; the condition is
/// about state, never about how long something took.
func eventually(
    _ what: String, within limit: Duration = .seconds(10), _ condition: () async -> Bool
) async throws {
    let deadline = ContinuousClock.now + limit
    while !(await condition()) {
        guard ContinuousClock.now < deadline else { throw TestFailure("never happened: \(what)") }
        try await Task.sleep(for: .milliseconds(2))
    }
}
