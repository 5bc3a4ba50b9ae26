import OpenAPIClientKit

/// How many requests reached the simulator, in total and per operation, so that tests can prove a request
/// was neither lost nor sent twice.
///
/// Every request that was read counts once, before any fault applies: a request answered with an injected 503
/// or a dropped connection still reached the server, and so did one whose body a fault cut short.
public final class RequestCounter: Sendable {
    /// The key for requests that matched no operation.
    public static let unmatched = "(unmatched)"

    private let counts = Locked<[String: Int]>([:])

    init() {}

    /// Requests of the operation with this `operationId` (or ``unmatched``).
    public func count(for operationID: String) -> Int {
        counts.withLock { $0[operationID] ?? 0 }
    }

    /// Requests of all operations.
    public var total: Int {
        counts.withLock { $0.values.reduce(0, +) }
    }

    /// The count of every operation that received at least one request.
    public var byOperation: [String: Int] {
        counts.withLock { $0 }
    }

    /// Starts counting from zero again.
    public func reset() {
        counts.withLock { $0.removeAll() }
    }

    func record(_ operationID: String?) {
        counts.withLock { $0[operationID ?? Self.unmatched, default: 0] += 1 }
    }
}
