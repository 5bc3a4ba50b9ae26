import Foundation

/// Proves that cancelling an operation at any moment ends it promptly: starts it again and again, cancels each
/// run after a random delay from another thread, and waits for it with a `Watchdog`. The loop stops at the
/// first run that does not end in time. Synchronous on purpose: the loop and its watchdog run on the caller's
/// thread, outside Swift's cooperative pool, so a deadlock that swallows the pool's threads fails the test
/// instead of stalling it.
public struct CancellationLoop {
    /// How many runs finished before the cancellation landed.
    public private(set) var completed = 0
    /// How many runs ended as cancelled.
    public private(set) var cancelled = 0
    /// The runs that ended in any other error, described.
    public private(set) var unexpected: [String] = []
    /// The run that did not end within the watchdog's limit, if one did not.
    public private(set) var hung: Int?

    /// Runs `start(iteration, &random)` `iterations` times, cancelling each after up to `maximumDelay`
    /// microseconds and waiting up to `limit` seconds for it; `isCancellation` tells a cancelled run's error
    /// from an unexpected one. Every random choice, the runs' own included, comes from `seed`, so that a
    /// failing run can be repeated.
    public init<Success: Sendable>(
        iterations: Int, seed: UInt64, maximumDelay: Int, within limit: TimeInterval,
        isCancellation: (any Error) -> Bool,
        start: (_ iteration: Int, _ random: inout SplitMix64) throws -> Task<Success, any Error>
    ) rethrows {
        var random = SplitMix64(seed: seed)
        for iteration in 0..<iterations {
            let task = try start(iteration, &random)
            usleep(UInt32(random.next(below: maximumDelay)))
            // From a dispatch thread: the cancellation handler runs on the caller's thread.
            DispatchQueue.global().async { task.cancel() }
            guard let result = Watchdog.result(of: task, within: limit) else {
                hung = iteration
                return
            }
            switch result {
            case .success: completed += 1
            case .failure(let error) where isCancellation(error): cancelled += 1
            case .failure(let error): unexpected.append("run \(iteration): \(error)")
            }
        }
    }

    /// `200 cancellations: 150 cancelled, 50 completed first, hung: none`, for the test's log.
    public func summary(of iterations: Int, _ noun: String) -> String {
        "\(iterations) \(noun): \(cancelled) cancelled, \(completed) completed first, hung: "
            + (hung.map { "run \($0)" } ?? "none")
    }
}
