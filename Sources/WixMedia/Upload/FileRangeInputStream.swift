import Foundation

// Only built where it is used: Apple's URLSession reads body streams through CFNetwork, which does not take
// `InputStream` subclasses reliably, so chunks stay `Data` there.
#if canImport(FoundationNetworking)
    /// An input stream over `count` bytes of an open file from `offset` on, read with `pread` in the pieces the
    /// reader asks for.
    ///
    /// FoundationNetworking copies a `Data` body into a buffer of its own before sending it, and glibc keeps such
    /// large freed buffers in per-thread arenas, so 8 MiB chunks sent as `Data` held about 50 MiB at the peak of
    /// a 1 GiB upload (`make bench`); streamed, a chunk costs a few reads of libcurl's upload buffer.
    final class FileRangeInputStream: InputStream {
        /// Keeps the file open for as long as the stream is read.
        private let file: FileUploadSource
        private var position: Int64
        private let end: Int64
        private var status = Stream.Status.notOpen
        private var failure: (any Error)?

        /// A stream over `count` bytes of `file` from `offset` on, which keeps `file` until it is released.
        init(file: FileUploadSource, offset: Int64, count: Int) {
            self.file = file
            self.position = offset
            self.end = offset + Int64(count)
            super.init(data: Data())
        }

        override func open() { status = .open }

        override func close() { status = .closed }

        override var streamStatus: Stream.Status { status }

        override var streamError: (any Error)? { failure }

        override var hasBytesAvailable: Bool { status == .open && position < end }

        override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
            guard status == .open else { return status == .atEnd ? 0 : -1 }
            let wanted = Int(min(Int64(length), end - position))
            guard wanted > 0 else {
                status = .atEnd
                return 0
            }
            var read: Int
            repeat {
                read = pread(file.descriptor, buffer, wanted, off_t(position))
            } while read < 0 && errno == EINTR
            if read < 0 {
                failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                status = .error
                return -1
            }
            if read == 0 {
                // The file is shorter than when the upload began: fail rather than send fewer bytes than promised.
                failure = POSIXError(.EIO)
                status = .error
                return -1
            }
            position += Int64(read)
            return read
        }

        override func getBuffer(
            _ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length: UnsafeMutablePointer<Int>
        ) -> Bool {
            false
        }
    }
#endif
