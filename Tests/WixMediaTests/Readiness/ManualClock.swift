import Foundation

/// A clock whose time moves only when something sleeps on it: a sleep returns at once, having moved the time
/// to its deadline and recorded how long it was.
final class ManualClock: Clock, @unchecked Sendable {
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

    private let lock = NSLock()
    private var current = Instant(offset: .zero)
    private var recorded: [Duration] = []
    /// Runs at the start of every sleep; tests cancel the task from here.
    private let onSleep: @Sendable () -> Void

    init(onSleep: @escaping @Sendable () -> Void = {}) {
        self.onSleep = onSleep
    }

    var now: Instant {
        locked { current }
    }

    var minimumResolution: Duration { .zero }

    /// The durations slept, in order.
    var sleeps: [Duration] {
        locked { recorded }
    }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        onSleep()
        try Task.checkCancellation()
        locked {
            recorded.append(current.duration(to: deadline))
            current = max(current, deadline)
        }
    }

    private func locked<Value>(_ body: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
