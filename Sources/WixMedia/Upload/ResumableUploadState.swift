import Foundation

/// What a resumable upload needs to go on in another process: where its bytes go, which file they come from,
/// and how many the server has confirmed.
///
/// `FilesClient.upload` hands one to its `saveState` closure as soon as the tus upload exists and again after
/// each chunk the server confirms; save the latest, and after a crash or a restart pass it to
/// ``FilesClient/resumeUpload(fileURL:from:options:progress:saveState:)``, which asks the server how many bytes
/// it holds and sends the rest. It is `Codable` (JSON of a few hundred bytes) so that it can be stored.
///
/// - Important: It holds the upload URL and token Wix handed out, which authorise uploading to your site until
///   they expire: store it like a credential (the Keychain, not `UserDefaults` or a log), and delete it once the
///   upload has finished. Its `description` shows neither.
///
/// ```swift
/// let file = try await client.files.upload(fileURL: movie, saveState: { state in
///     try? JSONEncoder().encode(state).write(to: stateURL)  // better: the Keychain
/// })
/// // …after a restart:
/// let state = try JSONDecoder().decode(ResumableUploadState.self, from: Data(contentsOf: stateURL))
/// let resumed = try await client.files.resumeUpload(fileURL: movie, from: state)
/// ```
public struct ResumableUploadState: Codable, Sendable, Hashable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    /// The layout of the stored value; a later version of the library that changes it still reads this one.
    public private(set) var version = 1
    /// Where the tus upload lives (its `Location`): secret.
    let uploadURL: URL
    /// The upload URL Generate File Resumable Upload URL returned, under which the upload is finalised: secret.
    let endpoint: URL
    /// The resumable upload token: secret.
    let uploadToken: String
    /// What the file looked like when the upload began.
    let fingerprint: UploadFingerprint

    /// The name the file gets in the Media Manager.
    public let fileName: String
    /// The MIME type the upload was generated for.
    public let mimeType: String
    /// The folder the file goes to, as given to `upload`.
    public let parentFolderID: String?
    /// Whether the file will be private, as given to `upload`.
    public let isPrivate: Bool?
    /// The file's labels, as given to `upload`.
    public let labels: [String]?
    /// The folder path under ``parentFolderID``, as given to `upload`.
    public let filePath: String?
    /// The origin and IDs Wix sends back in the file's events, as given to `upload`.
    public let externalInfo: ExternalInfo?
    /// The size of the file.
    public let totalBytes: Int64
    /// The bytes per `PATCH`; a resumed upload keeps it.
    public let chunkSize: Int
    /// The bytes the server had confirmed when the state was saved. The server may hold more (a chunk whose answer
    /// was lost): a resumed upload asks it.
    public internal(set) var bytesConfirmed: Int64

    init(
        uploadURL: URL, endpoint: URL, uploadToken: String, fingerprint: UploadFingerprint, target: UploadTarget,
        chunkSize: Int
    ) {
        self.uploadURL = uploadURL
        self.endpoint = endpoint
        self.uploadToken = uploadToken
        self.fingerprint = fingerprint
        self.fileName = target.fileName
        self.mimeType = target.mimeType
        self.parentFolderID = target.parentFolderID
        self.isPrivate = target.isPrivate
        self.labels = target.labels
        self.filePath = target.filePath
        self.externalInfo = target.externalInfo
        self.totalBytes = fingerprint.byteCount
        self.chunkSize = chunkSize
        self.bytesConfirmed = 0
    }

    /// The file's name and how far the upload got; never the upload URL or token.
    public var description: String {
        "ResumableUploadState(fileName: \(fileName), bytesConfirmed: \(bytesConfirmed) of \(totalBytes), "
            + "uploadURL: REDACTED, uploadToken: REDACTED)"
    }

    /// As ``description``: the secrets stay out of `debugPrint` and the debugger's summary too.
    public var debugDescription: String { description }

    /// The public properties only, so that `dump` and the debugger do not show the secrets either.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "fileName": fileName, "mimeType": mimeType, "totalBytes": totalBytes, "bytesConfirmed": bytesConfirmed,
                "chunkSize": chunkSize,
            ])
    }

    /// Throws unless the state is one this library wrote: a known version, sizes in range, absolute URLs.
    func validate() throws {
        let valid =
            version == 1 && totalBytes >= 0 && (0...totalBytes).contains(bytesConfirmed) && chunkSize >= 1
            && fingerprint.byteCount == totalBytes && !uploadToken.isEmpty
            && [uploadURL, endpoint].allSatisfy { $0.scheme != nil && $0.host != nil }
        guard valid else { throw WixMediaError.invalidRequest(underlying: UploadError.savedUploadInvalid) }
    }
}
