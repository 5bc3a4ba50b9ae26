import Foundation
import WixMedia

/// The newcomer's task of issue #15, end to end, written from the README and the doc comments alone: create
/// folders, upload three files (one over 10 MB, which goes resumable), import one from a URL, wait until
/// all are ready, page through a folder, search, rename and move, build download URLs, and trash, restore and
/// delete for good.
///
/// It takes any `WixMediaClient`: `media-tool` gives it one for a real site, its tests one from
/// `WixMediaTesting`'s `SimulatedMediaManager`.
public struct MediaTour: Sendable {
    /// What the tour did, for the caller to print or check.
    public struct Report: Sendable {
        /// The folders it made: `Photos`, then `Archive`.
        public var folders: [Folder] = []
        /// The files it uploaded and imported, as they were once ready.
        public var readyFiles: [FileDescriptor] = []
        /// Every file of the `Photos` folder, read two per page.
        public var pagedNames: [String] = []
        /// The names a search for `beach` found.
        public var searchHits: [String] = []
        /// The renamed and moved file.
        public var movedFile: FileDescriptor?
        /// A signed download URL of the moved file.
        public var downloadURL: URL?
        /// The public URL of a copy of an image scaled to fit 200×200, built without a request.
        public var thumbnailURL: URL?
        /// The file restored from the trash, before it was deleted for good.
        public var restoredFile: FileDescriptor?
        /// The ID of the file deleted for good.
        public var deletedFileID: String?
    }

    /// Sizes of the three uploads: two small, one over the 10 MB the simple upload takes.
    public static let uploadSizes = [2_048, 4_096, 11 * 1_024 * 1_024]

    let client: WixMediaClient
    let importURL: String

    /// A tour with `client`; `importURL` is the public file the import step hands Wix.
    public init(client: WixMediaClient, importURL: String = "https://static.wixstatic.com/media/beach-sunset.jpg") {
        self.client = client
        self.importURL = importURL
    }

    /// Runs every step in order, printing each through `log`.
    public func run(log: @Sendable (String) -> Void = { print($0) }) async throws -> Report {
        var report = Report()

        // Folders: `entity()` gives the created folder (or throws), no optional to unwrap.
        let photos = try await client.folders.createFolder(displayName: "Photos").entity()
        let archive = try await client.folders.createFolder(displayName: "Archive").entity()
        report.folders = [photos, archive]
        log("created folders \(photos.displayName ?? "") and \(archive.displayName ?? "")")

        // Uploads: the client picks a single PUT up to 10 MB and a resumable upload above.
        var fileIDs: [String] = []
        for (index, size) in Self.uploadSizes.enumerated() {
            let name = index == 2 ? "beach-video.mp4" : "beach-\(index + 1).jpg"
            let file = try await client.files.upload(
                Data(repeating: UInt8(index), count: size), fileName: name, parentFolderID: photos.id)
            fileIDs.append(file.id)
            log("uploaded \(name) (\(size) bytes)")
        }

        // Import: Wix fetches the file after answering; it is PENDING until then.
        let imported = try await client.files.importFile(
            url: importURL, displayName: "harbour.jpg", parentFolderID: photos.id
        ).entity()
        fileIDs.append(imported.id)

        // Wait until every file is READY, or learn which failed.
        report.readyFiles = try await client.files.waitUntilReady(fileIDs: fileIDs, timeout: .seconds(120))
        log("\(report.readyFiles.count) files ready")

        // Page: every file of the folder, two per request, as one sequence.
        for try await file in client.files.listFilesPaged(parentFolderID: photos.id, pageSize: 2) {
            report.pagedNames.append(file.displayName ?? file.id)
        }

        // Search by name, under the whole Media Manager.
        let hits = try await client.files.searchFiles(search: "beach").files ?? []
        report.searchHits = hits.compactMap(\.displayName)

        // Rename and move: the field mask is computed from what is passed.
        let first = fileIDs[0]
        _ = try await client.files.renameFile(first, to: "beach-cover.jpg")
        report.movedFile = try await client.files.moveFile(first, to: archive.id)

        // Download URLs: a signed one from Wix, and a public image URL built locally.
        let download = try await client.files.generateFileDownloadURL(fileID: first)
        report.downloadURL = download.downloadURLs?.first?.url.flatMap(URL.init(string:))
        if let image = report.readyFiles.first(where: { $0.mediaType == .image }) {
            report.thumbnailURL = try image.imageURL(applying: .fit(width: 200, height: 200))
        }

        // Trash, restore, then delete for good.
        let second = fileIDs[1]
        _ = try await client.files.bulkDeleteFiles(fileIDs: [second])
        _ = try await client.files.bulkRestoreFilesFromTrashBin(fileIDs: [second])
        report.restoredFile = try await client.files.getFileDescriptor(fileID: second).entity()
        _ = try await client.files.bulkDeleteFiles(fileIDs: [second], permanent: true)
        report.deletedFileID = second
        log("trashed, restored and deleted \(second)")
        return report
    }
}
