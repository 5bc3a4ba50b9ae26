/// Why files that `FilesClient.waitUntilReady` waited for did not all become ready.
public enum FileReadinessError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Wix failed to process some files (`operationStatus` `FAILED`); every other file became `READY`.
    ///
    /// Imports fail this way when the source blocks hotlinking, needs authentication, is gone, or holds a type
    /// Wix does not accept; Wix gives no reason in the file itself.
    case failed(failedFiles: [FileDescriptor], readyFiles: [FileDescriptor])
    /// Time ran out while some files were still `PENDING` (or in a status this library does not know).
    case timedOut(pendingFileIDs: [String], failedFiles: [FileDescriptor], readyFiles: [FileDescriptor])

    /// The IDs of the files that failed, in the order they were asked for.
    public var failedFileIDs: [String] {
        switch self {
        case .failed(let failed, _), .timedOut(_, let failed, _): failed.map(\.id)
        }
    }

    /// The IDs of the files still pending when time ran out; empty for `.failed`.
    public var pendingFileIDs: [String] {
        switch self {
        case .failed: []
        case .timedOut(let pending, _, _): pending
        }
    }

    public var description: String {
        switch self {
        case .failed(let failed, _):
            "FileReadinessError.failed(\(failed.map(\.id).joined(separator: ", ")))"
        case .timedOut(let pending, let failed, _):
            "FileReadinessError.timedOut(pending: \(pending.joined(separator: ", "))"
                + (failed.isEmpty ? "" : "; failed: \(failed.map(\.id).joined(separator: ", "))") + ")"
        }
    }
}
