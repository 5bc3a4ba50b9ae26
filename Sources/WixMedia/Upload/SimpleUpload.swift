import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The one-request upload: Generate File Upload URL, then `PUT` the bytes to the URL it returns.
///
/// The upload URL is single-use, so a failed `PUT` is not repeated; the resumable upload is the one that
/// survives a broken connection.
struct SimpleUpload {
    let files: FilesClient
    let connection: UploadConnection

    func run(
        _ source: some UploadSource, to target: UploadTarget, progress: ProgressReporter
    ) async throws -> FileDescriptor {
        // Read (or, streamed, measured) first: a file that cannot be read should fail before anything is asked of
        // Wix. The transport reports the body's bytes as they go out.
        let count = Int(source.byteCount)
        let body = try source.chunk(from: 0, count: count)
        let grant = try await files.generateFileUploadURL(
            mimeType: target.mimeType, fileName: target.fileName, parentFolderID: target.parentFolderID,
            private: target.isPrivate, labels: target.labels, externalInfo: target.externalInfo,
            filePath: target.filePath)
        let uploadURL = try UploadURL.parse(grant.uploadURL, of: grant)

        var request = URLRequest(url: UploadURL.adding(fileName: target.fileName, to: uploadURL))
        request.httpMethod = HTTPMethod.put.rawValue
        request.setValue(target.mimeType, forHTTPHeaderField: "Content-Type")  // checked by FilesClient.upload
        body.attach(to: &request)
        progress.confirmed(0)
        let file = try await progress.observingBody(from: 0, count: count) {
            try await connection.sendForFile(request)
        }
        progress.finished()
        return file
    }
}
