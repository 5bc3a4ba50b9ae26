import Foundation
import OpenAPIClientKit
import TestingSupport
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `URLSessionTransport` reports the bytes of a request's body as URLSession sends them, to the
/// `RequestBodyProgress.observer` bound around the call: a running total, rising, ending at the body's size.
final class URLSessionTransportBodyProgressTests: XCTestCase {
    func testASentBodyIsReportedInRisingStepsUpToItsSize() async throws {
        let server = try LoopbackHTTPServer(
            response: LoopbackHTTPServer.response(status: "200 OK", headers: [], body: "ok"))
        let size = 1_000_000
        var request = URLRequest(url: try XCTUnwrap(URL(string: "http://127.0.0.1:\(server.port)/upload")))
        request.httpMethod = "PUT"
        request.httpBody = Data(repeating: 7, count: size)
        let totals = LockedTotals()
        let observer: @Sendable (Int64) -> Void = { totals.append($0) }

        let (_, response) = try await RequestBodyProgress.$observer.withValue(observer) {
            try await URLSessionTransport(configuration: .ephemeral).send(request)
        }

        XCTAssertEqual(response.statusCode, 200)
        let reported = totals.values
        XCTAssertEqual(reported.last, Int64(size), "the whole body, by the time the answer is returned")
        XCTAssertTrue(zip(reported, reported.dropFirst()).allSatisfy { $0 < $1 }, "rising: \(reported)")
        XCTAssertGreaterThan(reported.count, 1, "several steps: \(reported)")
        XCTAssertTrue(server.waitUntilFinished(timeout: 5))
    }

    func testNothingIsReportedWithoutAnObserverOrABody() async throws {
        let server = try LoopbackHTTPServer(
            response: LoopbackHTTPServer.response(status: "200 OK", headers: [], body: "ok"))
        let request = URLRequest(url: try XCTUnwrap(URL(string: "http://127.0.0.1:\(server.port)/")))
        let totals = LockedTotals()
        let observer: @Sendable (Int64) -> Void = { totals.append($0) }

        _ = try await RequestBodyProgress.$observer.withValue(observer) {
            try await URLSessionTransport(configuration: .ephemeral).send(request)
        }

        XCTAssertEqual(totals.values, [])
        XCTAssertTrue(server.waitUntilFinished(timeout: 5))
    }
}

/// The totals an observer received, from the transport's queue.
private final class LockedTotals: @unchecked Sendable {
    // @unchecked: `recorded` is guarded by `lock`.
    private let lock = NSLock()
    private var recorded: [Int64] = []

    func append(_ total: Int64) {
        lock.lock()
        defer { lock.unlock() }
        recorded.append(total)
    }

    var values: [Int64] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}
