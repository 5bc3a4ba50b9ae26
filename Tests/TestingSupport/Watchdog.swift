import Foundation

/// Waits for a task from a plain thread, for a bounded time: a test that must prove something never hangs
/// cannot itself wait without a limit, nor on Swift's cooperative pool, which the hang may have taken.
public enum Watchdog {
    /// The task's result, or `nil` when it has not finished `seconds` after the call. Blocks the calling thread.
    public static func result<Success: Sendable>(
        of task: Task<Success, any Error>, within seconds: TimeInterval
    ) -> Result<Success, any Error>? {
        let box = ResultBox<Success>()
        Task { box.set(await task.result) }
        return box.wait(seconds: seconds)
    }
}

/// A result handed from a task to a waiting thread.
private final class ResultBox<Success: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is written once, before `ready` is signalled, and read after it.
    private var result: Result<Success, any Error>?
    private let ready = DispatchSemaphore(value: 0)

    func set(_ result: Result<Success, any Error>) {
        self.result = result
        ready.signal()
    }

    func wait(seconds: TimeInterval) -> Result<Success, any Error>? {
        ready.wait(timeout: .now() + seconds) == .success ? result : nil
    }
}

/// A small seeded generator (SplitMix64), so that a failing random run can be repeated.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
