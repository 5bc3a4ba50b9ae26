import Foundation

extension FilesClient {
    /// Uploads `data` as a new file and returns it.
    ///
    /// Up to `options.resumableThreshold` bytes (10 MB by default) the bytes go in one `PUT` to a URL from
    /// Generate File Upload URL; above it, in chunks of a resumable (tus) upload that survives a broken
    /// connection. Either way the answer is the new file, usually `READY` for images and still `PENDING` for
    /// media Wix processes further (video, audio): see ``waitUntilReady(fileIDs:timeout:pollInterval:maxPollInterval:clock:)``.
    ///
    /// ```swift
    /// let file = try await client.files.upload(jpegData, fileName: "T-shirt.jpg", parentFolderID: folderID)
    /// ```
    ///
    /// The upload requests go to Wix's upload host without credentials — the URL Wix hands out authorises them —
    /// through the client's transport, so this needs the files namespace of a `WixMediaClient` (or of another
    /// ``UploadRequestSender``).
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - fileName: The name with its extension, shown in the Media Manager and sent as the `filename` of the
    ///     upload, from which Wix can tell the type.
    ///   - mimeType: The MIME type; by default the one ``MIMEType/forFileName(_:)`` gives, or
    ///     `application/octet-stream` for an extension it does not know, which lets Wix detect the type.
    ///   - parentFolderID: The folder for the file and root of `filePath`; `media-root` by default.
    ///   - private: Whether the file is private; it cannot be changed later.
    ///   - labels: Labels for the file.
    ///   - filePath: A folder path such as `/videos/2024/december` under `parentFolderID`; missing folders are
    ///     created.
    ///   - externalInfo: Your own origin and IDs for the file. Wix sends them back only in the File Ready and File
    ///     Failed events of this file, so that an event can be matched to your record; they are not stored on the
    ///     file.
    ///   - options: When to switch to a resumable upload, its chunk size, how often it resumes and how often it
    ///     reports progress.
    ///   - progress: Called with the bytes sent so far and the ``UploadPath``: once with none, then as the bytes go
    ///     out, as URLSession reports them sent (at most once per `options.progressInterval`), and last with ``UploadProgress/isComplete`` once Wix has answered with the file. The reports never
    ///     overlap, arrive in order and never go down, and none comes after the upload returns or throws. They run
    ///     on a serial queue of the upload's (confirmations while the uploading task waits, so cancelling the
    ///     current task from one works), so the closure should return quickly.
    ///   - saveState: For a resumable upload only (larger than `options.resumableThreshold`): called with what
    ///     ``resumeUpload(_:from:options:progress:saveState:)`` needs to finish the upload in another process,
    ///     once the upload exists and again after each chunk the server confirms. Save the latest — like a
    ///     credential: it holds the upload's URL and token — and delete it when the upload returns.
    /// - Returns: The new file.
    /// - Throws: `WixAPIError` for an error answer from Wix or its upload server; `WixMediaError`
    ///   for the rest — `.cancelled` when the task is cancelled, after which no further request is sent,
    ///   `.invalidRequest(RequestValidationError.invalidHeaderValue)` for a `mimeType` with a line break, and
    ///   `.undecodableResponse` with ``UploadError/acceptedButUndecodable(fileID:reason:)`` when Wix stored the
    ///   file but its answer could not be read: do not upload again, get the file by the ID it carries.
    public func upload(
        _ data: Data,
        fileName: String,
        mimeType: String? = nil,
        parentFolderID: String? = nil,
        `private`: Bool? = nil,
        labels: [String]? = nil,
        filePath: String? = nil,
        externalInfo: ExternalInfo? = nil,
        options: UploadOptions = UploadOptions(),
        progress: (@Sendable (UploadProgress) -> Void)? = nil,
        saveState: (@Sendable (ResumableUploadState) -> Void)? = nil
    ) async throws -> FileDescriptor {
        let target = UploadTarget(
            fileName: fileName, mimeType: mimeType, parentFolderID: parentFolderID, isPrivate: `private`,
            labels: labels, filePath: filePath, externalInfo: externalInfo)
        return try await upload(
            DataUploadSource(data: data), to: target, options: options, saveState: saveState, progress: progress)
    }

