/// What is known about the files being waited for: which became ready, which failed, which are still pending.
struct ReadinessTracker {
    /// The files asked for, as asked.
    private let requestedIDs: [String]
    /// The same without repeats, which are asked about once.
    private let fileIDs: [String]
    private var ready: [String: FileDescriptor] = [:]
    private var failed: [String: FileDescriptor] = [:]

    init(fileIDs: [String]) {
        var seen = Set<String>()
        self.requestedIDs = fileIDs
        self.fileIDs = fileIDs.filter { seen.insert($0).inserted }
    }

    /// The files neither ready nor failed, in order: the ones to ask about again.
    var pendingFileIDs: [String] {
        fileIDs.filter { ready[$0] == nil && failed[$0] == nil }
    }

    /// Notes the status of each file in a Get File Descriptors answer. A file the answer leaves out, or whose
    /// status is `PENDING` or unknown, stays pending.
    mutating func record(_ files: [FileDescriptor]) {
        for file in files {
            switch file.operationStatus {
            case .ready?: ready[file.id] = file
            case .failed?: failed[file.id] = file
            default: break
            }
        }
    }

    /// The ready files in the order asked for, repeats included, once nothing is pending.
    ///
    /// - Throws: ``FileReadinessError/failed(failedFiles:readyFiles:)`` when some failed.
    func result() throws -> [FileDescriptor] {
        let failedFiles = fileIDs.compactMap { failed[$0] }
        guard failedFiles.isEmpty else {
            throw FileReadinessError.failed(failedFiles: failedFiles, readyFiles: readyFiles)
        }
        return requestedIDs.compactMap { ready[$0] }
    }

    /// The error for running out of time now.
    var timeoutError: FileReadinessError {
        .timedOut(
            pendingFileIDs: pendingFileIDs, failedFiles: fileIDs.compactMap { failed[$0] }, readyFiles: readyFiles)
    }

    private var readyFiles: [FileDescriptor] {
        fileIDs.compactMap { ready[$0] }
    }
}
