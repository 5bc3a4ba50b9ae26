import Foundation
import WixMedia

/// What a client's `onDecodingProblems` received.
final class ProblemReports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [(operationID: String, problems: [DecodingProblem])] = []

    func add(_ operationID: String, _ problems: [DecodingProblem]) {
        lock.withLock { reports.append((operationID, problems)) }
    }

    var all: [(operationID: String, problems: [DecodingProblem])] {
        lock.withLock { reports }
    }
}

extension WixMediaClient {
    /// A client over `transport` that decodes under `policy` and hands its problems to `reports`.
    static func decoding(
        _ policy: DecodingPolicy, reports: ProblemReports? = nil, retryPolicy: RetryPolicy = .none,
        transport: FakeTransport
    ) -> WixMediaClient {
        var configuration = WixMediaConfiguration(retryPolicy: retryPolicy, rateLimit: nil, decodingPolicy: policy)
        if let reports { configuration.onDecodingProblems = { reports.add($0, $1) } }
        return WixMediaClient(
            credentials: .apiKey("test-api-key", siteID: "49dcb500-1081-47b0-b13b-368b9bed8fa9"),
            configuration: configuration, transport: transport)
    }
}
