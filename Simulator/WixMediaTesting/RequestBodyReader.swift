import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Reads the body of a request the way URL loading would send it.
enum RequestBodyReader {
    /// How many bytes one read of a body stream asks for.
    private static let readSize = 64 * 1_024

    /// `httpBody`, or else everything `httpBodyStream` yields (read from where it stands to its end), or else
    /// no bytes.
    ///
    /// - Throws: `URLError(.cannotDecodeRawData)`, with the stream's error as `NSUnderlyingErrorKey`, when the
    ///   stream fails — a file that shrank while being uploaded, say.
    static func body(of request: URLRequest) throws -> Data {
        if let body = request.httpBody { return body }
        guard let stream = request.httpBodyStream else { return Data() }
        if stream.streamStatus == .notOpen { stream.open() }
        defer { stream.close() }
        var body = Data()
        var buffer = [UInt8](repeating: 0, count: readSize)
        while true {
            let count = buffer.withUnsafeMutableBufferPointer { stream.read($0.baseAddress!, maxLength: readSize) }
            if count == 0 { return body }
            guard count > 0 else {
                var userInfo: [String: Any] = [NSLocalizedDescriptionKey: "The request's body stream failed."]
                userInfo[NSUnderlyingErrorKey] = stream.streamError
                throw URLError(.cannotDecodeRawData, userInfo: userInfo)
            }
            body.append(contentsOf: buffer[..<count])
        }
    }
}
