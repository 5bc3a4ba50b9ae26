import WixMedia

/// What both kinds of upload end in: a new file holding the bytes received.
extension MediaState {
    /// The name an upload's file gets: the `fileName` the URL was generated with, else the one the upload sent.
    ///
    /// - Throws: A 400 when neither gave one (facts §7.1: `filename` is optional only after a `fileName`).
    func uploadedFileName(_ upload: PendingUpload, sent: String?) throws -> String {
        if let name = upload.fileName, !name.isEmpty { return name }
        guard let sent, !sent.isEmpty else {
            throw APIFailure.invalid(
                field: "filename", "is required when the upload URL was generated without a fileName",
                rule: "REQUIRED_FIELD")
        }
        return sent
    }

    /// Creates the file of a finished upload: processed in the answer, or `PENDING` for the configured number of
    /// reads; `FAILED` instead of `READY` for a name in ``Settings/failingUploadNames``.
    mutating func addUploadedFile(
        _ upload: PendingUpload, named name: String, mimeType: String, content: StoredContent
    ) -> FileDescriptor {
        let pendingReads = settings.readsUntilUploadIsProcessed
        return addFile(
            ImportPlan(
                displayName: name, parentFolderID: upload.parentFolderID, filePath: nil, mimeType: mimeType,
                mediaType: UploadTyping.mediaType(mimeType: mimeType, fileName: name),
                fails: settings.failingUploadNames.contains(name), isPrivate: upload.isPrivate, labels: upload.labels,
                sourceURL: nil, sizeInBytes: content.byteCount, pendingReads: pendingReads > 0 ? pendingReads : nil,
                content: content))
    }
}
