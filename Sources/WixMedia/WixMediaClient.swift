import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The entry point: sends the generated operations to Wix with your credentials.
///
/// ```swift
/// let client = WixMediaClient(credentials: .apiKey(key, siteID: siteID))
/// let page = try await client.files.listFiles(parentFolderID: "media-root")
/// ```
public struct WixMediaClient: APIRequestSender {
    public let credentials: Credentials
    public let configuration: WixMediaConfiguration
    public let transport: any HTTPTransport

    /// Creates a client; the transport defaults to `URLSession`, and can be replaced or wrapped
    /// (logging, metrics, extra headers) without touching the rest.
    public init(
        credentials: Credentials, configuration: WixMediaConfiguration = WixMediaConfiguration(),
        transport: any HTTPTransport = URLSessionTransport()
    ) {
        self.credentials = credentials
        self.configuration = configuration
        self.transport = transport
    }

    /// File operations: upload, import, list, search, update, download, delete and restore.
    public var files: FilesClient { FilesClient(sender: self) }
    /// Folder operations: create, list, search, update, download, delete and restore.
    public var folders: FoldersClient { FoldersClient(sender: self) }

    public func send<Operation: APIOperation>(_ operation: Operation) async throws -> Operation.Response {
        var request: HTTPRequest
        do {
            request = try operation.makeRequest()
        } catch {
            throw WixMediaError.invalidRequest(underlying: error)
        }
        request.headers += credentials.headers
        let urlRequest = request.urlRequest(baseURL: configuration.baseURL, timeout: configuration.timeout)
        let body: Data
        let response: HTTPResponse
        do {
            (body, response) = try await transport.send(urlRequest)
        } catch {
            throw Self.classify(error)
        }
        guard (200..<300).contains(response.statusCode) else {
            throw WixAPIError<Operation.ErrorCode>(
                statusCode: response.statusCode, body: body, requestID: response.headerValue(for: "x-wix-request-id"))
        }
        do {
            return try operation.decodeResponse(body, response)
        } catch {
            throw WixMediaError.undecodableResponse(statusCode: response.statusCode, body: body, underlying: error)
        }
    }

    /// Sorts transport failures into the cases callers handle differently.
    static func classify(_ error: any Error) -> WixMediaError {
        if error is CancellationError { return .cancelled }
        if let urlError = error as? URLError {
            switch urlError.code {
            case .cancelled: return .cancelled
            case .timedOut: return .timedOut
            default: return .transport(underlying: urlError)
            }
        }
        return .transport(underlying: error)
    }
}
