import Foundation
import WixMedia

/// The sleep of a retry policy, replaced: it records each wait and returns at once, or — when `blocks` —
/// really sleeps until cancelled, so that a test can cancel a task in the middle of a retry wait.
final class RecordingSleeper: Sendable {
    private let waits = LockedValue<[Duration]>([])
    private let blocks: Bool

    init(blocks: Bool = false) {
        self.blocks = blocks
    }

    /// The waits requested so far, in order.
    var recorded: [Duration] { waits.withLock { $0 } }

    /// A policy that retries `maxRetries` times with `baseDelay` doubling and no jitter, sleeping through this.
    func policy(maxRetries: Int = 3, baseDelay: Duration = .milliseconds(100)) -> RetryPolicy {
        RetryPolicy(
            maxRetries: maxRetries, baseDelay: baseDelay, jitter: { $0 },
            sleep: { [self] duration in try await sleep(duration) })
    }

    private func sleep(_ duration: Duration) async throws {
        waits.withLock { $0.append(duration) }
        if blocks {
            try await Task.sleep(for: .seconds(60))
        }
    }

    /// Waits (a few seconds at most) until the first wait has begun.
    func waitUntilSleeping() async throws {
        for _ in 0..<500 where recorded.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
        }
        guard !recorded.isEmpty else { throw TestFailure("the client never started a retry wait") }
    }
}

/// A value behind a lock, for test doubles shared with the client's tasks.
final class LockedValue<Value>: @unchecked Sendable {
    // @unchecked: `value` is only reached through `withLock`.
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
