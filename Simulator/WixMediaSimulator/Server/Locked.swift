import Foundation

/// A value shared between threads, reachable only while holding its lock.
final class Locked<Value>: @unchecked Sendable {
    // @unchecked: every access to `value` goes through `withLock`, which holds `lock`.
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
