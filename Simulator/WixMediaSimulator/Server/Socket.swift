#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed socket call, with the `errno` it left.
struct SocketError: Error, CustomStringConvertible {
    /// The call that failed, such as `bind`.
    var call: String
    /// The `errno` value.
    var code: Int32

    init(_ call: String, code: Int32 = errno) {
        self.call = call
        self.code = code
    }

    var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
}

/// A blocking TCP socket descriptor; the owner closes it.
struct Socket: Sendable, Hashable {
    let descriptor: Int32

    /// A socket listening on 127.0.0.1 at `port` (0 picks a free one), and the port it got.
    static func listenOnLoopback(port: UInt16, backlog: Int32 = 128) throws -> (Socket, UInt16) {
        #if canImport(Glibc)
            let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw SocketError("socket") }
        let socket = Socket(descriptor: descriptor)
        do {
            var reuse: Int32 = 1
            guard setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size)) == 0
            else { throw SocketError("setsockopt(SO_REUSEADDR)") }

            var address = sockaddr_in()
            #if canImport(Darwin)
                address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
            #endif
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian  // 127.0.0.1 only, never a public interface
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else { throw SocketError("bind") }
            guard listen(descriptor, backlog) == 0 else { throw SocketError("listen") }

            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            }
            guard named == 0 else { throw SocketError("getsockname") }
            return (socket, UInt16(bigEndian: address.sin_port))
        } catch {
            socket.close()
            throw error
        }
    }

    /// Accepts a waiting connection.
    func accept() throws -> Socket {
        while true {
            #if canImport(Glibc)
                let accepted = Glibc.accept(descriptor, nil, nil)
            #else
                let accepted = Darwin.accept(descriptor, nil, nil)
            #endif
            if accepted >= 0 {
                let socket = Socket(descriptor: accepted)
                socket.disableSIGPIPE()
                return socket
            }
            if errno != EINTR { throw SocketError("accept") }
        }
    }

    /// Reads up to `capacity` bytes; an empty result means the peer closed the connection.
    func read(upTo capacity: Int) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: capacity)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, capacity, 0) }
            if count >= 0 { return Array(buffer.prefix(count)) }
            if errno != EINTR { throw SocketError("recv") }
        }
    }

    /// Writes all of `bytes`.
    func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                send(descriptor, buffer.baseAddress! + offset, bytes.count - offset, Self.sendFlags)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw SocketError("send")
            }
            offset += count
        }
    }

    /// Ends both directions at once, which also wakes a thread blocked reading this socket.
    func shutdown() {
        #if canImport(Glibc)
            _ = Glibc.shutdown(descriptor, Int32(SHUT_RDWR))
        #else
            _ = Darwin.shutdown(descriptor, SHUT_RDWR)
        #endif
    }

    func close() {
        #if canImport(Glibc)
            _ = Glibc.close(descriptor)
        #else
            _ = Darwin.close(descriptor)
        #endif
    }

    // A write to a connection the client already closed must fail with EPIPE, not kill the process with
    // SIGPIPE: Linux asks for that per call, Darwin per socket.
    #if canImport(Glibc)
        private static let sendFlags = Int32(MSG_NOSIGNAL)
        private func disableSIGPIPE() {}
    #else
        private static let sendFlags: Int32 = 0
        private func disableSIGPIPE() {
            var on: Int32 = 1
            _ = setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        }
    #endif
}
