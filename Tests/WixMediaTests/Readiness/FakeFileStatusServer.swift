import Foundation
import WixMedia

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Get File Descriptors in memory: each file goes through a scripted list of statuses, one per time it is asked
/// about, and stays at the last.
actor FakeFileStatusServer {
    private let script: [String: [OperationStatus]]
    private var looks: [String: Int] = [:]
    /// The file IDs of each request, in order.
    private(set) var requestedBatches: [[String]] = []

    /// `script` maps a file ID to its statuses; a file not in it is left out of every answer.
    init(_ script: [String: [OperationStatus]]) {
        self.script = script
    }

    nonisolated var client: WixMediaClient {
        .testing(transport: FakeTransport { request in try await self.handle(request) })
    }

    private func handle(_ request: URLRequest) throws -> (Data, HTTPResponse) {
        guard request.url?.path == "/site-media/v1/files/get-files", let body = request.httpBody else {
            throw TestFailure("unexpected request \(request.url?.absoluteString ?? "?")")
        }
        let fileIDs = try JSONDecoder().decode([String: [String]].self, from: body)["fileIds"] ?? []
        requestedBatches.append(fileIDs)
        let files: [[String: Any]] = fileIDs.compactMap { id in
            guard let statuses = script[id] else { return nil }
            let look = looks[id, default: 0]
            looks[id] = look + 1
            return ["id": id, "operationStatus": statuses[min(look, statuses.count - 1)].rawValue]
        }
        return (try JSONSerialization.data(withJSONObject: ["files": files]), HTTPResponse(statusCode: 200))
    }
}
