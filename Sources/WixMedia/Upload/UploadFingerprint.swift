import Foundation

/// What tells the source of a saved resumable upload from another or a changed one: its size, its modification
/// time (files only) and a hash of its first and last 64 KiB.
///
/// Not its path: an app's container, and with it the path of a file, can move between launches. Not a hash of
/// every byte either, which would read a large file whole before resuming; an edit in the middle of a file
/// changes its modification time.
struct UploadFingerprint: Codable, Sendable, Hashable {
    var byteCount: Int64
    /// Seconds since 1970 as a number, whatever date strategy the caller's coder uses.
    var modificationTime: Double?
    /// FNV-1a (64-bit) of the first and the last 64 KiB (the whole of a smaller source), as 16 hex digits.
    var edgeHash: String

    private static let edgeLength: Int64 = 64 * 1_024

    /// The fingerprint of `source` as it is now.
    ///
    /// - Throws: `WixMediaError.invalidRequest` when its bytes cannot be read.
    init(of source: some UploadSource) throws {
        byteCount = source.byteCount
        modificationTime = source.modificationDate?.timeIntervalSince1970
        let head = min(byteCount, Self.edgeLength)
        let tailStart = max(head, byteCount - Self.edgeLength)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (offset, count) in [(0, head), (tailStart, byteCount - tailStart)] where count > 0 {
            for byte in try source.read(from: offset, count: Int(count)) {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        let digits = String(hash, radix: 16)
        edgeHash = String(repeating: "0", count: 16 - digits.count) + digits
    }
}
