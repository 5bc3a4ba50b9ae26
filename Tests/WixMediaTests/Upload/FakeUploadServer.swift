import Foundation
import WixMedia

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Wix's upload side in memory, behind a ``FakeTransport``: answers the two Generate Upload URL calls, the
/// upload `PUT`, and a tus 1.0.0 endpoint (create, `PATCH`, `HEAD`, finalise), keeps the bytes it receives, logs
/// every request, and breaks requests on cue.
actor FakeUploadServer {
    static let simpleUploadURL = "https://upload.example/upload/eyJvbmUtc2hvdCJ9"
    static let tusEndpoint = "https://upload.example/upload/tus"
    static let uploadToken = "eyJhbGciOiJIUzI1NiJ9.eyJ1cGxvYWQiOjF9.c2lnbmF0dXJl"
    /// Where the created tus upload lives, relative to the endpoint as tus allows.
    static let uploadLocation = "/upload/tus/files/7"
    static let uploadURL = "https://upload.example/upload/tus/files/7"
    static let finaliseURLPrefix = tusEndpoint + "/" + uploadToken + "?filename="

    /// How to break a request instead of answering it normally.
    enum Fault: Sendable {
        /// Store the first `bytes` of a `PATCH`, then lose the connection.
        case dropAfter(bytes: Int)
        /// Lose the connection before doing anything.
        case drop
        /// Answer with this status, body and headers, doing nothing.
        case reply(Int, body: String = "", headers: [HTTPHeader] = [])
    }

    private(set) var requests: [URLRequest] = []
    /// The requests whose body came as a stream, as `METHOD Transfer-Encoding: value`.
    private(set) var streamedBodies: [String] = []
    /// The bytes of the one-shot `PUT`.
    private(set) var putBody: Data?
    /// The bytes the tus upload holds.
    private(set) var tusBytes = Data()
    private var uploadLength: Int64?
    private var faults: [String: [Fault?]] = [:]
    private var repeatsFaults: Set<String> = []

    /// Overrides of the normal answers, for testing how the client reads odd ones.
    var generateUploadURLAnswer = #"{ "uploadUrl": "\#(simpleUploadURL)" }"#
    var generateResumableAnswer =
        #"{ "uploadProtocol": "TUS", "uploadUrl": "\#(tusEndpoint)", "uploadToken": "\#(uploadToken)" }"#
    var createHeaders = [HTTPHeader(name: "Location", value: uploadLocation)]
    /// The most bytes of a `PATCH` the server keeps, as a tus server may.
    var maxBytesKeptPerPatch = Int.max
    /// Leaves `Upload-Offset` out of `PATCH` answers.
    var omitsPatchOffset = false
    /// Loses every byte it holds when it breaks a `PATCH`, confirmed or not, as a hostile or broken host may:
    /// its `HEAD` then answers with an offset behind the one it confirmed.
    var losesBytesOnFault = false

    /// A client whose every request, to the API and to the upload host, this server answers.
    nonisolated var client: WixMediaClient {
        .testing(transport: FakeTransport { request in try await self.handle(request) })
    }

    /// Breaks the coming requests with `method` in turn: the first by `faults[0]`, and so on; `nil` answers
    /// normally. With `repeating`, the list starts again when it is used up, for ever.
    func setFaults(_ faults: [Fault?], for method: String, repeating: Bool = false) {
        self.faults[method] = faults
        if repeating { repeatsFaults.insert(method) } else { repeatsFaults.remove(method) }
    }

    /// Changes the server's settings: `server.configure { $0.omitsPatchOffset = true }`.
    func configure(_ change: @Sendable (isolated FakeUploadServer) -> Void) {
        change(self)
    }

    /// The requests to the upload host (not the API), as `METHOD url`.
    var uploadHostRequests: [String] {
        requests.filter { $0.url?.host == "upload.example" }.map { "\($0.httpMethod ?? "?") \($0.url!.absoluteString)" }
    }

    /// The `PATCH` requests, as `(Upload-Offset, body size)`.
    var patches: [(offset: String?, size: Int)] {
        requests.filter { $0.httpMethod == "PATCH" }.map {
            ($0.value(forHTTPHeaderField: "Upload-Offset"), $0.httpBody?.count ?? 0)
        }
    }

    func handle(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        if request.httpBodyStream != nil {
            streamedBodies.append(
                "\(request.httpMethod ?? "?") Transfer-Encoding: \(request.value(forHTTPHeaderField: "Transfer-Encoding") ?? "none")"
            )
        }
        let request = try request.readingBodyStream()
        requests.append(request)
        // A client that keeps sending the same request fails the test instead of hanging it.
        guard requests.count <= 1_000 else { throw TestFailure("runaway client: over 1,000 requests") }
        let method = request.httpMethod ?? "GET"
        let fault = faults[method]?.isEmpty == false ? faults[method]!.removeFirst() : nil
        if repeatsFaults.contains(method) { faults[method]!.append(fault) }
        if fault != nil, method == "PATCH", losesBytesOnFault { tusBytes = Data() }
        switch fault {
        case .drop?:
            throw Self.connectionLost(request)
        case .reply(let status, let body, let headers)?:
            return (Data(body.utf8), HTTPResponse(statusCode: status, headers: headers))
        case .dropAfter(let bytes)?:
            tusBytes += (request.httpBody ?? Data()).prefix(bytes)
            throw Self.connectionLost(request)
        case nil:
            return try answer(request, method: method)
        }
    }

    /// A lost connection as URLSession reports it: the failing URL in `userInfo`, twice, and once more in the
    /// underlying error, so that error descriptions show it unless the client redacts it.
    static func connectionLost(_ request: URLRequest) -> URLError {
        guard let url = request.url else { return URLError(.networkConnectionLost) }
        let failingURL: [String: Any] = [
            NSURLErrorFailingURLErrorKey: url, "NSErrorFailingURLStringKey": url.absoluteString,
        ]
        let underlying = NSError(
            domain: "kCFErrorDomainCFNetwork", code: -1005,
            userInfo: failingURL.merging([NSLocalizedDescriptionKey: "Lost the connection to \(url)"]) { $1 })
        return URLError(
            .networkConnectionLost,
            userInfo: failingURL.merging([NSUnderlyingErrorKey: underlying, "_kCFStreamErrorCodeKey": 57]) { $1 })
    }

    private func answer(_ request: URLRequest, method: String) throws -> (Data, HTTPResponse) {
        let url = try requireURL(request.url)
        switch (method, url.absoluteString) {
        case ("POST", "https://www.wixapis.com/site-media/v1/files/generate-upload-url"):
            return ok(generateUploadURLAnswer)
        case ("POST", "https://www.wixapis.com/site-media/v1/files/generate-resumable-upload-url"):
            return ok(generateResumableAnswer)
        case ("PUT", let target) where target.hasPrefix(Self.simpleUploadURL + "?"):
            putBody = request.httpBody ?? Data()
            return ok(Self.fileJSON(name: Self.fileName(in: url), size: putBody!.count))
        case ("POST", Self.tusEndpoint):
            uploadLength = request.value(forHTTPHeaderField: "Upload-Length").flatMap { Int64($0) }
            return (Data(), HTTPResponse(statusCode: 201, headers: createHeaders))
        case ("PATCH", Self.uploadURL):
            return patch(request)
        case ("HEAD", Self.uploadURL):
            return (Data(), HTTPResponse(statusCode: 200, headers: offsetHeader))
        case ("PUT", let target) where target.hasPrefix(Self.finaliseURLPrefix):
            guard Int64(tusBytes.count) == uploadLength else { return (Data(), HTTPResponse(statusCode: 400)) }
            return ok(Self.fileJSON(name: Self.fileName(in: url), size: tusBytes.count))
        default:
            return (Data(#"{ "message": "no such route" }"#.utf8), HTTPResponse(statusCode: 404))
        }
    }

    private func patch(_ request: URLRequest) -> (Data, HTTPResponse) {
        guard request.value(forHTTPHeaderField: "Upload-Offset") == String(tusBytes.count) else {
            return (Data(), HTTPResponse(statusCode: 409))  // tus: offset mismatch
        }
        tusBytes += (request.httpBody ?? Data()).prefix(maxBytesKeptPerPatch)
        return (Data(), HTTPResponse(statusCode: 204, headers: omitsPatchOffset ? [] : offsetHeader))
    }

    private var offsetHeader: [HTTPHeader] {
        [
            HTTPHeader(name: "Upload-Offset", value: String(tusBytes.count)),
            HTTPHeader(name: "Tus-Resumable", value: "1.0.0"),
        ]
    }

    private func ok(_ body: String) -> (Data, HTTPResponse) {
        (Data(body.utf8), HTTPResponse(statusCode: 200))
    }

    private static func fileName(in url: URL) -> String {
        URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "filename" }?.value
            ?? ""
    }

    /// An upload answer in the shape of §7.1's example, for a file of `size` bytes named `name`.
    static func fileJSON(name: String, size: Int) -> String {
        let file: [String: Any] = [
            "id": "2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg", "displayName": name,
            "parentFolderId": "media-root",
            "sizeInBytes": String(size), "operationStatus": "READY", "mediaType": "IMAGE",
        ]
        let data = try! JSONSerialization.data(withJSONObject: ["file": file])
        return String(decoding: data, as: UTF8.self)
    }

    private func requireURL(_ url: URL?) throws -> URL {
        guard let url else { throw TestFailure("a request without a URL") }
        return url
    }
}
