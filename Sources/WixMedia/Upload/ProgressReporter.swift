import Foundation

/// Turns what an upload sends and what the server confirms into the caller's progress reports: never going
/// down, in-flight counts at most once per interval, and the file's end only once Wix has answered.
///
/// In-flight counts arrive on whatever thread reads a request's body (URLSession's, on Linux); confirmations on
/// the uploading task. The handler is called under the lock, so reports never overlap and arrive in order.
final class ProgressReporter: @unchecked Sendable {
    private let totalBytes: Int64
    private let path: UploadPath
    private let interval: Duration
    private let handler: (@Sendable (UploadProgress) -> Void)?
    private let clock = ContinuousClock()
    private let lock = NSLock()
    /// The highest `bytesSent` reported; -1 before the first report.
    private var reported: Int64 = -1
    private var complete = false
    private var lastReportTime: ContinuousClock.Instant?
    /// The request whose body is being counted: older streams a transport still reads count for nothing.
    private var request = 0
    private var handed: Int64 = 0

    init(totalBytes: Int64, path: UploadPath, options: UploadOptions, handler: (@Sendable (UploadProgress) -> Void)?) {
        self.totalBytes = totalBytes
        self.path = path
        self.interval = options.progressInterval
        self.handler = handler
    }

    /// Reports that the server holds the first `offset` bytes, unless more has been reported already. The end of
    /// the file waits for ``complete()``.
    func confirmed(_ offset: Int64) {
        synchronized {
            // The first report is made even of nothing sent, but never of a complete file before Wix answers.
            guard offset > reported, offset < totalBytes || (totalBytes == 0 && reported < 0) else { return }
            emit(offset)
        }
    }

    /// Reports the whole file, sent and answered.
    func finished() {
        synchronized {
            guard !complete else { return }
            complete = true
            emit(totalBytes)
        }
    }

    /// A counter for the body of a request that sends `count` bytes from `offset` on, to be called with the bytes
    /// of each piece the transport reads; nil when nobody listens. Counting stops one byte short of the request's
    /// end, which only the server's confirmation reports.
    func counter(forBytesFrom offset: Int64, count: Int) -> (@Sendable (Int) -> Void)? {
        guard handler != nil else { return nil }
        let current: Int = synchronized {
            request += 1
            handed = 0
            return request
        }
        let last = offset + Int64(count) - 1
        return { [self] bytes in
            synchronized {
                guard current == request else { return }
                handed += Int64(bytes)
                let sent = min(offset + handed, last)
                guard sent > reported else { return }
                if let lastReportTime, clock.now < lastReportTime.advanced(by: interval) { return }
                emit(sent)
            }
        }
    }

    /// Runs `body` holding the lock (`NSLocking.withLock` needs macOS 14).
    private func synchronized<Value>(_ body: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// Calls the handler; the lock is held.
    private func emit(_ bytesSent: Int64) {
        reported = bytesSent
        lastReportTime = clock.now
        handler?(UploadProgress(bytesSent: bytesSent, totalBytes: totalBytes, path: path, isComplete: complete))
    }
}
