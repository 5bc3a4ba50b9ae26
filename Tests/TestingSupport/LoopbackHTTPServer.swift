import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An HTTP server on 127.0.0.1 for transport tests and benchmarks.
///
/// It accepts up to `connections` connections one after another, records each request, and hands it to a
/// handler that answers through the ``Connection``: a fixed response, a body written piece by piece for as long
/// as the client reads, or nothing while it holds the connection open. It stops by itself once done or after
/// `lifetime` seconds, whichever comes first, so a failing test cannot leave it running.
public final class LoopbackHTTPServer: @unchecked Sendable {
    // @unchecked: the recorded requests are guarded by `lock`; the descriptors are used by the server thread only.
    public enum ServerError: Error {
        case system(String, Int32)
    }

    /// The client's end of one accepted connection, for the handler to answer on.
    public struct Connection {
        fileprivate let descriptor: Int32
        fileprivate let deadline: Date

        /// Writes `data`; `false` once the client has gone or the server's lifetime is over.
        @discardableResult
        public func write(_ data: Data) -> Bool {
            Date() < deadline && LoopbackHTTPServer.writeAll(data, to: descriptor)
        }

        /// Holds the connection without answering until the client gives up or the lifetime ends.
        public func holdOpen() {
            var buffer = [UInt8](repeating: 0, count: 1_024)
            while LoopbackHTTPServer.waitReadable(descriptor, until: deadline),
                read(descriptor, &buffer, buffer.count) > 0
            {}
        }
    }

    /// Answers one request (its raw bytes) on its connection, which closes when the handler returns.
    public typealias Handler = @Sendable (_ request: Data, _ connection: Connection) -> Void

    public let port: UInt16
    private let listener: Int32
    private let connections: Int
    private let handler: Handler
    private let lifetime: TimeInterval
    private let lock = NSLock()
    private var requests: [Data] = []
    private let finished = DispatchSemaphore(value: 0)

    /// Starts listening on an ephemeral port for one connection, answered with `response`, or held open without
    /// an answer when it is `nil`.
    public convenience init(response: Data?, lifetime: TimeInterval = 10) throws {
        try self.init(lifetime: lifetime) { _, connection in
            if let response {
                connection.write(response)
            } else {
                connection.holdOpen()
            }
        }
    }

    /// Starts listening on an ephemeral port for `connections` connections, each answered by `handler`.
    public init(connections: Int = 1, lifetime: TimeInterval = 10, handler: @escaping Handler) throws {
        self.connections = connections
        self.handler = handler
        self.lifetime = lifetime
        listener = try Self.makeListener()
        do {
            port = try Self.boundPort(of: listener)
        } catch {
            close(listener)
            throw error
        }
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// `http://127.0.0.1:port`.
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// The raw bytes of every request received so far, one after another.
    public var receivedRequest: Data {
        lock.withLock { requests.reduce(Data(), +) }
    }

    /// The raw bytes of each request received so far, in order.
    public var receivedRequests: [Data] {
        lock.withLock { requests }
    }

    /// Waits until the server has closed everything, up to `timeout` seconds.
    @discardableResult
    public func waitUntilFinished(timeout: TimeInterval) -> Bool {
        finished.wait(timeout: .now() + timeout) == .success
    }

    /// A fixed HTTP/1.1 response that closes the connection.
    public static func response(status: String, headers: [(String, String)], body: String) -> Data {
        head(status: status, headers: headers + [("Content-Length", "\(body.utf8.count)")]) + Data(body.utf8)
    }

    /// The status line and header block of a response that closes the connection, for a body written apart.
    public static func head(status: String, headers: [(String, String)]) -> Data {
        var text = "HTTP/1.1 \(status)\r\n"
        for (name, value) in headers {
            text += "\(name): \(value)\r\n"
        }
        text += "Connection: close\r\n\r\n"
        return Data(text.utf8)
    }

    private func serve() {
        let deadline = Date().addingTimeInterval(lifetime)
        defer {
            close(listener)
            finished.signal()
        }
        for _ in 0..<connections {
            guard Self.waitReadable(listener, until: deadline) else { return }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            Self.disableSIGPIPE(client)
            lock.withLock { requests.append(Data()) }
            let request = readRequest(from: client, until: deadline)
            handler(request, Connection(descriptor: client, deadline: deadline))
            close(client)
        }
    }

    private func readRequest(from client: Int32, until deadline: Date) -> Data {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while !Self.isComplete(received), Self.waitReadable(client, until: deadline) {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { break }
            received.append(contentsOf: buffer[0..<count])
            lock.withLock { requests[requests.count - 1] = received }
        }
        return received
    }

    /// Whether the header block and as many body bytes as `Content-Length` announces have arrived.
    private static func isComplete(_ data: Data) -> Bool {
        guard let headerEnd = data.range(of: Data("\r\n\r\n".utf8)) else { return false }
        let head = String(decoding: data[..<headerEnd.lowerBound], as: UTF8.self)
        let length =
            head.split(separator: "\r\n").lazy.compactMap { line -> Int? in
                let parts = line.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
                return Int(parts[1].trimmingCharacters(in: .whitespaces))
            }.first ?? 0
        return data.count - headerEnd.upperBound >= length
    }

    private static func makeListener() throws -> Int32 {
        #if canImport(Glibc)
            let streamType = Int32(SOCK_STREAM.rawValue)
        #else
            let streamType = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, streamType, 0)
        guard descriptor >= 0 else { throw ServerError.system("socket", errno) }

        var address = sockaddr_in()
        #if canImport(Darwin)
            address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 4) == 0 else {
            let code = errno
            close(descriptor)
            throw ServerError.system("bind/listen", code)
        }
        return descriptor
    }

    private static func boundPort(of descriptor: Int32) throws -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard result == 0 else { throw ServerError.system("getsockname", errno) }
        return UInt16(bigEndian: address.sin_port)
    }

    fileprivate static func waitReadable(_ descriptor: Int32, until deadline: Date) -> Bool {
        let remaining = Int32(max(0, min(deadline.timeIntervalSinceNow, 60)) * 1_000)
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, remaining) > 0
    }

    private static func disableSIGPIPE(_ descriptor: Int32) {
        #if canImport(Darwin)
            var on: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    fileprivate static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        #if canImport(Darwin)
            let flags: Int32 = 0
        #else
            let flags = Int32(MSG_NOSIGNAL)
        #endif
        return data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, flags)
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }
}
