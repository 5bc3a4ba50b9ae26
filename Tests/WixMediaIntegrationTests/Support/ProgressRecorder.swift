import Foundation
import WixMedia

/// The progress reports of an upload, in order, from whichever task reports them.
final class ProgressRecorder: Sendable {
    private let reports = LockedValue<[UploadProgress]>([])

    func record(_ progress: UploadProgress) {
        reports.withLock { $0.append(progress) }
    }

    /// The `bytesSent` of every report.
    var bytesSent: [Int64] {
        all.map(\.bytesSent)
    }

    /// Every report.
    var all: [UploadProgress] {
        reports.withLock { $0 }
    }
}
