import Foundation
import WixMediaSimulator

/// A temporary file of zeros that takes no disk space (its size set with `ftruncate`), and the hash the
/// simulator should report for it.
struct SparseFile {
    let url: URL
    let byteCount: Int64

    init(byteCount: Int64) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("upload-bench-\(UUID().uuidString).mp4")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw BenchError("cannot create \(url.path)")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.truncate(atOffset: UInt64(byteCount))
        self.byteCount = byteCount
    }

    /// The simulator's hash (`FileDescriptor.hash`) of `byteCount` zero bytes, computed a mebibyte at a time.
    var expectedHash: String {
        var hash = ContentHash()
        let zeros = Data(count: 1_048_576)
        var remaining = byteCount
        while remaining > 0 {
            let count = Int(min(remaining, Int64(zeros.count)))
            hash.update(with: count == zeros.count ? zeros : zeros.prefix(count))
            remaining -= Int64(count)
        }
        return hash.description
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
