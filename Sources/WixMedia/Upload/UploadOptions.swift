/// How `FilesClient.upload` sends a file: when it switches to a resumable upload, how large its pieces are, and
/// how long it keeps trying after the connection breaks.
///
/// ```swift
/// var options = UploadOptions()
/// options.chunkSize = 16 * 1024 * 1024  // fewer, larger requests on a fast, stable link
/// let file = try await client.files.upload(fileURL: movie, options: options)
/// ```
public struct UploadOptions: Sendable {
    /// Files larger than this many bytes go through a resumable (tus) upload, which survives a broken
    /// connection; smaller ones are sent in one request. Wix recommends resumable uploads above 10 MB.
    public var resumableThreshold: Int64
    /// The bytes sent per request of a resumable upload. Only one chunk is held in memory at a time, so this
    /// also bounds the memory an upload from disk needs. Values below 1 are treated as 1.
    public var chunkSize: Int
    /// The waits before each successive attempt to resume a resumable upload after an interruption: a lost
    /// connection, a timeout, or a 409, 423, 429 or 5xx answer. Their number is how many interruptions in a
    /// row, without a byte of progress between them, the upload survives; progress starts the count again.
    /// Empty: the first interruption ends the upload.
    public var resumeDelays: [Duration]
    /// Waits before a resume. The default is `Task.sleep`, which throws `CancellationError` when the task is
    /// cancelled; a replacement should do the same. Tests pass a closure that returns at once.
    public var sleep: @Sendable (_ duration: Duration) async throws -> Void

    /// Creates options; the defaults switch to resumable uploads above 10 MB (10,000,000 bytes), send 8 MiB
    /// chunks, and resume up to five times in a row after 0, 3, 5, 10 and 20 seconds — the delays of Wix's own
    /// resumable-upload example.
    public init(
        resumableThreshold: Int64 = 10_000_000,
        chunkSize: Int = 8 * 1024 * 1024,
        resumeDelays: [Duration] = [.zero, .seconds(3), .seconds(5), .seconds(10), .seconds(20)],
        sleep: @escaping @Sendable (_ duration: Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.resumableThreshold = resumableThreshold
        self.chunkSize = chunkSize
        self.resumeDelays = resumeDelays
        self.sleep = sleep
    }
}
