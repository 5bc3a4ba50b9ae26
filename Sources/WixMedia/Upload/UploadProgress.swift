/// How far an upload has got.
///
/// `FilesClient.upload` reports it through its `progress` closure: once with nothing sent, then as the bytes go
/// out (at most once per ``UploadOptions/progressInterval``) and as the server confirms them, and once more when
/// Wix answers with the new file. "As the bytes go out" means as URLSession reports them sent
/// (`didSendBodyData`), on Apple platforms and Linux alike — there a piece of up to 64 KiB at a time — with the
/// default ``URLSessionTransport``; a custom ``HTTPTransport`` reports them through ``RequestBodyProgress``, or
/// progress moves per request.
/// To consume it as an `AsyncStream`:
///
/// ```swift
/// let (updates, continuation) = AsyncStream.makeStream(of: UploadProgress.self)
/// Task { for await update in updates { print(Int(update.fractionCompleted * 100), "%", update.path) } }
/// let file = try await client.files.upload(fileURL: movie) { continuation.yield($0) }
/// continuation.finish()
/// ```
public struct UploadProgress: Sendable, Hashable {
    /// The bytes of the file sent so far. It never goes down, not even when an interrupted resumable upload sends
    /// again bytes the server lost: it then stays put until the count passes it again. A request's last byte
    /// counts only once the server has confirmed the request, and the file's last byte only once Wix has
    /// answered with the file, so `bytesSent == totalBytes` means the upload is complete.
    public var bytesSent: Int64
    /// The size of the file.
    public var totalBytes: Int64
    /// How the bytes travel: in one request or in the chunks of a resumable upload.
    public var path: UploadPath
    /// Whether Wix has answered with the new file: true only in the last report of an upload that succeeded.
    public var isComplete: Bool

    /// Creates a progress value.
    public init(bytesSent: Int64, totalBytes: Int64, path: UploadPath, isComplete: Bool = false) {
        self.bytesSent = bytesSent
        self.totalBytes = totalBytes
        self.path = path
        self.isComplete = isComplete
    }

    /// `bytesSent / totalBytes`, from 0 to 1; 1 only once the upload ``isComplete`` (an empty file included).
    public var fractionCompleted: Double {
        totalBytes > 0 ? Double(bytesSent) / Double(totalBytes) : (isComplete ? 1 : 0)
    }
}

/// How an upload sends a file's bytes to Wix.
public enum UploadPath: String, Sendable, Hashable, Codable, CaseIterable {
    /// One `PUT` to a URL from Generate File Upload URL: files up to ``UploadOptions/resumableThreshold``.
    case simple
    /// The chunks of a resumable (tus) upload, which survives a broken connection and can be saved and resumed
    /// (``ResumableUploadState``): larger files.
    case resumable
}
