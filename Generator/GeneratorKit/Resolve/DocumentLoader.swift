/// Reads the other files a description's `$ref`s lead into (issue #12): the one capability the otherwise
/// I/O-free pipeline needs for descriptions split across files. The command-line tool reads the file system
/// (`FileSystemDocumentLoader` in the CLI); tests use `InMemoryDocumentLoader`.
///
/// The resolver has already checked the path lexically: it is relative, free of `..` that would leave the
/// root document's directory, and spelled as `rootDirectory` + `/` + a relative path. A loader that sees
/// more than names (symbolic links) must refuse files whose real location is outside that directory.
public protocol DocumentLoader: Sendable {
    /// The bytes of the file at `path`, or a typed refusal.
    func load(_ path: String) throws(DocumentLoadError) -> [UInt8]
}

/// Why a referenced file could not be read; the resolver locates it at the `$ref` that named the file.
public enum DocumentLoadError: Error, Sendable, Hashable {
    /// There is no such file (or it is not a regular file).
    case notFound
    /// The file's real location (symbolic links followed) is outside the root document's directory.
    case outsideRootDirectory(realPath: String)
    /// The file exists but cannot be read.
    case unreadable(String)
    /// This generation reads no file but the root document (`SingleFileDocumentLoader`).
    case singleFileGeneration

    var explanation: String {
        switch self {
        case .notFound: "there is no such file"
        case .outsideRootDirectory(let realPath):
            "it is really '\(realPath)', outside the root document's directory (through a symbolic link)"
        case .unreadable(let reason): "it cannot be read: \(reason)"
        case .singleFileGeneration: "this generation reads no file but the root document"
        }
    }
}

/// Refuses every other file: for callers that generate from one self-contained document.
public struct SingleFileDocumentLoader: DocumentLoader {
    /// The loader that reads nothing.
    public init() {}

    public func load(_ path: String) throws(DocumentLoadError) -> [UInt8] {
        throw .singleFileGeneration
    }
}

/// Files held in memory by path, as the resolver spells them (`dir/other.yaml`): for tests and for
/// callers that already hold every file of a description.
public struct InMemoryDocumentLoader: DocumentLoader {
    /// The bytes of each file, by path.
    public var files: [String: [UInt8]]

    /// A loader serving `files`.
    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    /// A loader serving each text's UTF-8 bytes.
    public init(texts: [String: String]) {
        self.files = texts.mapValues { Array($0.utf8) }
    }

    public func load(_ path: String) throws(DocumentLoadError) -> [UInt8] {
        guard let bytes = files[path] else { throw .notFound }
        return bytes
    }
}
