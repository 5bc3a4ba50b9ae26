import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the writer checks before it writes anything: every path stays inside the output folder, fits
/// the file system, cannot be merged with another by a case-insensitive file system, and reaches its
/// file through real folders only. A symbolic link inside the output folder would send a write (or a
/// read by `--check`) somewhere else, so the writer never goes through one; it refuses instead of
/// deleting it, since the link is not the generator's to remove.
struct OutputPaths {
    /// NAME_MAX of Linux, and of APFS and HFS+ (in their own units).
    static let maximumComponentBytes = 255

    let outputDirectory: URL

    /// The absolute path of `relative`, for opening and for locating errors.
    func absolute(_ relative: String) -> String {
        outputDirectory.path + "/" + relative
    }

    /// The first problem among `paths`, located at the offending path, or nil when all can be written.
    func problem(in paths: [String]) -> Diagnostic? {
        var seen: [String: String] = [:]
        for path in paths {
            if let message = malformation(path) { return error(message, at: path) }
            // Swift's String equality is canonical equivalence, as on APFS; lowercasing covers case.
            if let earlier = seen.updateValue(path, forKey: path.lowercased()) {
                return error("'\(path)' and '\(earlier)' would be one file on a case-insensitive file system", at: path)
            }
            if let link = firstSymbolicLink(on: path) {
                return error(
                    "'\(link)' is a symbolic link; the generator does not write through links inside the output "
                        + "folder (remove it, or choose another --output)",
                    at: link)
            }
            var status = stat()
            if lstat(absolute(path), &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                return error("'\(path)' exists and is not a regular file", at: path)
            }
        }
        return nil
    }

    private func malformation(_ path: String) -> String? {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.isEmpty || path.hasPrefix("/") || components.contains(where: \.isEmpty) {
            return "'\(path)' is not a relative file path"
        }
        if components.contains(where: { $0 == "." || $0 == ".." }) {
            return "'\(path)' would leave the output folder or name it twice"
        }
        if path.utf8.contains(0) { return "a file path contains a NUL character" }
        if let long = components.first(where: { $0.utf8.count > Self.maximumComponentBytes }) {
            return "the name '\(long.prefix(40))…' is \(long.utf8.count) bytes, longer than "
                + "\(Self.maximumComponentBytes) bytes, the most file systems allow"
        }
        let total = absolute(path).utf8.count
        if total >= Int(PATH_MAX) {
            return "the path is \(total) bytes, longer than this system allows (\(PATH_MAX)); choose a shorter --output"
        }
        return nil
    }

    /// The relative path of the first component of `path` (the file itself included) that is a
    /// symbolic link, or nil. Components that do not exist yet are fine: the writer makes them.
    func firstSymbolicLink(on path: String) -> String? {
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix += prefix.isEmpty ? String(component) : "/" + component
            var status = stat()
            guard lstat(absolute(prefix), &status) == 0 else { return nil }
            if status.st_mode & S_IFMT == S_IFLNK { return prefix }
        }
        return nil
    }

    /// The generated files under the output folder, found without following any link: links are
    /// neither read nor descended into, so they are never listed for deletion.
    func regularFiles() -> [String] {
        var found: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            let absoluteFolder = folder.isEmpty ? outputDirectory.path : absolute(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: absoluteFolder) else { continue }
            for name in names {
                let relative = folder.isEmpty ? name : folder + "/" + name
                var status = stat()
                guard lstat(absolute(relative), &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: pending.append(relative)
                case S_IFREG: found.append(relative)
                default: continue
                }
            }
        }
        return found
    }

    /// The file's bytes, or nil when it is missing, unreadable or reached through a link.
    func contents(_ relative: String) -> Data? {
        guard firstSymbolicLink(on: relative) == nil else { return nil }
        // O_NONBLOCK: a FIFO put in the file's place must not hang the check.
        let descriptor = open(absolute(relative), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        return try? handle.readToEnd() ?? Data()
    }

    private func error(_ message: String, at relative: String) -> Diagnostic {
        .error(
            "cannot write output: \(message)",
            at: SourceLocation(file: absolute(relative), line: 0, column: 0, pointer: "#"))
    }
}
