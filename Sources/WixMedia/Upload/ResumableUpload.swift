import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The resumable upload: Generate File Resumable Upload URL, create a tus upload, `PATCH` it chunk by chunk
/// (after an interruption, `HEAD` for the offset the server kept and go on from there), then finalise with
/// `PUT {uploadUrl}/{uploadToken}?filename=…`, which answers with the new file.
struct ResumableUpload {
    let files: FilesClient
    let connection: UploadConnection
    let options: UploadOptions

    func run(
        _ source: some UploadSource, to target: UploadTarget, progress: inout ProgressReporter
    ) async throws -> FileDescriptor {
        let grant = try await files.generateFileResumableUploadURL(
            body: GenerateFileResumableUploadURLRequest(
                mimeType: target.mimeType, fileName: target.fileName, parentFolderID: target.parentFolderID,
                private: target.isPrivate, labels: target.labels, uploadProtocol: .tus, filePath: target.filePath,
                externalInfo: target.externalInfo))
        let endpoint = try UploadURL.parse(grant.uploadURL, of: grant)
        guard let token = grant.uploadToken, !token.isEmpty else {
            throw WixMediaError.unusableAnswer(grant, UploadError.missingUploadToken)
        }

        let tus = TusClient(connection: connection)
        // Sent once: repeating it would start a second upload under the same single-use token.
        let upload = try await tus.create(
            at: endpoint, length: source.byteCount,
            metadata: ["filename": target.fileName, "contentType": target.mimeType, "token": token])
        var interruptions = InterruptionBudget(options: options)
        try await sendChunks(of: source, to: upload, with: tus, interruptions: &interruptions, progress: &progress)

        var finalise = URLRequest(
            url: UploadURL.adding(fileName: target.fileName, to: UploadURL.appending(segment: token, to: endpoint)))
        finalise.httpMethod = HTTPMethod.put.rawValue
        finalise.setValue("application/json", forHTTPHeaderField: "Content-Type")
        finalise.httpBody = Data("{}".utf8)
        // PUT is idempotent, so a finalise whose answer was lost can be sent again.
        return try await interruptions.retrying { try await connection.sendForFile(finalise) }
    }

    /// Sends the bytes the server does not hold yet, one chunk per request, reading each from `source` only
    /// when it is sent.
    ///
    /// A server that confirms bytes and then reports fewer ends the upload (`TusClient.offset`); only a chunk
    /// the server took whole counts as the progress that forgives earlier interruptions; and `ResumeLimits`
    /// bounds the requests and bytes of everything else a host may do.
    private func sendChunks(
        of source: some UploadSource, to upload: URL, with tus: TusClient, interruptions: inout InterruptionBudget,
        progress: inout ProgressReporter
    ) async throws {
        let total = source.byteCount
        let chunkSize = Int64(max(1, options.chunkSize))
        var limits = ResumeLimits(options: options, byteCount: total)
        var highest: Int64 = 0  // the most bytes the server has confirmed
        var confirmed: Int64? = 0  // nil after an interruption: only the server knows what it kept
        while true {
            do {
                let offset: Int64
                if let confirmed {
                    offset = confirmed
                } else {
                    try limits.spend()
                    offset = try await tus.offset(of: upload, length: total, confirmed: highest)
                }
                progress.report(offset)
                if offset == total { return }
                let chunk = try source.chunk(from: offset, count: Int(min(chunkSize, total - offset)))
                try limits.spend(byteCount: Int64(chunk.count))
                let kept = try await tus.patch(chunk, at: offset, to: upload)
                confirmed = kept
                highest = max(highest, kept)
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
