import Foundation
import GeneratorKit

/// Reads the files a description's `$ref`s lead into from the file system, refusing any whose real
/// location — symbolic links followed — is outside the root document's directory. The resolver has
/// already refused paths that leave it by their names (`..`, absolute paths, URLs).
struct FileSystemDocumentLoader: DocumentLoader {
    /// The root document's directory with symbolic links resolved, ending in `/`.
    let realRootDirectory: String?
    /// Larger files are refused before they are read; the resolver bounds the total as well.
    static let maximumFileSize = 512 << 20

    init(rootFile: String) {
        let directory = (rootFile as NSString).deletingLastPathComponent
        realRootDirectory = Self.realPath(directory.isEmpty ? "." : directory).map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    func load(_ path: String) throws(DocumentLoadError) -> [UInt8] {
        guard let real = Self.realPath(path) else { throw .notFound }
        guard let realRootDirectory, real.hasPrefix(realRootDirectory) else {
            throw .outsideRootDirectory(realPath: real)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .notFound
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: real))?[.size] as? Int,
            size > Self.maximumFileSize
        {
            throw .unreadable("it is larger than \(Self.maximumFileSize >> 20) MiB")
        }
        // The real path, not `path`: a link swapped between the check and the read cannot lead out.
        guard let data = FileManager.default.contents(atPath: real) else { throw .unreadable("reading it failed") }
        return Array(data)
    }

    /// The absolute path with every symbolic link resolved; nil when the file does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
