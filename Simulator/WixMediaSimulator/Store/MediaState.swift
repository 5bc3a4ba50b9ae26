import Foundation
import WixMedia

/// The whole simulated Media Manager of one site: folders, files, the trash, pending uploads.
///
/// A value type mutated under one lock (``MediaStore``), so every operation is atomic, as each Wix call is
/// from the caller's point of view. The operations themselves are the extensions in `API/`, one method per
/// schema operation, taking the generated request value and returning the generated response.
struct MediaState: Sendable {
    /// What the state needs to know about its surroundings.
    struct Settings: Sendable {
        var siteID: String
        /// Reads through Get File Descriptor(s) that still return an imported file as `PENDING`.
        var readsUntilImportIsProcessed: Int
        /// The same for an uploaded file; 0: the upload's answer is the file already processed.
        var readsUntilUploadIsProcessed: Int
        /// File names whose uploads fail processing.
        var failingUploadNames: Set<String>
        /// Where upload URLs point: the simulator itself.
        var baseURL: String
    }

    let settings: Settings
    var folders: [String: StoredFolder] = [:]
    var files: [String: StoredFile] = [:]
    var uploads: [String: PendingUpload] = [:]
    var resumableUploads = ResumableUploads()
    var identifiers: IdentifierSource

    init(settings: Settings, seed: UInt64) {
        self.settings = settings
        self.identifiers = IdentifierSource(seed: seed)
    }

    /// The prefix of file IDs: like Wix's, six hex digits tied to the site.
    var fileIDPrefix: String {
        String(settings.siteID.filter(\.isHexDigit).prefix(6).lowercased())
    }
}

// MARK: - The folder tree

extension MediaState {
    /// Whether new content may go into `folderID`: a folder outside the trash, the media root or the
    /// visitor-uploads root.
    func isLive(folderID: String) -> Bool {
        guard let root = root(ofFolder: folderID) else { return false }
        return root != RootFolderID.trash
    }

    /// Whether `folderID` is the trash root or lies anywhere below it. Trashed items keep `state: OK`, as in every
    /// Wix sample, so where an item is, not its state, tells whether it is in the trash.
    func isInTrash(folderID: String) -> Bool {
        root(ofFolder: folderID) == RootFolderID.trash
    }

    /// Whether the file lies anywhere in the trash: moved there on its own or inside a trashed folder.
    func isInTrash(_ file: StoredFile) -> Bool {
        isInTrash(folderID: file.descriptor.parentFolderID ?? "")
    }

    /// The reserved root above `folderID` (itself for a root), or nil for an unknown folder.
    func root(ofFolder folderID: String) -> String? {
        var current = folderID
        // Moves never create cycles, but a bound keeps a bug from hanging the server.
        for _ in 0...folders.count {
            if RootFolderID.all.contains(current) { return current }
            guard let parent = folders[current]?.folder.parentFolderID else { return nil }
            current = parent
        }
        return nil
    }

    /// Whether `folderID` lies anywhere below `ancestorID`.
    func isFolder(_ folderID: String, below ancestorID: String) -> Bool {
        var current = folders[folderID]?.folder.parentFolderID
        for _ in 0...folders.count {
            guard let parent = current else { return false }
            if parent == ancestorID { return true }
            current = folders[parent]?.folder.parentFolderID
        }
        return false
    }

    /// Every folder and file below `folderID`, at any depth.
    func contents(ofFolder folderID: String) -> (folders: [String], files: [String]) {
        var folderIDs: [String] = []
        var queue = [folderID]
        while let parent = queue.popLast() {
            let children = folders.values.filter { $0.folder.parentFolderID == parent }.map(\.folder.id)
            folderIDs += children
            queue += children
        }
        let parents = Set(folderIDs + [folderID])
        let fileIDs = files.values.filter { parents.contains($0.descriptor.parentFolderID ?? "") }.map(\.descriptor.id)
        return (folderIDs, fileIDs)
    }

    /// Fails with 404 unless `folderID` is a root or a folder of the store.
    func requireFolder(_ folderID: String) throws {
        guard RootFolderID.all.contains(folderID) || folders[folderID] != nil else {
            throw APIFailure.notFound("folder", id: folderID)
        }
    }

    /// Fails unless `folderID` can receive new content: 404 when it does not exist, 400 when it is in the trash.
    func requireLiveFolder(_ folderID: String, field: String) throws {
        try requireFolder(folderID)
        guard isLive(folderID: folderID) else {
            throw APIFailure.invalid(field: field, "folder \(folderID) is in the trash bin")
        }
    }

    /// The folder at `path` (`/videos/2024`) below `parentID`, creating the missing ones, as Wix does for
    /// `filePath`.
    mutating func folder(atPath path: String, below parentID: String) -> String {
        var current = parentID
        for name in path.split(separator: "/").map(String.init) {
            if let existing = folders.values.first(where: {
                $0.folder.parentFolderID == current && $0.folder.displayName == name
            }) {
                current = existing.folder.id
            } else {
                current = addFolder(named: name, in: current).id
            }
        }
        return current
    }

    /// A new live folder.
    mutating func addFolder(named name: String, in parentID: String) -> Folder {
        let now = identifiers.tick()
        let folder = Folder(
            id: identifiers.hex32(), displayName: name, parentFolderID: parentID, createdDate: now, updatedDate: now,
            state: .ok)
        folders[folder.id] = StoredFolder(folder: folder)
        return folder
    }
}
