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
    /// row the upload survives; a chunk the server confirms whole starts the count again, while a server that
    /// keeps only part of a chunk does not. Empty: the first interruption ends the upload.
    public var resumeDelays: [Duration]
    /// The most `PATCH` and `HEAD` requests a resumable upload sends, per chunk of the file, on top of two for
    /// each of ``resumeDelays``. An upload without trouble sends one per chunk; each interruption adds a `HEAD`
    /// and a repeated `PATCH`, and a server that keeps only part of a chunk adds a `PATCH`. Reaching the limit
    /// ends the upload with `WixMediaError.transport(underlying: UploadError.resumeLimitReached(…))`, so a host
    /// that keeps failing after small steps of progress cannot keep it going for ever. Values below 1 are
    /// treated as 1.
    public var maxRequestsPerChunk: Int
    /// The most bytes a resumable upload sends again — bytes the server did not keep, lost to an interruption
    /// or left out of a partial confirmation — as a multiple of the file's size, on top of one chunk for each
    /// of ``resumeDelays``. With 1, at most twice the file's size, plus that budget, ever goes out. Reaching
    /// the limit ends the upload like ``maxRequestsPerChunk``. Negative values are treated as 0.
    public var maxResendRatio: Double
    /// Waits before a resume. The default is `Task.sleep`, which throws `CancellationError` when the task is
    /// cancelled; a replacement should do the same. Tests pass a closure that returns at once.
    public var sleep: @Sendable (_ duration: Duration) async throws -> Void
    /// The least time between two reports of bytes on their way: a fast link reads tens of thousands of pieces a
    /// second, which a progress bar cannot use. Reports that the server confirmed bytes, and the last one, come
    /// whenever they happen.
    public var progressInterval: Duration

    /// Creates options; the defaults switch to resumable uploads above 10 MB (10,000,000 bytes), send 8 MiB
    /// chunks, resume up to five times in a row after 0, 3, 5, 10 and 20 seconds — the delays of Wix's own
    /// resumable-upload example — and give up after three requests per chunk or after sending the file's size
    /// again (each plus the budget of ``resumeDelays``), and report progress at most every 50 ms.
    public init(
        resumableThreshold: Int64 = 10_000_000,
        chunkSize: Int = 8 * 1024 * 1024,
        resumeDelays: [Duration] = [.zero, .seconds(3), .seconds(5), .seconds(10), .seconds(20)],
        maxRequestsPerChunk: Int = 3,
        maxResendRatio: Double = 1,
        sleep: @escaping @Sendable (_ duration: Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        progressInterval: Duration = .milliseconds(50)
    ) {
        self.resumableThreshold = resumableThreshold
        self.chunkSize = chunkSize
        self.resumeDelays = resumeDelays
        self.maxRequestsPerChunk = maxRequestsPerChunk
        self.maxResendRatio = maxResendRatio
        self.sleep = sleep
        self.progressInterval = progressInterval
    }
}
