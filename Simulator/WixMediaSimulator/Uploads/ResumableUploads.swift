/// The tus uploads of resumable upload tokens: created, receiving chunks, or finalised into files.
struct ResumableUploads: Sendable {
    /// One tus upload: its announced length and the bytes received so far.
    struct Upload: Sendable {
        /// The resumable upload token it was created with.
        var token: String
        /// `Upload-Length`: the bytes it takes to complete.
        var length: Int64
        /// The `filename` metadata, if sent.
        var fileName: String?
        /// The MIME type the file will be stored with, settled at creation.
        var mimeType: String
        var content = StoredContent()

        /// Whether every announced byte has arrived.
        var isComplete: Bool { content.byteCount == length }
    }

    /// The uploads in progress, by the ID in their URL.
    var byID: [String: Upload] = [:]
    /// The upload ID of each token that has one.
    var idByToken: [String: String] = [:]
    /// The file each finalised token made, so that a repeated finalise gets the same answer.
    var fileIDByFinalisedToken: [String: String] = [:]
}
