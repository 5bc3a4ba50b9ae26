import Foundation

/// What went wrong in an upload beyond an error response or a network failure.
///
/// Uploads throw the client's two error types, like every other call: `WixAPIError` for an error response and
/// `WixMediaError` for the rest. An `UploadError` is the `underlying` error of a `WixMediaError`:
/// `.invalidRequest` when the upload could not start or its file could not be read, `.undecodableResponse`
/// when Wix or the upload server answered success with something an upload cannot continue from.
public enum UploadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The files namespace sends through a sender that cannot carry upload requests; uploads need a
    /// `WixMediaClient` or another ``UploadRequestSender``.
    case senderCannotUpload
    /// The URL given as the file to upload is not a `file:` URL.
    case notAFileURL(URL)
    /// The file was shorter than when the upload began: it changed while being uploaded.
    case fileChanged(URL)
    /// Generate (Resumable) Upload URL answered without a usable upload URL; the value it sent, if any.
    case invalidUploadURL(String?)
    /// Generate File Resumable Upload URL answered without an upload token.
    case missingUploadToken
    /// The tus server created the upload without saying where it is (no `Location` header).
    case missingLocation
    /// The tus server's `Upload-Offset` header was missing, not a number, or outside the bytes sent.
    case invalidUploadOffset(String?)

    public var description: String {
        switch self {
        case .senderCannotUpload: "UploadError.senderCannotUpload"
        case .notAFileURL(let url): "UploadError.notAFileURL(\(url.absoluteString))"
        case .fileChanged(let url): "UploadError.fileChanged(\(url.path))"
        case .invalidUploadURL(let value): "UploadError.invalidUploadURL(\(value ?? "nil"))"
        case .missingUploadToken: "UploadError.missingUploadToken"
        case .missingLocation: "UploadError.missingLocation"
        case .invalidUploadOffset(let value): "UploadError.invalidUploadOffset(\(value ?? "nil"))"
        }
    }
}
