import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The resumable upload: Generate File Resumable Upload URL, create a tus upload, `PATCH` it chunk by chunk
/// (after an interruption, `HEAD` for the offset the server kept and go on from there), then finalise with
/// `PUT {uploadUrl}/{uploadToken}?filename=…`, which answers with the new file.
///
/// Everything after the creation can also start from a ``ResumableUploadState`` saved by another process.
struct ResumableUpload {
    let files: FilesClient
    let connection: UploadConnection
    let options: UploadOptions
    /// Hears of the state to save: once the tus upload exists, then after each chunk the server confirms.
    let saveState: (@Sendable (ResumableUploadState) -> Void)?

    private var tus: TusClient { TusClient(connection: connection) }

    /// Uploads `source` from its first byte.
    func run(_ source: some UploadSource, to target: UploadTarget, progress: ProgressReporter) async throws
        -> FileDescriptor
    {
        // Read first: a file that cannot be read should fail before anything is asked of Wix.
        let fingerprint = try UploadFingerprint(of: source)
        let grant = try await files.generateFileResumableUploadURL(
            mimeType: target.mimeType, fileName: target.fileName, parentFolderID: target.parentFolderID,
            private: target.isPrivate, labels: target.labels, uploadProtocol: .tus, filePath: target.filePath,
            externalInfo: target.externalInfo)
        let endpoint = try UploadURL.parse(grant.uploadURL, of: grant)
        guard let token = grant.uploadToken, !token.isEmpty else {
            throw WixMediaError.unusableAnswer(grant, UploadError.missingUploadToken)
        }

        // Sent once: repeating it would start a second upload under the same single-use token.
        let upload = try await tus.create(
            at: endpoint, length: source.byteCount,
            metadata: ["filename": target.fileName, "contentType": target.mimeType, "token": token])
        var state = ResumableUploadState(
            uploadURL: upload, endpoint: endpoint, uploadToken: token, fingerprint: fingerprint, target: target,
            chunkSize: max(1, options.chunkSize))
        saveState?(state)
        var interruptions = InterruptionBudget(options: options)
        return try await finish(&state, from: source, offset: 0, interruptions: &interruptions, progress: progress)
    }

    /// Goes on with the upload `state` describes, from the offset its server holds.
    ///
    /// - Throws: `WixMediaError.invalidRequest` with `UploadError.savedUploadInvalid` for a state this library
    ///   did not write, `.savedUploadSourceChanged` when `source` is not the one the upload began with, and
    ///   `.savedUploadExpired` when the server no longer knows the upload; otherwise as a new upload.
    func resume(_ state: ResumableUploadState, from source: some UploadSource, progress: ProgressReporter)
        async throws -> FileDescriptor
    {
        try state.validate()
        guard try UploadFingerprint(of: source) == state.fingerprint else {
            throw WixMediaError.invalidRequest(underlying: UploadError.savedUploadSourceChanged)
        }
        var state = state
        var interruptions = InterruptionBudget(options: options)
        let offset: Int64
        do {
            offset = try await interruptions.retrying {
                try await tus.offset(of: state.uploadURL, length: state.totalBytes, confirmed: state.bytesConfirmed)
            }
        } catch let error as WixAPIError where [403, 404, 410].contains(error.statusCode) {
            // tus servers answer 404 or 410 for an upload they no longer keep (tus-js-client then starts anew).
            throw WixMediaError.invalidRequest(underlying: UploadError.savedUploadExpired(statusCode: error.statusCode))
        }
        return try await finish(&state, from: source, offset: offset, interruptions: &interruptions, progress: progress)
    }

    /// Sends the bytes from `offset` on, then finalises the upload.
    private func finish(
        _ state: inout ResumableUploadState, from source: some UploadSource, offset: Int64,
        interruptions: inout InterruptionBudget, progress: ProgressReporter
    ) async throws -> FileDescriptor {
        try await sendChunks(
            of: source, from: offset, state: &state, interruptions: &interruptions, progress: progress)
        let endpoint = state.endpoint
        var finalise = URLRequest(
            url: UploadURL.adding(
                fileName: state.fileName, to: UploadURL.appending(segment: state.uploadToken, to: endpoint)))
        finalise.httpMethod = HTTPMethod.put.rawValue
        finalise.setValue("application/json", forHTTPHeaderField: "Content-Type")
        finalise.httpBody = Data("{}".utf8)
        // PUT is idempotent, so a finalise whose answer was lost can be sent again.
        let file = try await interruptions.retrying { [connection, finalise] in
            try await connection.sendForFile(finalise)
        }
        progress.finished()
        return file
    }

    /// Sends the bytes the server does not hold yet, from `start` on, one chunk per request, reading each from
    /// `source` only when it is sent.
    ///
    /// A server that confirms bytes and then reports fewer ends the upload (`TusClient.offset`); only a chunk
    /// the server took whole counts as the progress that forgives earlier interruptions; and `ResumeLimits`
    /// bounds the requests and bytes of everything else a host may do.
    private func sendChunks(
        of source: some UploadSource, from start: Int64, state: inout ResumableUploadState,
        interruptions: inout InterruptionBudget, progress: ProgressReporter
    ) async throws {
        let total = source.byteCount
        let chunkSize = Int64(state.chunkSize)
        var limitOptions = options
        limitOptions.chunkSize = state.chunkSize
        var limits = ResumeLimits(options: limitOptions, byteCount: total)
        var highest = start  // the most bytes the server has confirmed
        var confirmed: Int64? = start  // nil after an interruption: only the server knows what it kept
        while true {
            do {
                let offset: Int64
                if let confirmed {
                    offset = confirmed
                } else {
                    try limits.spend()
                    offset = try await tus.offset(of: state.uploadURL, length: total, confirmed: highest)
                }
                progress.confirmed(offset)
                if offset == total { return }
                let count = Int(min(chunkSize, total - offset))
                let chunk = try source.chunk(from: offset, count: count)
                try limits.spend(byteCount: Int64(chunk.count))
                let kept = try await progress.observingBody(from: offset, count: count) {
                    try await tus.patch(chunk, at: offset, to: state.uploadURL)
                }
                confirmed = kept
                highest = max(highest, kept)
                state.bytesConfirmed = highest
                saveState?(state)
                // A whole chunk more on the server restarts the count of failures in a row. A byte or two would
                // let a host that fails after every sliver of progress have the upload resume without waiting.
                if kept == offset + Int64(chunk.count) { interruptions.reset() }
            } catch {
                try await interruptions.absorb(error)
                confirmed = nil
            }
        }
    }
}
