import Foundation
import WixMedia
import WixMediaSimulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Requests per second of `listFiles` (10 items a page) through the whole stack against an in-process
/// simulator: `requests` one after another, then `requests` spread over `concurrency` tasks.
func measureLoopback(
    requests: Int, concurrency: Int
) async throws -> (sequential: Double, concurrent: Double, counted: Int) {
    let simulator = try WixMediaSimulator()
    let transport = URLSessionTransport(configuration: .ephemeral)
    defer {
        transport.session.invalidateAndCancel()
        simulator.stop()
    }
    let client = WixMediaClient(
        credentials: .apiKey("bench", siteID: "bench"),
        // Unpaced: this measures how fast the stack can go, not Wix's limit.
        configuration: WixMediaConfiguration(baseURL: simulator.baseURL, retryPolicy: .none, rateLimit: nil),
        transport: transport)
    _ = try await client.files.bulkImportFile(
        importFileRequests: (0..<100).map { ImportFileRequest(url: "https://example.com/\($0).jpg") })

    @Sendable func listPage() async throws -> Int {
        try await client.files.listFiles(paging: CursorPaging(limit: 10)).files?.count ?? 0
    }

    var sequential = Measurement()
    _ = try await sequential.round(items: requests) {
        var received = 0
        for _ in 0..<requests {
            received += try await listPage()
        }
        return received
    }
    var concurrent = Measurement()
    _ = try await concurrent.round(items: requests) {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<concurrency {
                group.addTask {
                    var received = 0
                    for _ in stride(from: worker, to: requests, by: concurrency) {
                        received += try await listPage()
                    }
                    return received
                }
            }
            return try await group.reduce(0, +)
        }
    }
    return (sequential.median, concurrent.median, simulator.requests.count(for: "listFiles"))
}
