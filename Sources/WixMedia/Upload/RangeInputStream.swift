import Foundation

// Only built where it is used: Apple's URLSession reads body streams through CFNetwork, which does not take
// `InputStream` subclasses reliably, so request bodies stay `Data` there.
#if canImport(FoundationNetworking)
    /// An input stream over `count` bytes of an upload from `offset` on, read in the pieces the reader asks for.
    ///
    /// FoundationNetworking copies a `Data` body into a buffer of its own before sending it, and glibc keeps such
    /// large freed buffers in per-thread arenas, so 8 MiB chunks sent as `Data` held about 50 MiB at the peak of
    /// a 1 GiB upload (`make bench`); streamed, a chunk costs a few reads of libcurl's upload buffer. Progress is
    /// not counted here but by the transport (`RequestBodyProgress`), the same way on every platform.
    ///
    /// A redirected request (307, 308) sends the range again through ``replay()``.
    final class RangeInputStream: InputStream, ReplayableBodyStream {
        /// Copies up to `buffer.count` bytes from the given offset into `buffer` and returns how many; keeps what
        /// it reads (an open file, a `Data`) for as long as the stream lives.
        typealias Reader = (_ buffer: UnsafeMutableRawBufferPointer, _ offset: Int64) throws -> Int

        private let reader: Reader
        private let start: Int64
        private var position: Int64
        private let end: Int64
        private var status = Stream.Status.notOpen
        private var failure: (any Error)?

        convenience init(offset: Int64, count: Int, reader: @escaping Reader) {
            self.init(start: offset, end: offset + Int64(count), reader: reader)
        }

        private init(start: Int64, end: Int64, reader: @escaping Reader) {
            self.reader = reader
            self.start = start
            self.position = start
            self.end = end
            super.init(data: Data())
        }

        func replay() -> InputStream {
            RangeInputStream(start: start, end: end, reader: reader)
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
            let read: Int
            do {
                read = try reader(UnsafeMutableRawBufferPointer(start: buffer, count: wanted), position)
            } catch {
                failure = error
                status = .error
                return -1
            }
            guard read > 0 else {
                // The source is shorter than when the upload began: fail rather than send fewer bytes than promised.
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
