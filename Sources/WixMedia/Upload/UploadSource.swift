import Foundation

/// The bytes of an upload, read one range at a time so that a large file is never in memory whole.
protocol UploadSource {
    /// The size of the upload in bytes.
    var byteCount: Int64 { get }

    /// The `count` bytes that start at `offset`.
    ///
    /// - Throws: `WixMediaError.invalidRequest` when they cannot be read.
    func read(from offset: Int64, count: Int) throws -> Data

    /// The `count` bytes that start at `offset`, as the body of a request.
    func chunk(from offset: Int64, count: Int) throws -> UploadChunk
}

extension UploadSource {
    func chunk(from offset: Int64, count: Int) throws -> UploadChunk {
        .data(try read(from: offset, count: count))
    }
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

    func read(from offset: Int64, count: Int) throws -> Data {
        guard count > 0 else { return Data() }
        // `pread` straight into the chunk's buffer: `FileHandle.read(upToCount:)` grows a buffer of its own and
        // copies it, which costs the upload another chunk of memory at its peak.
        var data = Data(count: count)
        var filled = 0
        let descriptor = handle.fileDescriptor
        let failure: Int32? = data.withUnsafeMutableBytes { buffer -> Int32? in
            while filled < count {
                let read = pread(
                    descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset) + off_t(filled))
                if read > 0 {
                    filled += read
                } else if read == 0 {
                    return nil  // end of file: the file is shorter than it was
                } else if errno != EINTR {
                    return errno
                }
            }
            return nil
        }
        if let failure {
            throw WixMediaError.invalidRequest(underlying: POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO))
        }
        guard filled == count else {
            throw WixMediaError.invalidRequest(underlying: UploadError.fileChanged(url))
        }
        return data
    }

    func chunk(from offset: Int64, count: Int) throws -> UploadChunk {
        #if canImport(FoundationNetworking)
            // Streamed from the file while it is sent; see `FileRangeInputStream` for the memory this saves. A
            // file cut short since the upload began is caught here, before a request promises bytes it lacks.
            var status = stat()
            guard fstat(handle.fileDescriptor, &status) == 0, Int64(status.st_size) >= offset + Int64(count) else {
                throw WixMediaError.invalidRequest(underlying: UploadError.fileChanged(url))
            }
            return .stream(
                FileRangeInputStream(file: self, descriptor: handle.fileDescriptor, offset: offset, count: count),
                count: count)
        #else
            return .data(try read(from: offset, count: count))
        #endif
    }
}
