/// How far an upload has got.
///
/// `FilesClient.upload` reports it through its `progress` closure: once with nothing sent, then after each chunk
/// the server confirms (after the single request of a small file). To consume it as an `AsyncStream`:
///
/// ```swift
/// let (updates, continuation) = AsyncStream.makeStream(of: UploadProgress.self)
/// Task { for await update in updates { print(Int(update.fractionCompleted * 100), "%") } }
/// let file = try await client.files.upload(fileURL: movie) { continuation.yield($0) }
/// continuation.finish()
/// ```
public struct UploadProgress: Sendable, Hashable {
    /// The bytes the server has confirmed. After an interrupted resumable upload resumes this can go down, when
    /// the server kept less of the broken chunk than was sent.
    public var bytesSent: Int64
    /// The size of the file.
    public var totalBytes: Int64

    /// Creates a progress value.
    public init(bytesSent: Int64, totalBytes: Int64) {
        self.bytesSent = bytesSent
        self.totalBytes = totalBytes
    }

    /// `bytesSent / totalBytes`, from 0 to 1; 1 for an empty file.
    public var fractionCompleted: Double {
        totalBytes > 0 ? Double(bytesSent) / Double(totalBytes) : 1
    }
}
