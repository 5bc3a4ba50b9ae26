import Foundation

/// The bytes of an upload, read one range at a time so that a large file is never in memory whole.
protocol UploadSource {
    /// The size of the upload in bytes.
    var byteCount: Int64 { get }

    /// The `count` bytes that start at `offset`.
    ///
    /// - Throws: `WixMediaError.invalidRequest` when they cannot be read.
    func read(from offset: Int64, count: Int) throws -> Data

    /// The `count` bytes that start at `offset`, as the body of a request: a stream on Linux (see
    /// `RangeInputStream` for the memory it saves), `Data` on Apple platforms.
    func chunk(from offset: Int64, count: Int) throws -> UploadChunk

    /// When the file was last modified; nil for bytes in memory.
    var modificationDate: Date? { get }
}

extension UploadSource {
    var modificationDate: Date? { nil }
}

/// Bytes already in memory.
struct DataUploadSource: UploadSource {
    let data: Data

    var byteCount: Int64 { Int64(data.count) }

    func read(from offset: Int64, count: Int) -> Data {
        if offset == 0, count == data.count {
            return data  // the whole upload: no copy
        }
        let start = data.startIndex + Int(offset)
        // A copy rather than a slice: a slice keeps the whole buffer alive and its indices don't start at 0.
        return Data(data[start..<start + count])
    }

    func chunk(from offset: Int64, count: Int) throws -> UploadChunk {
        #if canImport(FoundationNetworking)
            // A stream over the bytes in place: no copy.
            let data = data
            let stream = RangeInputStream(offset: offset, count: count) { buffer, position in
                let start = data.startIndex + Int(position)
                return data.copyBytes(to: buffer, from: start..<min(start + buffer.count, data.endIndex))
            }
            return .stream(stream, count: count)
        #else
            return .data(read(from: offset, count: count))
        #endif
    }
}

/// A file on disk, read through a `FileHandle` that seeks to each range: memory use is one range, whatever
/// the size of the file. The handle closes when the source is released.
final class FileUploadSource: UploadSource {
    let byteCount: Int64
    private let url: URL
    private let handle: FileHandle

    /// Opens `fileURL` for reading and measures it.
    ///
    /// - Throws: `WixMediaError.invalidRequest` when it is not a file URL or the file cannot be opened.
    init(fileURL: URL) throws {
        guard fileURL.isFileURL else {
            throw WixMediaError.invalidRequest(underlying: UploadError.notAFileURL(fileURL))
        }
        let handle: FileHandle
        let size: UInt64
        do {
            handle = try FileHandle(forReadingFrom: fileURL)
        } catch {
            throw WixMediaError.invalidRequest(underlying: error)
        }
        do {
            size = try handle.seekToEnd()
        } catch {
            try? handle.close()
            throw WixMediaError.invalidRequest(underlying: error)
        }
        self.url = fileURL
        self.handle = handle
        self.byteCount = Int64(size)
    }

    deinit {
        try? handle.close()
    }

    /// The open file's descriptor, valid while the source lives.
    var descriptor: Int32 { handle.fileDescriptor }

    func read(from offset: Int64, count: Int) throws -> Data {
        guard count > 0 else { return Data() }
        let data: Data
        do {
            try handle.seek(toOffset: UInt64(offset))
            data = try handle.read(upToCount: count) ?? Data()
        } catch {
            throw WixMediaError.invalidRequest(underlying: error)
        }
        guard data.count == count else {
            throw WixMediaError.invalidRequest(underlying: UploadError.fileChanged(url))
        }
        return data
    }

    var modificationDate: Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }

    func chunk(from offset: Int64, count: Int) throws -> UploadChunk {
        #if canImport(FoundationNetworking)
            // Streamed from the file while it is sent; see `RangeInputStream` for the memory this saves. A
            // file cut short since the upload began is caught here, before a request promises bytes it lacks.
            var status = stat()
            guard fstat(descriptor, &status) == 0, Int64(status.st_size) >= offset + Int64(count) else {
                throw WixMediaError.invalidRequest(underlying: UploadError.fileChanged(url))
            }
            // The stream keeps the source, and with it the open file, until the transport releases it.
            let stream = RangeInputStream(offset: offset, count: count) { [self] buffer, position in
                var read: Int
                repeat {
                    read = pread(descriptor, buffer.baseAddress, buffer.count, off_t(position))
                } while read < 0 && errno == EINTR
                if read < 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                return read
            }
            return .stream(stream, count: count)
        #else
            return .data(try read(from: offset, count: count))
        #endif
    }
}
