import Foundation
import WixMedia

/// The tus 1.0.0 endpoint at the resumable upload URL (facts §7.2): the core protocol (`HEAD`, `PATCH`) and the
/// creation extension (`POST` with `Upload-Length` and `Upload-Metadata`), without deferred lengths, creation
/// with upload, or termination. ``UploadRoutes`` checks the `Tus-Resumable` version and adds it to the answers.
extension MediaState {
    /// Where the uploads created at the endpoint live: a path, which the client resolves against the endpoint.
    static let tusUploadsPath = "/upload/tus/uploads"

    /// `POST {uploadUrl}`: creates an upload of `Upload-Length` bytes for the token in its metadata.
    ///
    /// - Returns: 201 with the new upload's `Location`.
    mutating func createTusUpload(_ request: SimulatorRequest) throws -> SimulatorResponse {
        guard request.body.isEmpty else {
            throw APIFailure.badRequest("UNSUPPORTED_TUS_EXTENSION", "Creation with upload is not supported.")
        }
        guard let text = request.header("Upload-Length"), let length = Int64(text), length >= 0 else {
            throw APIFailure.invalid(
                field: "Upload-Length", "must be a number of bytes (deferred lengths are not supported)")
        }
        let metadata = try TusMetadata.parse(request.header("Upload-Metadata"))
        guard let token = metadata["token"], let upload = uploads[token], upload.isResumable else {
            throw APIFailure.badRequest("INVALID_UPLOAD_TOKEN", "The upload token is unknown or was already used.")
        }
        guard resumableUploads.idByToken[token] == nil else {
            throw APIFailure.badRequest("INVALID_UPLOAD_TOKEN", "The upload token already has an upload.")
        }
        let fileName = metadata["filename"]
        let mimeType = try UploadTyping.mimeType(
            sent: metadata["contentType"] ?? upload.mimeType, announced: upload.mimeType,
            fileName: upload.fileName ?? fileName)
        let id = identifiers.hex32()
        var content = StoredContent()
        content.sentContentType = metadata["contentType"]
        resumableUploads.byID[id] = ResumableUploads.Upload(
            token: token, length: length, fileName: fileName, mimeType: mimeType, content: content)
        resumableUploads.idByToken[token] = id
        return SimulatorResponse(status: 201, headers: [("Location", "\(Self.tusUploadsPath)/\(id)")])
    }

    /// `PATCH {Location}`: appends the body at `Upload-Offset`, which must be the bytes received so far.
    ///
    /// A body cut short by a dropped connection is kept as far as it arrived, as tus servers do.
    ///
    /// - Returns: 204 with the new `Upload-Offset`; 409 for any other offset, 415 without the tus content type.
    mutating func patchTusUpload(id: String, _ request: SimulatorRequest) throws -> SimulatorResponse {
        guard request.header("Content-Type")?.lowercased() == "application/offset+octet-stream" else {
            throw APIFailure.application(
                status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "PATCH needs application/offset+octet-stream.")
        }
        guard var upload = resumableUploads.byID[id] else { throw APIFailure.notFound("upload", id: id) }
        guard let text = request.header("Upload-Offset"), let offset = Int64(text) else {
            throw APIFailure.invalid(field: "Upload-Offset", "must be a number of bytes")
        }
        guard offset == upload.content.byteCount else {
            throw APIFailure.application(
                status: 409, code: "OFFSET_MISMATCH",
                message: "Upload-Offset is \(offset), but the upload holds \(upload.content.byteCount) bytes.")
        }
        guard Int64(request.body.count) <= upload.length - offset else {
            throw APIFailure.application(
                status: 413, code: "UPLOAD_LENGTH_EXCEEDED", message: "The chunk goes past Upload-Length.")
        }
        upload.content.append(request.body)
        resumableUploads.byID[id] = upload
        return SimulatorResponse(status: 204, headers: [("Upload-Offset", String(upload.content.byteCount))])
    }

    /// `HEAD {Location}`: how many bytes the upload holds, so that a client can resume after them.
    func headTusUpload(id: String) throws -> SimulatorResponse {
        guard let upload = resumableUploads.byID[id] else { throw APIFailure.notFound("upload", id: id) }
        return SimulatorResponse(
            status: 200,
            headers: [
                ("Upload-Offset", String(upload.content.byteCount)), ("Upload-Length", String(upload.length)),
                ("Cache-Control", "no-store"),
            ])
    }

    /// `PUT {uploadUrl}/{uploadToken}?filename=…`: turns the complete upload of `token` into a file.
    ///
    /// Finalising the same token again answers with the same file: the request is a `PUT`, which a client may
    /// repeat when the first answer was lost.
    mutating func finaliseResumableUpload(
        token: String, _ request: SimulatorRequest
    ) throws -> GetFileDescriptorResponse {
        if let fileID = resumableUploads.fileIDByFinalisedToken[token], let file = files[fileID] {
            return GetFileDescriptorResponse(file: file.descriptor)
        }
        guard let reservation = uploads[token], reservation.isResumable,
            let id = resumableUploads.idByToken[token], let upload = resumableUploads.byID[id]
        else {
            throw APIFailure.badRequest("INVALID_UPLOAD_TOKEN", "The upload token has no upload to finalise.")
        }
        guard upload.isComplete else {
            throw APIFailure.badRequest(
                "UPLOAD_INCOMPLETE", "The upload holds \(upload.content.byteCount) of \(upload.length) bytes.")
        }
        let name = try uploadedFileName(reservation, sent: request.queryValue("filename") ?? upload.fileName)
        var content = upload.content
        content.sentFileName = request.queryValue("filename")
        let file = addUploadedFile(reservation, named: name, mimeType: upload.mimeType, content: content)
        uploads[token] = nil
        resumableUploads.byID[id] = nil
        resumableUploads.idByToken[token] = nil
        resumableUploads.fileIDByFinalisedToken[token] = file.id
        return GetFileDescriptorResponse(file: file)
    }
}
