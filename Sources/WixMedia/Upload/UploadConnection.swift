import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends the requests of one upload and turns their answers into the client's errors and files.
struct UploadConnection: Sendable {
    let sender: any UploadRequestSender

    /// Sends `request` unless the task is cancelled, and returns a 2xx answer.
    ///
    /// - Throws: `WixMediaError.cancelled` before sending from a cancelled task; `WixAPIError`
    ///   for any other status; the other `WixMediaError`s for transport failures.
    func send(_ request: URLRequest) async throws -> (body: Data, response: HTTPResponse) {
        if Task.isCancelled { throw WixMediaError.cancelled }
        let body: Data
        let response: HTTPResponse
        do {
            (body, response) = try await sender.sendUploadRequest(request)
        } catch let error as WixMediaError {
            throw error
        } catch {
            throw WixMediaClient.classify(error)
        }
        guard (200..<300).contains(response.statusCode) else {
            throw WixAPIError(response: response, body: body)
        }
        return (body, response)
    }

    /// Sends a request that finishes an upload and decodes the new file from its `{ "file": … }` answer.
    func sendForFile(_ request: URLRequest) async throws -> FileDescriptor {
        let (body, response) = try await send(request)
        do {
            return try JSONDecoder().decode(UploadedFile.self, from: body).file
        } catch {
            throw WixMediaError.undecodableResponse(statusCode: response.statusCode, body: body, underlying: error)
        }
    }
}

/// The answer to the upload `PUT` and to the finalising `PUT` of a resumable upload.
private struct UploadedFile: Decodable {
    var file: FileDescriptor
}
