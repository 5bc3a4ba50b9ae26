import Foundation

/// The line `wix-media-simulator` prints on standard output once it listens, which is how a parent process
/// (a benchmark, a test, a script) learns the port it picked.
public enum ListeningAnnouncement {
    private static let prefix = "listening on 127.0.0.1:"

    /// The line, without its newline, for a simulator listening on `port`.
    public static func line(port: UInt16) -> String {
        prefix + String(port)
    }

    /// Reads `handle` up to its first newline (or its end) and returns that line and the port it announces,
    /// `nil` when the line is not an announcement. Blocks until the line is complete.
    public static func read(from handle: FileHandle) -> (line: String, port: UInt16?) {
        var bytes = Data()
        while !bytes.contains(0x0A) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            bytes.append(chunk)
        }
        let line = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
        let port = line.hasPrefix(prefix) ? UInt16(line.dropFirst(prefix.count)) : nil
        return (line, port)
    }
}
