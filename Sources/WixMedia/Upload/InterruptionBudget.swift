/// How many interruptions in a row a resumable upload survives, and how long it waits after each.
///
/// A resumable upload can go on after any failure that may pass, because a `HEAD` tells it exactly which bytes
/// the server kept. This follows tus-js-client, which Wix's own example uses: every transport failure and
/// timeout, and the statuses that say "later" (409 offset conflict, 423 locked, 429, 5xx), are interruptions;
/// other errors end the upload at once.
struct InterruptionBudget {
    private let delays: [Duration]
    private let sleep: @Sendable (Duration) async throws -> Void
    private var used = 0

    init(options: UploadOptions) {
        self.delays = options.resumeDelays
        self.sleep = options.sleep
    }

    /// Whether resuming can get past `error`.
    static func isInterruption(_ error: any Error) -> Bool {
        if let error = error as? WixAPIError {
            return [409, 423, 429].contains(error.statusCode) || (500..<600).contains(error.statusCode)
        }
        switch error as? WixMediaError {
        case .transport(let underlying)?:
            return !(underlying is UploadError)  // the upload's own limits, not the network's
        case .timedOut?:
            return true
        default:
            return false
        }
    }

    /// Waits before the next attempt after `error`; throws `error` itself when it is no interruption or this
    /// was one interruption too many, and `WixMediaError.cancelled` when the wait ends by cancellation.
    mutating func absorb(_ error: any Error) async throws {
        guard Self.isInterruption(error), used < delays.count else { throw error }
        let delay = delays[used]
        used += 1
        do {
            try await sleep(delay)
        } catch {
            throw Task.isCancelled || error is CancellationError ? WixMediaError.cancelled : error
        }
        // A sleep that returns early when cancelled is caught by the next request, which checks first.
    }

    /// Forgets earlier interruptions, after the upload made progress.
    mutating func reset() {
        used = 0
    }

    /// Runs `operation` again after each interruption the budget allows.
    mutating func retrying<Value>(_ operation: () async throws -> Value) async throws -> Value {
        while true {
            do {
                return try await operation()
            } catch {
                try await absorb(error)
            }
        }
    }
}
