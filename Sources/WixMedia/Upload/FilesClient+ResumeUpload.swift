import Foundation

extension FilesClient {
    /// Finishes the resumable upload of the file at `fileURL` that `state` describes, saved by an earlier
    /// `upload(fileURL:…, saveState:)` — in this process or in one that has since ended — and returns the new file.
    ///
    /// It asks the upload host how many bytes it holds (`HEAD`), sends the rest in chunks of `state.chunkSize`
    /// and finalises the upload; when the host already holds them all, it only finalises. The file may have moved,
    /// but it must be the same: its size, modification time and first and last 64 KiB are checked first.
    ///
    /// ```swift
    /// let state = try JSONDecoder().decode(ResumableUploadState.self, from: savedState)
    /// let file = try await client.files.resumeUpload(fileURL: movie, from: state) { progress in
    ///     print(progress.bytesSent, "of", progress.totalBytes)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - fileURL: A `file:` URL of the file the upload began with.
    ///   - state: The latest state the upload's `saveState` closure received.
    ///   - options: How often the upload resumes after interruptions and reports progress; its threshold and
    ///     chunk size are not used (the state's chunk size is).
    ///   - progress: Called with the bytes the server holds, then as in `upload`.
    ///   - saveState: Called with the new state after each chunk the server confirms, to save over the old one.
    /// - Returns: The new file.
    /// - Throws: `WixMediaError.invalidRequest` with an `UploadError`: `.savedUploadSourceChanged` when the file
    ///   is not the one the upload began with (nothing is sent), `.savedUploadExpired` when the upload host no
    ///   longer knows the upload, `.savedUploadInvalid` for a state this library did not write. A host that reports
    ///   fewer bytes than the state confirmed is `.undecodableResponse(…, UploadError.uploadOffsetMovedBack)`;
    ///   otherwise as `upload`.
    public func resumeUpload(
        fileURL: URL,
        from state: ResumableUploadState,
        options: UploadOptions = UploadOptions(),
        progress: (@Sendable (UploadProgress) -> Void)? = nil,
        saveState: (@Sendable (ResumableUploadState) -> Void)? = nil
    ) async throws -> FileDescriptor {
        try await resumeUpload(
            FileUploadSource(fileURL: fileURL), from: state, options: options, saveState: saveState, progress: progress)
    }

    /// Finishes the resumable upload of `data` that `state` describes, as
    /// ``resumeUpload(fileURL:from:options:progress:saveState:)`` does for a file.
    ///
    /// - Parameters:
    ///   - data: The bytes the upload began with; their size and first and last 64 KiB are checked first.
    ///   - state: The latest state the upload's `saveState` closure received.
    ///   - options: How often the upload resumes after interruptions and reports progress.
    ///   - progress: Called with the bytes the server holds, then as in `upload`.
    ///   - saveState: Called with the new state after each chunk the server confirms.
    /// - Returns: The new file.
    /// - Throws: As the file variant.
    public func resumeUpload(
        _ data: Data,
        from state: ResumableUploadState,
        options: UploadOptions = UploadOptions(),
        progress: (@Sendable (UploadProgress) -> Void)? = nil,
        saveState: (@Sendable (ResumableUploadState) -> Void)? = nil
    ) async throws -> FileDescriptor {
        try await resumeUpload(
            DataUploadSource(data: data), from: state, options: options, saveState: saveState, progress: progress)
    }

    private func resumeUpload(
        _ source: some UploadSource, from state: ResumableUploadState, options: UploadOptions,
        saveState: (@Sendable (ResumableUploadState) -> Void)?, progress handler: (@Sendable (UploadProgress) -> Void)?
    ) async throws -> FileDescriptor {
        let connection = UploadConnection(sender: try uploadRequestSender())
        let progress = ProgressReporter(
            totalBytes: source.byteCount, path: .resumable, options: options, handler: handler)
        defer { progress.close() }
        return try await ResumableUpload(files: self, connection: connection, options: options, saveState: saveState)
            .resume(state, from: source, progress: progress)
    }
}
