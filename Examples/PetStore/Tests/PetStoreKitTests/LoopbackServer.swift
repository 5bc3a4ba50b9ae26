import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for the example's tests: one request per connection, answered by a
/// handler and closed. It serves at most `connections` connections and stops by itself after `lifetime` seconds,
/// so a failing test cannot leave it running or wait on it for long.
final class LoopbackServer: Sendable {

    /// One request as received: what the handler routes by.
    struct Request: Sendable {
        var method: String
        /// The path without the query, percent-encoded as sent.
        var path: String
        /// The query items, percent-decoded, in order.
        var query: [URLQueryItem]
        /// The header fields, names lowercased.
        var headers: [String: String]
        var body: Data
    }

    /// What to answer: a status code and a JSON body.
    struct Response: Sendable {
        var status: Int
        var json: String
    }

    enum ServerError: Error {
        case system(String, Int32)
    }

    let port: UInt16

    /// Starts listening on an ephemeral port; `handler` answers each request on the server's own thread.
    init(
        connections: Int = 16, lifetime: TimeInterval = 10, handler: @escaping @Sendable (Request) -> Response
    ) throws {
        let listener = try Self.makeListener()
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        guard named == 0 else {
            close(listener)
            throw ServerError.system("getsockname", errno)
        }
        port = UInt16(bigEndian: address.sin_port)
        let deadline = Date().addingTimeInterval(lifetime)
        Thread {
            defer { close(listener) }
            for _ in 0..<connections {
                guard Self.waitReadable(listener, until: deadline) else { return }
                let client = accept(listener, nil, nil)
                guard client >= 0 else { return }
                if let request = Self.readRequest(from: client, until: deadline) {
                    Self.write(handler(request), to: client)
                }
                close(client)
            }
        }.start()
    }

    /// `http://127.0.0.1:<port>`.
    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    private static func makeListener() throws -> Int32 {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
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
        guard bound == 0, listen(descriptor, 8) == 0 else {
            let code = errno
            close(descriptor)
            throw ServerError.system("bind/listen", code)
        }
        return descriptor
    }

    /// Reads the header block and the `Content-Length` bytes after it; nil when the client goes quiet first.
    private static func readRequest(from client: Int32, until deadline: Date) -> Request? {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while waitReadable(client, until: deadline) {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { return nil }
            received.append(contentsOf: buffer[0..<count])
            if let request = parse(received) { return request }
        }
        return nil
    }

    /// The request, once all of it has arrived.
    private static func parse(_ data: Data) -> Request? {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let lines = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ")
        guard requestLine.count == 3 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let body = data[end.upperBound...]
        guard body.count >= Int(headers["content-length"] ?? "0") ?? 0 else { return nil }
        let target = URLComponents(string: String(requestLine[1]))
        return Request(
            method: String(requestLine[0]), path: target?.percentEncodedPath ?? "", query: target?.queryItems ?? [],
            headers: headers, body: Data(body))
    }

    private static func write(_ response: Response, to client: Int32) {
        let body = Data(response.json.utf8)
        let head =
            "HTTP/1.1 \(response.status) Status\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let bytes = Data(head.utf8) + body
        #if canImport(Darwin)
            var on: Int32 = 1
            setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
            let flags: Int32 = 0
        #else
            let flags = Int32(MSG_NOSIGNAL)
        #endif
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = send(client, buffer.baseAddress! + offset, buffer.count - offset, flags)
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    private static func waitReadable(_ descriptor: Int32, until deadline: Date) -> Bool {
        let milliseconds = Int32(max(0, min(deadline.timeIntervalSinceNow, 60)) * 1_000)
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) > 0
    }
}
