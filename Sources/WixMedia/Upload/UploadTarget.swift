/// Where an upload goes and what it is called: the arguments both kinds of upload URL share.
struct UploadTarget: Sendable {
    /// The name with its extension: the Media Manager name and the `filename` of the upload requests.
    var fileName: String
    /// The given MIME type, or the one the extension implies, or `application/octet-stream`.
    var mimeType: String
    var parentFolderID: String?
    var isPrivate: Bool?
    var labels: [String]?
    var filePath: String?
    /// Echoed back only in the File Ready and File Failed events.
    var externalInfo: ExternalInfo?

    init(
        fileName: String, mimeType: String?, parentFolderID: String?, isPrivate: Bool?, labels: [String]?,
        filePath: String?, externalInfo: ExternalInfo?
    ) {
        self.fileName = fileName
        self.mimeType = mimeType ?? MIMEType.forFileName(fileName) ?? MIMEType.octetStream
        self.parentFolderID = parentFolderID
        self.isPrivate = isPrivate
        self.labels = labels
        self.filePath = filePath
        self.externalInfo = externalInfo
    }
}
