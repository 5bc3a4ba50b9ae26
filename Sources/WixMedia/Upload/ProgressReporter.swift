/// Passes an upload's progress to the caller's closure, once per change.
struct ProgressReporter {
    let totalBytes: Int64
    let handler: (@Sendable (UploadProgress) -> Void)?
    private var lastReported: Int64?

    init(totalBytes: Int64, handler: (@Sendable (UploadProgress) -> Void)?) {
        self.totalBytes = totalBytes
        self.handler = handler
    }

    /// Reports that the server holds `bytesSent` bytes, unless that was the last report.
    mutating func report(_ bytesSent: Int64) {
        guard bytesSent != lastReported else { return }
        lastReported = bytesSent
        handler?(UploadProgress(bytesSent: bytesSent, totalBytes: totalBytes))
    }
}
