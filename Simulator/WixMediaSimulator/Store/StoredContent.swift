import Foundation

/// The bytes the simulator received for an uploaded file — their count and hash always, the bytes themselves
/// while they are few — and what the upload said about them.
public struct StoredContent: Sendable, Hashable {
    /// Up to this many bytes are kept as they are; a larger file keeps only its count and hash, so that a
    /// gigabyte upload does not need a gigabyte of memory.
    public static let keptBytesLimit = 1_024 * 1_024

    /// How many bytes arrived.
    public private(set) var byteCount: Int64 = 0
    /// The hash of all of them, in order.
    public private(set) var hash = ContentHash()
    /// The bytes, or nil once there are more than ``keptBytesLimit``.
    public private(set) var bytes: Data? = Data()
    /// The MIME type the bytes were sent as: the `Content-Type` of a simple upload, the `contentType` metadata of
    /// a resumable one.
    public internal(set) var sentContentType: String?
    /// The `filename` query item of the upload's `PUT` (the finalising one of a resumable upload).
    public internal(set) var sentFileName: String?

    /// No bytes yet.
    public init() {}

    /// Appends the next bytes.
    mutating func append(_ more: Data) {
        byteCount += Int64(more.count)
        hash.update(with: more)
        if let kept = bytes?.count, kept <= Self.keptBytesLimit - more.count {
            bytes?.append(more)
        } else {
            bytes = nil
        }
    }
}
