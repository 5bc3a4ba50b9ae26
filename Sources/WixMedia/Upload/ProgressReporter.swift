import Dispatch
import Foundation

/// Turns what an upload sends and what the server confirms into the caller's progress reports: never going
/// down, in-flight counts at most once per interval, and the file's end only once Wix has answered.
///
/// In-flight counts come from the transport through `RequestBodyProgress` (URLSession's `didSendBodyData`, on
/// every platform), on a thread of the transport's — URLSession's delegate queue — which must never run the
/// caller's handler: a handler that cancels the upload there would make URLSession wait for that very queue.
/// So every report runs on one serial queue, in order: in-flight counts are queued from the transport's thread,
/// which never waits for a report; confirmations, from the uploading task, wait until the queue has run them
/// (in practice on the task's own thread, so a handler can still cancel the current task).
final class ProgressReporter: @unchecked Sendable {
    // @unchecked: the state below is reached only on `delivery` or under `countLock`, as marked.
    private let totalBytes: Int64
    private let path: UploadPath
    private let interval: Duration
    private let handler: (@Sendable (UploadProgress) -> Void)?
    private let clock = ContinuousClock()
    private let delivery = DispatchQueue(label: "WixMedia.UploadProgress")

    // On `delivery`: what has been reported.
    /// The highest `bytesSent` reported; -1 before the first report.
    private var reported: Int64 = -1
    private var complete = false
    /// After the upload returned or threw: in-flight counts still queued are dropped.
    private var closed = false

    // Under `countLock`: the body being counted, and the throttle.
    private let countLock = NSLock()
    private var lastReportTime: ContinuousClock.Instant?
    /// The request whose body is being counted: older streams a transport still reads count for nothing.
    private var request = 0
    /// The most bytes of the current request's body the transport has reported sent.
    private var handed: Int64 = 0

    init(totalBytes: Int64, path: UploadPath, options: UploadOptions, handler: (@Sendable (UploadProgress) -> Void)?) {
        self.totalBytes = totalBytes
        self.path = path
        self.interval = options.progressInterval
        self.handler = handler
    }

    /// Reports that the server holds the first `offset` bytes, unless more has been reported already. The end of
    /// the file waits for ``finished()``.
    func confirmed(_ offset: Int64) {
        guard handler != nil else { return }
        delivery.sync {
            // The first report is made even of nothing sent, but never of a complete file before Wix answers.
            guard offset > reported, offset < totalBytes || (totalBytes == 0 && reported < 0) else { return }
            emit(offset)
        }
    }

    /// Reports the whole file, sent and answered: the last report.
    func finished() {
        guard handler != nil else { return }
        delivery.sync {
            guard !complete else { return }
            complete = true
            emit(totalBytes)
            closed = true
        }
    }

    /// Ends the reports, whether the upload succeeded or not.
    func close() {
        guard handler != nil else { return }
        delivery.sync { closed = true }
    }

    /// Runs `send` — one request whose body is the `count` bytes from `offset` on — with a counter of its body
    /// bound as the transport's `RequestBodyProgress.observer`.
    func observingBody<Value>(
        from offset: Int64, count: Int, _ send: () async throws -> Value
    ) async throws -> Value {
        try await RequestBodyProgress.$observer.withValue(counter(forBytesFrom: offset, count: count)) {
            try await send()
        }
    }

    /// A counter for the body of a request that sends `count` bytes from `offset` on, to be called with the bytes
    /// of it sent so far (a running total; a replay after a redirect starts again at zero and counts only once
    /// it passes the furthest); nil when nobody listens. Counting stops one byte short of the request's end,
    /// which only the server's confirmation reports.
    func counter(forBytesFrom offset: Int64, count: Int) -> (@Sendable (Int64) -> Void)? {
        guard handler != nil else { return nil }
        let current = counting {
            request += 1
            handed = 0
            return request
        }
        let last = offset + Int64(count) - 1
        return { [self] bytesSent in
            let sent: Int64? = counting {
                guard current == request, bytesSent > handed else { return nil }
                handed = min(bytesSent, Int64(count))
                let now = clock.now
                if let lastReportTime, now < lastReportTime.advanced(by: interval) { return nil }
                lastReportTime = now
                return min(offset + handed, last)
            }
            guard let sent else { return }
            delivery.async { [self] in
                if sent > reported { emit(sent) }
            }
        }
    }

    /// Runs `body` holding `countLock` (`NSLocking.withLock` needs macOS 14).
    private func counting<Value>(_ body: () -> Value) -> Value {
        countLock.lock()
        defer { countLock.unlock() }
        return body()
    }

    /// Calls the handler; runs on `delivery`.
    private func emit(_ bytesSent: Int64) {
        guard !closed, let handler else { return }
        reported = bytesSent
        counting { lastReportTime = clock.now }
        handler(UploadProgress(bytesSent: bytesSent, totalBytes: totalBytes, path: path, isComplete: complete))
    }
}
