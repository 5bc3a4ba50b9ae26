import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The bytes one request of an upload carries: already in memory, or a stream that reads them from a file
/// while the request is sent.
enum UploadChunk {
    case data(Data)
    case stream(InputStream, count: Int)

    /// The number of bytes.
    var count: Int {
        switch self {
        case .data(let data): data.count
        case .stream(_, let count): count
        }
    }

    /// Makes the chunk the body of `request`.
    func attach(to request: inout URLRequest) {
        switch self {
        case .data(let data):
            request.httpBody = data
        case .stream(let stream, let count):
            request.httpBodyStream = stream
            request.setValue(String(count), forHTTPHeaderField: "Content-Length")
            #if canImport(FoundationNetworking)
                // FoundationNetworking sends every stream body chunked, even with a Content-Length, which then
                // goes out next to `Transfer-Encoding: chunked` (a malformed request). A header whose value is
                // only blank is libcurl's documented way to drop one of its own headers, so the body goes out
                // plain, delimited by the Content-Length above.
                request.setValue(" ", forHTTPHeaderField: "Transfer-Encoding")
            #endif
        }
    }
}
