import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A time limit on one request attempt.
///
/// `URLRequest.timeoutInterval` alone is not enough: URLSession treats it as the longest *silence* between
/// packets, so a server that trickles bytes never times out, and a replaced transport may ignore it altogether.
enum Deadline {
    /// Runs `operation` and returns its result, or cancels it and throws `URLError(.timedOut)` once `timeout`
    /// seconds have passed. A timeout that is not positive and finite means no limit.
    ///
    /// The operation must honour cancellation: the call returns only after the operation has ended.
    static func run<Value: Sendable>(
        timeout: TimeInterval, _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        guard timeout > 0, timeout.isFinite else { return try await operation() }
        return try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: .seconds(timeout))
                return nil
            }
            defer { group.cancelAll() }
            // The first child to finish decides; `nil` is the timer's.
            guard let first = try await group.next(), let value = first else {
                throw URLError(.timedOut)
            }
            return value
        }
    }
}
