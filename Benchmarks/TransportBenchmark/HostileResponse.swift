import Foundation
import TestingSupport

/// The responses of issue #13 that grew the process without bound before the transport capped bodies.
enum HostileResponse: String, CaseIterable {
    /// A `Content-Length` of `size`, with that many bytes behind it.
    case contentLength = "content-length"
    /// `Content-Encoding: gzip`: a body about 160 times smaller than the `size` it inflates to.
    case gzipBomb = "gzip-bomb"
    /// A chunked body that never ends.
    case endlessChunked = "endless-chunked"

    /// A one-connection server that sends this response of `size` bytes (ignored when endless), writing it in
    /// 1 MiB pieces for as long as the client reads.
    func server(size: Int) throws -> LoopbackHTTPServer {
        let piece = Data(count: 1_048_576)
        switch self {
        case .contentLength:
            return try LoopbackHTTPServer(lifetime: 120) { _, connection in
                guard
                    connection.write(
                        LoopbackHTTPServer.head(status: "200 OK", headers: [("Content-Length", "\(size)")]))
                else { return }
                var sent = 0
                while sent < size, connection.write(piece.prefix(size - sent)) {
                    sent += piece.count
                }
            }
        case .gzipBomb:
            let body = GzipZeros.member(count: size)
            return try LoopbackHTTPServer(lifetime: 120) { _, connection in
                guard
                    connection.write(
                        LoopbackHTTPServer.head(
                            status: "200 OK",
                            headers: [("Content-Encoding", "gzip"), ("Content-Length", "\(body.count)")]))
                else { return }
                connection.write(body)
            }
        case .endlessChunked:
            let chunk = Data("100000\r\n".utf8) + piece + Data("\r\n".utf8)
            return try LoopbackHTTPServer(lifetime: 120) { _, connection in
                guard
                    connection.write(
                        LoopbackHTTPServer.head(status: "200 OK", headers: [("Transfer-Encoding", "chunked")]))
                else { return }
                while connection.write(chunk) {}
            }
        }
    }
}
