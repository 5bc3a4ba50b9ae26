import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-shot HTTP server on 127.0.0.1 for transport tests.
///
/// It accepts a single connection, records the request, and either answers with a fixed response or, when
/// there is none, holds the connection open without answering. It stops by itself once done or after
/// `lifetime` seconds, whichever comes first, so a failing test cannot leave it running.
final class LoopbackHTTPServer: @unchecked Sendable {
    // @unchecked: the recorded request is guarded by `lock`; the descriptors are used by the server thread only.
    enum ServerError: Error {
        case system(String, Int32)
    }

    let port: UInt16
    private let listener: Int32
    private let response: Data?
    private let lifetime: TimeInterval
    private let lock = NSLock()
    private var request = Data()
    private let finished = DispatchSemaphore(value: 0)

    /// Starts listening on an ephemeral port.
    init(response: Data?, lifetime: TimeInterval = 10) throws {
        self.response = response
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

    /// The raw bytes of the request received so far.
    var receivedRequest: Data {
        lock.lock()
        defer { lock.unlock() }
        return request
    }

    /// Waits until the server has closed everything, up to `timeout` seconds.
    @discardableResult
    func waitUntilFinished(timeout: TimeInterval) -> Bool {
        finished.wait(timeout: .now() + timeout) == .success
    }

    /// A fixed HTTP/1.1 response that closes the connection.
    static func response(status: String, headers: [(String, String)], body: String) -> Data {
        var text = "HTTP/1.1 \(status)\r\n"
        for (name, value) in headers {
            text += "\(name): \(value)\r\n"
        }
        text += "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        return Data(text.utf8)
    }

    private func serve() {
        let deadline = Date().addingTimeInterval(lifetime)
        defer {
            close(listener)
            finished.signal()
        }
        guard Self.waitReadable(listener, until: deadline) else { return }
        let client = accept(listener, nil, nil)
        guard client >= 0 else { return }
        defer { close(client) }
        Self.disableSIGPIPE(client)

        readRequest(from: client, until: deadline)
        if let response {
            Self.writeAll(response, to: client)
        } else {
            // Hold the connection without answering until the client gives up or the lifetime ends.
            var buffer = [UInt8](repeating: 0, count: 1_024)
            while Self.waitReadable(client, until: deadline), read(client, &buffer, buffer.count) > 0 {}
        }
    }

    private func readRequest(from client: Int32, until deadline: Date) {
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while !isRequestComplete(), Self.waitReadable(client, until: deadline) {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { return }
            lock.lock()
            request.append(contentsOf: buffer[0..<count])
            lock.unlock()
        }
    }

    /// Whether the header block and as many body bytes as `Content-Length` announces have arrived.
    private func isRequestComplete() -> Bool {
        let data = receivedRequest
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

    private static func waitReadable(_ descriptor: Int32, until deadline: Date) -> Bool {
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

    private static func writeAll(_ data: Data, to descriptor: Int32) {
        #if canImport(Darwin)
            let flags: Int32 = 0
        #else
            let flags = Int32(MSG_NOSIGNAL)
        #endif
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, flags)
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
