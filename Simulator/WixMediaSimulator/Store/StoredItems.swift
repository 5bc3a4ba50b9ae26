import WixMedia

/// A file as the simulator keeps it: what the API shows, plus what only the simulator knows.
struct StoredFile: Sendable {
    /// What the API returns for the file.
    var descriptor: FileDescriptor
    /// The MIME type given or detected at creation; searches match it.
    var mimeType: String
    /// The folder a restore puts the file back into: where it was when it was moved to the trash on its own.
    var folderBeforeTrash: String?
    /// How many more reads of a pending import return it still pending.
    var readsUntilProcessed: Int
    /// What processing turns the pending file into; nil once it is processed.
    var processed: ProcessedFile?
    /// The bytes received for an uploaded file; nil for an imported one, whose bytes the simulator never fetches.
    var content: StoredContent?

    /// Makes the file what processing made of it.
    mutating func finishProcessing() {
        guard let processed else { return }
        descriptor.operationStatus = processed.status
        descriptor.media = processed.media
        descriptor.hash = processed.hash
        descriptor.sizeInBytes = processed.sizeInBytes
        self.processed = nil
    }
}

/// The result of processing an imported file.
struct ProcessedFile: Sendable {
    var status: OperationStatus
    var media: FileMedia?
    var hash: String
    var sizeInBytes: Int64
}

/// A folder as the simulator keeps it.
struct StoredFolder: Sendable {
    /// What the API returns for the folder.
    var folder: Folder
    /// The folder a restore puts this one back into: its parent when it was moved to the trash on its own.
    var folderBeforeTrash: String?
}

/// A one-time upload URL or token handed out by `generateFileUploadUrl` or `generateFileResumableUploadUrl` and
/// not used up yet.
struct PendingUpload: Sendable {
    /// Whether it came from `generateFileResumableUploadUrl`: a token for the tus endpoint, not a `PUT` URL.
    var isResumable: Bool
    var mimeType: String
    var fileName: String?
    var parentFolderID: String
    var isPrivate: Bool
    var labels: [String]
}

/// Wix's reserved folder IDs (facts §1.7).
enum RootFolderID {
    static let media = "media-root"
    static let trash = "trash-root"
    static let visitorUploads = "visitor-uploads"
    static let all: Set<String> = [media, trash, visitorUploads]

    /// The reserved folder ID of a `RootFolder` search scope, or nil for a value the simulator does not know.
    static func id(of root: RootFolder) -> String? {
        switch root {
        case .mediaRoot: media
        case .trashRoot: trash
        case .visitorUploadsRoot: visitorUploads
        case .unrecognized: nil
        }
    }
}
