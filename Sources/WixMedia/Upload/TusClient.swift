import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The requests of the tus 1.0.0 protocol that a Wix resumable upload uses: create (the creation extension),
/// `PATCH` a chunk, and `HEAD` for the offset to resume from.
struct TusClient {
    let connection: UploadConnection

    private static let version = "1.0.0"

    /// Creates an upload of `length` bytes at `endpoint` and returns its URL.
    ///
    /// - Parameter metadata: The `Upload-Metadata` pairs; values are sent base64-encoded, as tus requires.
    func create(at endpoint: URL, length: Int64, metadata: KeyValuePairs<String, String>) async throws -> URL {
        var request = makeRequest(.post, endpoint)
        request.setValue(String(length), forHTTPHeaderField: "Upload-Length")
        request.setValue(
            metadata.map { "\($0.key) \(Data($0.value.utf8).base64EncodedString())" }.joined(separator: ","),
            forHTTPHeaderField: "Upload-Metadata")
        let (body, response) = try await connection.send(request)
        // tus allows a Location relative to the endpoint; resolving it is RFC 3986's job.
        guard let location = response.headerValue(for: "Location"),
            let upload = URL(string: location, relativeTo: endpoint)?.absoluteURL
        else {
            throw WixMediaError.undecodableResponse(
                statusCode: response.statusCode, body: body, underlying: UploadError.missingLocation)
        }
        return upload
    }

    /// Sends `chunk` as the bytes from `offset` on and returns the offset the server confirms, which must show
    /// progress and cannot pass the chunk's end; a server may keep less than the whole chunk.
    func patch(_ chunk: UploadChunk, at offset: Int64, to upload: URL) async throws -> Int64 {
        var request = makeRequest(.patch, upload)
        request.setValue(String(offset), forHTTPHeaderField: "Upload-Offset")
        request.setValue("application/offset+octet-stream", forHTTPHeaderField: "Content-Type")
        chunk.attach(to: &request)
        let (body, response) = try await connection.send(request)
        return try Self.offset(in: body, response, within: (offset + 1)...(offset + Int64(chunk.count)))
    }

    /// How many bytes of the `length`-byte upload the server holds, which cannot be fewer than the `confirmed`
    /// bytes it has already acknowledged.
    ///
    /// - Throws: `WixMediaError.undecodableResponse` with `UploadError.uploadOffsetMovedBack` when the server
    ///   reports fewer than `confirmed` bytes: counting that as a place to resume from would let a server that
    ///   keeps losing bytes take the same ones again and again.
    func offset(of upload: URL, length: Int64, confirmed: Int64) async throws -> Int64 {
        var request = makeRequest(.head, upload)
        // tus servers answer HEAD with `Cache-Control: no-store`; a cached offset would resume at the wrong byte.
        request.cachePolicy = .reloadIgnoringLocalCacheData
        let (body, response) = try await connection.send(request)
        let offset = try Self.offset(in: body, response, within: 0...length)
        guard offset >= confirmed else {
            throw WixMediaError.undecodableResponse(
                statusCode: response.statusCode, body: body,
                underlying: UploadError.uploadOffsetMovedBack(confirmed: confirmed, reported: offset))
        }
        return offset
    }

    private func makeRequest(_ method: HTTPMethod, _ url: URL) -> URLRequest {
        var request = URLRequest(url: url)
        request.httpMethod = method.rawValue
        request.setValue(Self.version, forHTTPHeaderField: "Tus-Resumable")
        return request
    }

    private static func offset(
        in body: Data, _ response: HTTPResponse, within valid: ClosedRange<Int64>
    ) throws -> Int64 {
        let header = response.headerValue(for: "Upload-Offset")
        guard let offset = header.flatMap({ Int64($0.trimmingCharacters(in: .whitespaces)) }), valid.contains(offset)
        else {
            throw WixMediaError.undecodableResponse(
                statusCode: response.statusCode, body: body, underlying: UploadError.invalidUploadOffset(header))
        }
        return offset
    }
}
