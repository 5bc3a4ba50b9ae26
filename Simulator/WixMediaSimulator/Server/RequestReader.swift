import Foundation

/// Reads HTTP/1.1 requests, one after another, off a keep-alive connection.
struct RequestReader {
    /// What the next read produced.
    enum Outcome {
        /// A complete request — or one whose body was cut (``SimulatorRequest/bodyWasCut``) — and whether the
        /// connection stays open after it.
        case request(SimulatorRequest, keepAlive: Bool)
        /// The client closed the connection, or the server is stopping.
        case closed
        /// Bytes that are not a request this server accepts; answer with `status` and close.
        case rejected(status: Int, message: String)
    }

    static let maximumHeadBytes = 64 * 1_024
    static let maximumBodyBytes = 32 * 1_024 * 1_024

    let socket: Socket
    let stopSignal: StopSignal
    /// Bytes received but not yet consumed: the start of the next request when a client pipelines.
    private var buffer: [UInt8] = []

    init(socket: Socket, stopSignal: StopSignal) {
        self.socket = socket
        self.stopSignal = stopSignal
    }

    /// Reads the next request. `bodyCut` sees it before its body is read (`body` still empty) and may say how
    /// many bytes of the body to read at most before the connection is to be dropped.
    mutating func next(bodyCut: (SimulatorRequest) -> Int?) throws -> Outcome {
        let headEnd: Int
        switch try readHead() {
        case .complete(let end): headEnd = end
        case .closed: return .closed
        case .tooLarge: return .rejected(status: 431, message: "The request head is too large.")
        }
        guard let head = String(bytes: buffer[..<headEnd], encoding: .utf8) else {
            return .rejected(status: 400, message: "The request head is not UTF-8.")
        }
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else {
            return .rejected(status: 400, message: "Malformed request line.")
        }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else {
                return .rejected(status: 400, message: "Malformed header line.")
            }
            headers.append(
                (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }

        // URLSession sends bodies with a Content-Length; chunked uploads are not worth a parser here.
        if header("Transfer-Encoding") != nil {
            return .rejected(status: 501, message: "Chunked request bodies are not supported by the simulator.")
        }
        let length = Int(header("Content-Length") ?? "0") ?? -1
        guard length >= 0 else { return .rejected(status: 400, message: "Malformed Content-Length.") }
        guard length <= Self.maximumBodyBytes else { return .rejected(status: 413, message: "Body too large.") }

        let version = requestLine[2]
        let connection = header("Connection")?.lowercased()
        let keepAlive = version == "HTTP/1.1" ? connection != "close" : connection == "keep-alive"
        let target = URLComponentDecoding.split(target: String(requestLine[1]))
        var request = SimulatorRequest(
            method: String(requestLine[0]), pathSegments: target.segments, query: target.query, headers: headers,
            body: Data(), path: target.path)

        let bodyStart = headEnd + 4
        if buffer.count < bodyStart + length, header("Expect")?.lowercased() == "100-continue" {
            try socket.write(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        if let cut = bodyCut(request) {
            // Whatever arrives of the first `cut` bytes; the rest is never read, and the connection ends.
            let kept = min(max(0, cut), length)
            _ = try fill(toCount: bodyStart + kept)
            request.body = Data(buffer[bodyStart..<min(bodyStart + kept, buffer.count)])  // less if the client stopped
            request.bodyWasCut = true
            buffer.removeAll()
            return .request(request, keepAlive: false)
        }
        guard try fill(toCount: bodyStart + length) else { return .closed }
        request.body = Data(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeFirst(bodyStart + length)
        return .request(request, keepAlive: keepAlive)
    }

    private enum HeadRead {
        /// The buffer holds a whole head; its blank line starts at this index.
        case complete(Int)
        case closed
        case tooLarge
    }

    /// Reads until the buffer holds a whole request head.
    private mutating func readHead() throws -> HeadRead {
        var searchFrom = 0
        while true {
            if let end = Self.headEnd(in: buffer, from: searchFrom) { return .complete(end) }
            if buffer.count > Self.maximumHeadBytes { return .tooLarge }
            searchFrom = max(0, buffer.count - 3)
            guard try receiveMore() else { return .closed }
        }
    }

    private mutating func fill(toCount count: Int) throws -> Bool {
        while buffer.count < count {
            guard try receiveMore() else { return false }
        }
        return true
    }

    /// Appends what arrives next; false when the peer closed or the server stops.
    private mutating func receiveMore() throws -> Bool {
        guard stopSignal.wait(forReadable: socket) == .readable else { return false }
        let bytes = try socket.read(upTo: 64 * 1_024)
        buffer += bytes
        return !bytes.isEmpty
    }

    private static func headEnd(in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= 4 else { return nil }
        var index = start
        while index + 3 < bytes.count {
            if bytes[index] == 13, bytes[index + 1] == 10, bytes[index + 2] == 13, bytes[index + 3] == 10 {
                return index
            }
            index += 1
        }
        return nil
    }
}
