import Foundation

/// What went wrong in an upload beyond an error response or a network failure.
///
/// Uploads throw the client's two error types, like every other call: `WixAPIError` for an error response and
/// `WixMediaError` for the rest. An `UploadError` is the `underlying` error of a `WixMediaError`:
/// `.invalidRequest` when the upload could not start or its file could not be read — or, resuming, when the saved
/// state no longer fits (``savedUploadSourceChanged``, ``savedUploadExpired(statusCode:)``,
/// ``savedUploadInvalid``) —, `.undecodableResponse` when Wix or the upload server answered success with
/// something an upload cannot continue from (``acceptedButUndecodable(fileID:reason:)`` when the file exists
/// already), and `.transport` when a resumable upload gave up after
/// ``resumeLimitReached(requests:bytesSent:)``.
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
    /// The tus server answered `HEAD` with fewer bytes than it had already confirmed: it lost part of the
    /// upload. Sending those bytes again could go on for ever with a server that keeps losing them, so the
    /// upload ends.
    case uploadOffsetMovedBack(confirmed: Int64, reported: Int64)
    /// A resumable upload sent as many requests or bytes as `UploadOptions.maxRequestsPerChunk` and
    /// `maxResendRatio` allow without finishing: how many `PATCH` and `HEAD` requests and how many bytes it sent.
    case resumeLimitReached(requests: Int, bytesSent: Int64)
    /// The file (or data) given to `resumeUpload` is not the one the saved ``ResumableUploadState`` was made
    /// from: its size, its modification time or its first or last 64 KiB differ. Sending the rest of another
    /// file would store a mix of both, so nothing is sent.
    case savedUploadSourceChanged
    /// The upload host no longer knows the saved upload: its `HEAD` answered this status (403, 404 or 410). The
    /// upload expired, or it was finalised already; start a new one.
    case savedUploadExpired(statusCode: Int)
    /// The ``ResumableUploadState`` was not written by this library: an unknown version, a confirmed byte count
    /// outside the file, a chunk size below 1, an empty token or a relative URL.
    case savedUploadInvalid
    /// The upload server accepted the bytes — the file exists in the Media Manager — but its answer did not hold
    /// a decodable file: the file's ID when the answer had one, and why decoding failed. The raw answer is the
    /// `body` of the `WixMediaError.undecodableResponse` that carries this error.
    ///
    /// Do not upload again, which would create a second file: get the file by `fileID` (or, without one, find
    /// it by name in its folder). No retry policy repeats this error.
    case acceptedButUndecodable(fileID: String?, reason: String)

    /// The case, with URLs redacted (``URLRedaction``): an upload URL carries its own authorisation.
    public var description: String {
        switch self {
        case .senderCannotUpload: "UploadError.senderCannotUpload"
        case .notAFileURL(let url): "UploadError.notAFileURL(\(url.redactedForDiagnostics.absoluteString))"
        case .fileChanged(let url): "UploadError.fileChanged(\(url.path))"
        case .invalidUploadURL(let value): "UploadError.invalidUploadURL(\(value.map(URLRedaction.redact) ?? "nil"))"
        case .missingUploadToken: "UploadError.missingUploadToken"
        case .missingLocation: "UploadError.missingLocation"
        case .invalidUploadOffset(let value): "UploadError.invalidUploadOffset(\(value ?? "nil"))"
        case .uploadOffsetMovedBack(let confirmed, let reported):
            "UploadError.uploadOffsetMovedBack(confirmed: \(confirmed), reported: \(reported))"
        case .resumeLimitReached(let requests, let bytesSent):
            "UploadError.resumeLimitReached(requests: \(requests), bytesSent: \(bytesSent))"
        case .savedUploadSourceChanged: "UploadError.savedUploadSourceChanged"
        case .savedUploadExpired(let statusCode): "UploadError.savedUploadExpired(statusCode: \(statusCode))"
        case .savedUploadInvalid: "UploadError.savedUploadInvalid"
        case .acceptedButUndecodable(let fileID, let reason):
            "UploadError.acceptedButUndecodable(fileID: \(fileID ?? "nil"), reason: \(reason))"
        }
    }
}
