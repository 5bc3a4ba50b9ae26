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
    ///   - options: When to switch to a resumable upload, its chunk size and how often it resumes.
    ///   - progress: Called with the bytes sent so far: once with none, then as the server confirms them. It runs
    ///     on the uploading task, so it should return quickly.
    /// - Returns: The new file.
    /// - Throws: `WixAPIError<AnyErrorCode>` for an error answer from Wix or its upload server; `WixMediaError`
    ///   for the rest — `.cancelled` when the task is cancelled, after which no further request is sent, and
    ///   `.invalidRequest(RequestValidationError.invalidHeaderValue)` for a `mimeType` with a line break.
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
        progress: (@Sendable (UploadProgress) -> Void)? = nil
    ) async throws -> FileDescriptor {
        let target = UploadTarget(
            fileName: fileName, mimeType: mimeType, parentFolderID: parentFolderID, isPrivate: `private`,
            labels: labels, filePath: filePath, externalInfo: externalInfo)
        return try await upload(DataUploadSource(data: data), to: target, options: options, progress: progress)
    }

    /// Uploads the file at `fileURL` as a new file and returns it.
    ///
    /// Works as ``upload(_:fileName:mimeType:parentFolderID:private:labels:filePath:externalInfo:options:progress:)``,
    /// reading the file as it goes: a resumable upload holds one chunk in memory at a time, whatever the size of
    /// the file. A file at or under the resumable threshold is read whole and sent in one request.
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
    ///   - options: When to switch to a resumable upload, its chunk size and how often it resumes.
    ///   - progress: Called with the bytes sent so far.
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
        progress: (@Sendable (UploadProgress) -> Void)? = nil
    ) async throws -> FileDescriptor {
        let target = UploadTarget(
            fileName: fileName ?? fileURL.lastPathComponent, mimeType: mimeType, parentFolderID: parentFolderID,
            isPrivate: `private`, labels: labels, filePath: filePath, externalInfo: externalInfo)
        return try await upload(FileUploadSource(fileURL: fileURL), to: target, options: options, progress: progress)
    }

    private func upload(
        _ source: some UploadSource, to target: UploadTarget, options: UploadOptions,
        progress handler: (@Sendable (UploadProgress) -> Void)?
    ) async throws -> FileDescriptor {
        guard let uploadSender = sender as? any UploadRequestSender else {
            throw WixMediaError.invalidRequest(underlying: UploadError.senderCannotUpload)
        }
        do {
            // The one-request upload sends the MIME type as its Content-Type, where a line break would be
            // dropped with the whole field; the resumable one would hand it on to Wix. Neither is sent.
            try HTTPHeader(name: "Content-Type", value: target.mimeType).validate()
        } catch {
            throw WixMediaError.invalidRequest(underlying: error)
        }
        let connection = UploadConnection(sender: uploadSender)
        var progress = ProgressReporter(totalBytes: source.byteCount, handler: handler)
        if source.byteCount > options.resumableThreshold {
            return try await ResumableUpload(files: self, connection: connection, options: options)
                .run(source, to: target, progress: &progress)
        }
        return try await SimpleUpload(files: self, connection: connection).run(source, to: target, progress: &progress)
    }
}
