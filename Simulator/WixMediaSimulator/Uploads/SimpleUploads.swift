import Foundation
import WixMedia

/// The one-request upload: `PUT {uploadUrl}?filename=…` with the raw bytes (facts §7.1).
extension MediaState {
    /// Stores the bytes of `request` as the file the upload URL `token` was generated for, and uses the URL up.
    ///
    /// - Throws: A 400 for an unknown or used URL, a missing name or `Content-Type`, or a MIME type that does not
    ///   fit (``UploadTyping``).
    mutating func completeSimpleUpload(token: String, request: SimulatorRequest) throws -> GetFileDescriptorResponse {
        guard let upload = uploads[token], !upload.isResumable else {
            throw APIFailure.badRequest("INVALID_UPLOAD_TOKEN", "The upload URL is unknown or was already used.")
        }
        let name = try uploadedFileName(upload, sent: request.queryValue("filename"))
        guard let contentType = request.header("Content-Type"), !contentType.isEmpty else {
            throw APIFailure.invalid(field: "Content-Type", "is required: the file's MIME type", rule: "REQUIRED_FIELD")
        }
        let mimeType = try UploadTyping.mimeType(sent: contentType, announced: upload.mimeType, fileName: name)
        uploads[token] = nil
        var content = StoredContent()
        content.append(request.body)
        content.sentContentType = contentType
        content.sentFileName = request.queryValue("filename")
        return GetFileDescriptorResponse(
            file: addUploadedFile(upload, named: name, mimeType: mimeType, content: content))
    }
}
