import Foundation
import OpenAPIClientKit
import TestingSupport
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Cancelling a request at any point returns promptly with `CancellationError`. On Linux, cancelling through
/// `URLSession.data(for:)` hung now and then (issue #13); this sends requests of every kind to a slow server and
/// cancels each at a random moment, every wait bounded by a watchdog.
///
/// `TRANSPORT_CANCELLATIONS=N` sets the number of requests (200 by default, a few seconds).
final class URLSessionTransportCancellationTests: XCTestCase {
    /// Synchronous on purpose (see `CancellationLoop`).
    func testCancellingAtRandomMomentsNeverHangs() throws {
        let iterations = ProcessInfo.processInfo.environment["TRANSPORT_CANCELLATIONS"].flatMap { Int($0) } ?? 200
        let transport = URLSessionTransport(configuration: .ephemeral)
        let loop = try CancellationLoop(
            iterations: iterations, seed: 0x13_CA7C, maximumDelay: 25_000, within: 10,
            isCancellation: { $0 is CancellationError },
            start: { iteration, random in
                let answerDelay = random.next(below: 15_000)
                let server = try LoopbackHTTPServer(lifetime: 5) { _, connection in
                    // Answers late, and trickles the body, so that cancellations land in every phase.
                    usleep(UInt32(answerDelay))
                    guard
                        connection.write(
                            LoopbackHTTPServer.head(status: "200 OK", headers: [("Content-Length", "4096")]))
                    else { return }
                    for _ in 0..<4 {
                        usleep(1_000)
                        guard connection.write(Data(count: 1_024)) else { return }
                    }
                }
                let request = Self.request(kind: iteration % 3, to: server.baseURL)
                return Task { try await transport.send(request) }
            })

        print(loop.summary(of: iterations, "cancellations"))
        XCTAssertNil(loop.hung, "a request never returned after cancellation")
        XCTAssertEqual(loop.unexpected, [])
        XCTAssertGreaterThan(loop.cancelled, iterations / 4, "too few cancellations landed to prove anything")
    }

    /// A `GET`, a `POST` with a body in memory, or an upload `PUT` with a streamed body as resumable chunks from
    /// a file are sent on Linux.
    private static func request(kind: Int, to url: URL) -> URLRequest {
        var request = URLRequest(url: url.appendingPathComponent("slow"))
        request.timeoutInterval = 10
        let body = Data(repeating: 0xAB, count: 256 * 1_024)
        switch kind {
        case 0:
            request.httpMethod = "GET"
        case 1:
            request.httpMethod = "POST"
            request.httpBody = body
        default:
            request.httpMethod = "PUT"
            request.httpBodyStream = InputStream(data: body)
            request.setValue(String(body.count), forHTTPHeaderField: "Content-Length")
            #if canImport(FoundationNetworking)
                request.setValue(" ", forHTTPHeaderField: "Transfer-Encoding")
            #endif
        }
        return request
    }
}
