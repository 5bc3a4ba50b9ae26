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
        } catch {
            // Keeps a `WixMediaError` as it is; sorts anything else.
            throw WixMediaError(classifying: error)
        }
        guard (200..<300).contains(response.statusCode) else {
            throw WixAPIError(response: response, body: body)
        }
        return (body, response)
    }

    /// Sends a request that finishes an upload and decodes the new file from its `{ "file": … }` answer.
    ///
    /// Wix has the bytes once this answer is 2xx, so nothing after it may look like a failure worth retrying. The
    /// answer decodes under the client's ``DecodingPolicy`` (tolerant for other senders; problems go to the
    /// client's `onDecodingProblems`), and an answer without a decodable file throws
    /// ``UploadError/acceptedButUndecodable(fileID:reason:)``, which carries the file's ID when the answer holds
    /// one and which neither the retry policy nor the resume budget repeats.
    ///
    /// - Throws: `WixMediaError.undecodableResponse` with `UploadError.acceptedButUndecodable` and the raw answer.
    func sendForFile(_ request: URLRequest) async throws -> FileDescriptor {
        let (body, response) = try await send(request)
        let configuration = (sender as? WixMediaClient)?.configuration
        let problems = DecodingProblems(policy: configuration?.decodingPolicy ?? .tolerant)
        let decoder = JSONDecoder()
        decoder.userInfo[.decodingProblems] = problems
        do {
            let file = try decoder.decode(UploadedFile.self, from: body).file
            let found = problems.problems
            if !found.isEmpty { configuration?.onDecodingProblems?(Self.finaliseOperationID, found) }
            return file
        } catch {
            let accepted = UploadError.acceptedButUndecodable(fileID: Self.fileID(in: body), reason: "\(error)")
            throw WixMediaError.undecodableResponse(statusCode: response.statusCode, body: body, underlying: accepted)
        }
    }

    /// The name under which problems in an upload's final answer are reported: it is no generated operation.
    static let finaliseOperationID = "uploadFile"

    /// `file.id` of an answer that did not decode as a whole, when it is a string.
    static func fileID(in body: Data) -> String? {
        guard case .object(let root)? = try? JSONDecoder().decode(JSONValue.self, from: body),
            case .object(let file)? = root["file"], case .string(let id)? = file["id"], !id.isEmpty
        else { return nil }
        return id
    }
}

/// The answer to the upload `PUT` and to the finalising `PUT` of a resumable upload.
private struct UploadedFile: Decodable {
    var file: FileDescriptor
}
