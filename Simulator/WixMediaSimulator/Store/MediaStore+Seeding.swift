import Foundation
import WixMedia

/// Why ``MediaStore`` could not add a folder or file directly.
public enum MediaStoreSeedingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No folder has this ID: neither a folder of the store nor a reserved root (`media-root`, `visitor-uploads`).
    case folderNotFound(id: String)
    /// The folder lies in the trash bin, where no new content can go.
    case folderInTrash(id: String)

    public var description: String {
        switch self {
        case .folderNotFound(let id): "No folder has the ID \(id)."
        case .folderInTrash(let id): "The folder \(id) is in the trash bin."
        }
    }
}

// A test's starting state, put in place without requests: nothing is counted and no fault is taken.
extension MediaStore {
    /// Adds a folder, as Create Folder would.
    ///
    /// - Parameters:
    ///   - name: Its display name.
    ///   - parentFolderID: Where it goes; `media-root` by default.
    /// - Returns: The new folder.
    /// - Throws: ``MediaStoreSeedingError`` when the parent does not exist or is in the trash bin.
    @discardableResult
    public func addFolder(named name: String, in parentFolderID: String = "media-root") throws -> Folder {
        try withState { state in
            try Self.requireLiveFolder(parentFolderID, in: state)
            return state.addFolder(named: name, in: parentFolderID)
        }
    }

    /// Adds a file with `contents`, already processed (`READY`), as an upload whose processing is done would
    /// leave it; ``content(ofFile:)`` then returns the bytes.
    ///
    /// - Parameters:
    ///   - name: Its display name, whose extension gives the media type unless `mimeType` does.
    ///   - contents: Its bytes.
    ///   - mimeType: Its MIME type; by default the one the extension implies, else `application/octet-stream`.
    ///   - parentFolderID: Where it goes; `media-root` by default.
    ///   - isPrivate: Whether it is private.
    ///   - labels: Its labels.
    /// - Returns: The new file.
    /// - Throws: ``MediaStoreSeedingError`` when the folder does not exist or is in the trash bin.
    @discardableResult
    public func addFile(
        named name: String, contents: Data, mimeType: String? = nil, in parentFolderID: String = "media-root",
        isPrivate: Bool = false, labels: [String] = []
    ) throws -> FileDescriptor {
        let mimeType = mimeType ?? MIMEType.forFileName(name) ?? "application/octet-stream"
        var content = StoredContent()
        content.append(contents)
        content.sentContentType = mimeType
        return try withState { state in
            try Self.requireLiveFolder(parentFolderID, in: state)
            return state.addFile(
                ImportPlan(
                    displayName: name, parentFolderID: parentFolderID, filePath: nil, mimeType: mimeType,
                    mediaType: UploadTyping.mediaType(mimeType: mimeType, fileName: name), fails: false,
                    isPrivate: isPrivate, labels: labels, sourceURL: nil, sizeInBytes: content.byteCount,
                    pendingReads: nil, content: content))
        }
    }

    private static func requireLiveFolder(_ id: String, in state: MediaState) throws {
        guard state.root(ofFolder: id) != nil else { throw MediaStoreSeedingError.folderNotFound(id: id) }
        guard state.isLive(folderID: id) else { throw MediaStoreSeedingError.folderInTrash(id: id) }
    }
}
