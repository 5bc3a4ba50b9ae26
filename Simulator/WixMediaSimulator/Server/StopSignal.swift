#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wakes every server thread at once when the simulator stops.
///
/// A self-pipe: threads wait in `poll` on their socket *and* the pipe's read end, and stopping writes one byte
/// that is never read, so the pipe stays readable and every present and future wait returns. This works on
/// Linux and Darwin alike, unlike shutting down a listening socket, which wakes `accept` only on Linux.
final class StopSignal: Sendable {
    private let readEnd: Int32
    private let writeEnd: Int32

    init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SocketError("pipe") }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Wakes all waiters, now and later.
    func fire() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// What ended a wait.
    enum WaitResult {
        case readable
        case stopped
        case timedOut
    }

    /// Waits until `socket` has something to read (or was closed by the peer), the signal fires, or `timeout`
    /// passes (`nil`: no limit).
    func wait(forReadable socket: Socket?, timeout: Duration? = nil) -> WaitResult {
        var descriptors = [pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)]
        if let socket {
            descriptors.append(pollfd(fd: socket.descriptor, events: Int16(POLLIN), revents: 0))
        }
        let milliseconds =
            timeout.map {
                Int32(clamping: $0.components.seconds * 1_000 + $0.components.attoseconds / 1_000_000_000_000_000)
            } ?? -1
        while true {
            let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
            if ready < 0, errno == EINTR { continue }
            if ready <= 0 { return ready == 0 ? .timedOut : .stopped }
            if descriptors[0].revents != 0 { return .stopped }
            return .readable
        }
    }

    /// Whether the signal has fired.
    var hasFired: Bool {
        wait(forReadable: nil, timeout: .zero) == .stopped
    }
}
