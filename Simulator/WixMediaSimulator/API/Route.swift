import Foundation
import WixMedia

/// One endpoint: a method and path pattern, the schema operation it implements, and how to answer it.
struct Route: Sendable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter
    }

    let method: String
    let segments: [Segment]
    /// The schema's `operationId`, which requests are counted and faults are targeted by.
    let operationID: String
    /// False only for the upload host's routes, whose URL or token authorises them instead (facts §1.2, §7).
    let requiresAuthorization: Bool
    /// Answers a request whose path matched, given the path parameters in order.
    let respond:
        @Sendable (_ request: SimulatorRequest, _ parameters: [String], _ store: MediaStore) throws ->
            SimulatorResponse

    /// The path parameters if `request` is for this route, nil otherwise.
    func match(method: String, segments requestSegments: [String]) -> [String]? {
        guard method == self.method, requestSegments.count == segments.count else { return nil }
        var parameters: [String] = []
        for (pattern, segment) in zip(segments, requestSegments) {
            switch pattern {
            case .literal(let literal) where literal != segment: return nil
            case .literal: continue
            case .parameter: parameters.append(segment)
            }
        }
        return parameters
    }

    /// How many segments are parameters: fewer means more specific, so `/folders/search` wins over
    /// `/folders/{folderId}`.
    var parameterCount: Int { segments.filter { $0 == .parameter }.count }

    /// A route for a generated operation, at the method and path its `APIEndpoint` states: `decode` reads the
    /// operation value out of the request, `handle` runs it on the store's state, and the response is encoded
    /// with the generated model.
    init<Operation: APIOperation>(
        _ operation: Operation.Type,
        decode: @escaping @Sendable (_ inputs: RequestInputs) throws -> Operation,
        handle: @escaping @Sendable (inout MediaState, Operation) throws -> Operation.Response
    ) where Operation.Response: Encodable {
        guard let endpoint = Operation.endpoint else {
            preconditionFailure("\(Operation.self) is not a generated operation: it states no endpoint")
        }
        let names = Self.segments(of: endpoint.pathTemplate).compactMap(\.placeholder)
        self.init(
            endpoint.method.rawValue, endpoint.pathTemplate, operationID: Operation.operationID,
            requiresAuthorization: true
        ) { request, parameters, store in
            let pathValues = Dictionary(zip(names, parameters), uniquingKeysWith: { first, _ in first })
            let value = try decode(RequestInputs(request: request, endpoint: endpoint, pathValues: pathValues))
            let response = try store.withState { try handle(&$0, value) }
            return .json(try WireJSON.encode(response))
        }
    }

    /// A route for an operation whose only input is its JSON body.
    init<Operation: BodyOperation>(
        _ operation: Operation.Type,
        handle: @escaping @Sendable (inout MediaState, Operation) throws -> Operation.Response
    ) where Operation.Response: Encodable {
        self.init(
            operation, decode: { inputs in Operation(body: try inputs.request.body(Operation.Body.self)) },
            handle: handle)
    }

    /// A path template's segments, each a literal or a `{placeholder}`.
    private static func segments(of path: String) -> [(literal: String, placeholder: String?)] {
        path.split(separator: "/").map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}")
                ? (String(segment), String(segment.dropFirst().dropLast())) : (String(segment), nil)
        }
    }

    init(
        _ method: String, _ path: String, operationID: String, requiresAuthorization: Bool,
        respond:
            @escaping @Sendable (_ request: SimulatorRequest, _ parameters: [String], _ store: MediaStore) throws ->
            SimulatorResponse
    ) {
        self.method = method
        self.segments = Self.segments(of: path).map { $0.placeholder == nil ? .literal($0.literal) : .parameter }
        self.operationID = operationID
        self.requiresAuthorization = requiresAuthorization
        self.respond = respond
    }
}

/// A generated operation built from its request body alone.
protocol BodyOperation: APIOperation {
    associatedtype Body: Decodable
    init(body: Body)
}

extension Operations.GenerateFileUploadURL: BodyOperation {}
extension Operations.GenerateFileResumableUploadURL: BodyOperation {}
extension Operations.ImportFile: BodyOperation {}
extension Operations.BulkImportFile: BodyOperation {}
@available(*, deprecated, message: "Serves the deprecated Bulk Import Files operation.")
extension Operations.BulkImportFiles: BodyOperation {}
extension Operations.SearchFiles: BodyOperation {}
extension Operations.QueryFileDescriptors: BodyOperation {}
extension Operations.GetFileDescriptors: BodyOperation {}
extension Operations.UpdateFileDescriptor: BodyOperation {}
@available(*, deprecated, message: "Serves the deprecated Update File operation.")
extension Operations.UpdateFile: BodyOperation {}
extension Operations.GenerateFileDownloadURL: BodyOperation {}
extension Operations.GenerateFilesDownloadURL: BodyOperation {}
extension Operations.GenerateVideoStreamingURL: BodyOperation {}
extension Operations.BulkDeleteFiles: BodyOperation {}
extension Operations.BulkRestoreFilesFromTrashBin: BodyOperation {}
extension Operations.CreateFolder: BodyOperation {}
extension Operations.SearchFolders: BodyOperation {}
extension Operations.QueryFolders: BodyOperation {}
extension Operations.BulkDeleteFolders: BodyOperation {}
extension Operations.BulkRestoreFoldersFromTrashBin: BodyOperation {}