    /// Uploads the file at `fileURL` as a new file and returns it.
    ///
    /// Works as
    /// ``upload(_:fileName:mimeType:parentFolderID:private:labels:filePath:externalInfo:options:progress:saveState:)``,
    /// reading the file as it goes: a resumable upload holds one chunk in memory at a time, whatever the size of
    /// the file. A file at or under the resumable threshold is sent in one request (streamed from the file on
    /// Linux, read whole first on Apple platforms).
    ///
    /// ```swift
    /// let movie = try await client.files.upload(fileURL: URL(fileURLWithPath: "/tmp/launch.mp4")) { progress in
    ///     print(progress.bytesSent, "of", progress.totalBytes)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - fileURL: A `file:` URL of the file to upload.
    ///   - fileName: The name with its extension in the Media Manager; the file's own name by default.
    ///   - mimeType: The MIME type; by default the one its extension implies, or `application/octet-stream`.
    ///   - parentFolderID: The folder for the file and root of `filePath`; `media-root` by default.
    ///   - private: Whether the file is private; it cannot be changed later.
    ///   - labels: Labels for the file.
    ///   - filePath: A folder path such as `/videos/2024/december` under `parentFolderID`.
    ///   - externalInfo: Your own origin and IDs, sent back in the file's File Ready and File Failed events.
    ///   - options: When to switch to a resumable upload, its chunk size, how often it resumes and how often it
    ///     reports progress.
    ///   - progress: Called with the bytes sent so far, as the `Data` variant.
    ///   - saveState: For a resumable upload: called with the state that lets
    ///     ``resumeUpload(fileURL:from:options:progress:saveState:)`` finish it after a restart. Store it like a
    ///     credential.
    /// - Returns: The new file.
    /// - Throws: As the `Data` variant; `WixMediaError.invalidRequest` when the file cannot be read.
    public func upload(
        fileURL: URL,
        fileName: String? = nil,
        mimeType: String? = nil,
        parentFolderID: String? = nil,
        `private`: Bool? = nil,
        labels: [String]? = nil,
        filePath: String? = nil,
        externalInfo: ExternalInfo? = nil,
        options: UploadOptions = UploadOptions(),
        progress: (@Sendable (UploadProgress) -> Void)? = nil,
        saveState: (@Sendable (ResumableUploadState) -> Void)? = nil
    ) async throws -> FileDescriptor {
        let target = UploadTarget(
            fileName: fileName ?? fileURL.lastPathComponent, mimeType: mimeType, parentFolderID: parentFolderID,
            isPrivate: `private`, labels: labels, filePath: filePath, externalInfo: externalInfo)
        return try await upload(
            FileUploadSource(fileURL: fileURL), to: target, options: options, saveState: saveState, progress: progress)
    }

    private func upload(
        _ source: some UploadSource, to target: UploadTarget, options: UploadOptions,
        saveState: (@Sendable (ResumableUploadState) -> Void)?, progress handler: (@Sendable (UploadProgress) -> Void)?
    ) async throws -> FileDescriptor {
        let uploadSender = try uploadRequestSender()
        do {
            // The one-request upload sends the MIME type as its Content-Type, where a line break would be
            // dropped with the whole field; the resumable one would hand it on to Wix. Neither is sent.
            try HTTPHeader(name: "Content-Type", value: target.mimeType).validate()
        } catch {
            throw WixMediaError.invalidRequest(underlying: error)
        }
        let connection = UploadConnection(sender: uploadSender)
        let path: UploadPath = source.byteCount > options.resumableThreshold ? .resumable : .simple
        let progress = ProgressReporter(totalBytes: source.byteCount, path: path, options: options, handler: handler)
        defer { progress.close() }
        switch path {
        case .resumable:
            let upload = ResumableUpload(files: self, connection: connection, options: options, saveState: saveState)
            return try await upload.run(source, to: target, progress: progress)
        case .simple:
            let upload = SimpleUpload(files: self, connection: connection)
            return try await upload.run(source, to: target, progress: progress)
        }
    }
}

extension FilesClient {
    /// The sender of the upload requests, or an error when this namespace's sender cannot carry them.
    func uploadRequestSender() throws -> any UploadRequestSender {
        guard let uploadSender = sender as? any UploadRequestSender else {
            throw WixMediaError.invalidRequest(underlying: UploadError.senderCannotUpload)
        }
        return uploadSender
    }
}
