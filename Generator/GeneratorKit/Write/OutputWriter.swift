import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Stage 5 — Write: puts generated files into the output folder. Writes only files whose bytes
/// changed, deletes generated files no longer produced, and touches nothing else. Checks every path
/// first (see `OutputPaths`), so a bad one means nothing is written, and never goes through a link.
public struct OutputWriter {
    public struct Summary: Sendable, Hashable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var deleted: [String] = []
    }

    public let outputDirectory: URL
    private let fileManager = FileManager.default

    private var paths: OutputPaths { OutputPaths(outputDirectory: outputDirectory) }

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory.standardizedFileURL
    }

    /// Paths (relative) of generated files already in the folder: regular files, reached without
    /// going through a link, that start with our header.
    public func existingGeneratedFiles() -> [String] {
        let header = Data(FileLayout.headerPrefix.utf8)
        return paths.regularFiles().filter { path in
            guard path.hasSuffix(".swift") else { return false }
            let descriptor = open(paths.absolute(path), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
            guard descriptor >= 0 else { return false }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            return (try? handle.read(upToCount: header.count)) == header
        }.sorted()
    }

    /// Files that differ from `files`: missing, changed, or generated earlier and no longer produced.
    public func staleFiles(_ files: [GeneratedFile]) -> [String] {
        var stale: [String] = []
        for file in files where currentContents(file.path) != Data(file.contents.utf8) {
            stale.append(file.path)
        }
        let produced = Set(files.map(\.path))
        stale += existingGeneratedFiles().filter { !produced.contains($0) }
        return stale.sorted()
    }

    public func write(_ files: [GeneratedFile]) throws(Diagnostic) -> Summary {
        var summary = Summary()
        if let problem = paths.problem(in: files.map(\.path)) { throw problem }
        do {
            try fileManager.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
            for file in files {
                let data = Data(file.contents.utf8)
                if currentContents(file.path) == data {
                    summary.unchanged.append(file.path)
                    continue
                }
                let url = outputDirectory.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Self.writeFile(data, to: url.path)
                summary.written.append(file.path)
            }
            let produced = Set(files.map(\.path))
            for path in existingGeneratedFiles() where !produced.contains(path) {
                let url = outputDirectory.appendingPathComponent(path)
                // `unlink` removes the entry itself; the search above reached it through real folders.
                guard unlink(paths.absolute(path)) == 0 else {
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                summary.deleted.append(path)
                try removeFoldersEmptied(from: url.deletingLastPathComponent())
            }
        } catch {
            throw Diagnostic.error(
                "cannot write output: \(error.localizedDescription)",
                at: SourceLocation(file: outputDirectory.path, line: 0, column: 0, pointer: "#"))
        }
        return summary
    }

    /// One `open` + `write` per file. Foundation's `Data.write` always goes through a temporary file and
    /// `fsync`, three file-system round trips that made writing 1,000 files take most of a second.
    /// A generation interrupted half way leaves files that `--check` reports stale and the next run fixes.
    private static func writeFile(_ data: Data, to path: String) throws {
        // O_NOFOLLOW: a link put there since the check is refused (ELOOP), not written through.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var written = 0
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            while written < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                guard result > 0 else {
                    if result < 0 && errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                written += result
            }
        }
    }

    private func currentContents(_ path: String) -> Data? {
        paths.contents(path)
    }

    /// Removes `folder` and its parents up to the output folder while a deletion left them empty;
    /// empty folders someone else made stay.
    private func removeFoldersEmptied(from folder: URL) throws {
        var current = folder.standardizedFileURL
        while current.path.count > outputDirectory.path.count, current.path.hasPrefix(outputDirectory.path),
            (try? fileManager.contentsOfDirectory(atPath: current.path).isEmpty) == true
        {
            try fileManager.removeItem(at: current)
            current = current.deletingLastPathComponent()
        }
    }
}

/// The C library's `write`, which `OutputWriter.write(_:)` hides inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
    #else
        Darwin.write(descriptor, bytes, count)
    #endif
}
