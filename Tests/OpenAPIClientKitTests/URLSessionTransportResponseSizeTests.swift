import Foundation
import OpenAPIClientKit
import TestingSupport
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A response body longer than the cap fails with a typed error while it arrives, however it is framed or
/// encoded; one within the cap arrives whole. Sizes are small here; `transport-bench` measures memory with large
/// ones.
final class URLSessionTransportResponseSizeTests: XCTestCase {
    private static let cap = 1_048_576
    private static let hostileSize = 64 * 1_048_576

    private func send(to server: LoopbackHTTPServer) async throws -> (Data, HTTPResponse) {
        var request = URLRequest(url: server.baseURL.appendingPathComponent("body"))
        // A bound against a hang, not a speed check: 10 s was once reached on a machine with load 5.
        request.timeoutInterval = 30
        return try await URLSessionTransport(configuration: .ephemeral, maximumResponseBodySize: Self.cap).send(
            request)
    }

    private func assertRefused(by server: LoopbackHTTPServer, file: StaticString = #filePath, line: UInt = #line)
        async
    {
        do {
            let (body, response) = try await send(to: server)
            XCTFail("expected a refusal, got HTTP \(response.statusCode), \(body.count) bytes", file: file, line: line)
        } catch {
            XCTAssertEqual(
                error as? TransportError, .responseTooLarge(limit: Self.cap), "\(error)", file: file, line: line)
        }
        XCTAssertTrue(server.waitUntilFinished(timeout: 30), "the client kept reading", file: file, line: line)
    }

    /// Writes `count` zero bytes in 64 KiB pieces, stopping when the client goes away.
    private static func writeZeros(_ count: Int, to connection: LoopbackHTTPServer.Connection) {
        let piece = Data(count: 65_536)
        var sent = 0
        while sent < count, connection.write(piece.prefix(count - sent)) {
            sent += piece.count
        }
    }

    func testALargeContentLengthBodyIsRefused() async throws {
        let server = try LoopbackHTTPServer { _, connection in
            guard
                connection.write(
                    LoopbackHTTPServer.head(status: "200 OK", headers: [("Content-Length", "\(Self.hostileSize)")]))
            else { return }
            Self.writeZeros(Self.hostileSize, to: connection)
        }
        await assertRefused(by: server)
    }

    func testAGzipBombIsRefusedByItsInflatedSize() async throws {
        let bomb = GzipZeros.member(count: Self.hostileSize)
        XCTAssertLessThan(bomb.count, Self.cap, "the compressed body alone must pass the Content-Length check")
        let server = try LoopbackHTTPServer { _, connection in
            connection.write(
                LoopbackHTTPServer.head(
                    status: "200 OK", headers: [("Content-Encoding", "gzip"), ("Content-Length", "\(bomb.count)")])
                    + bomb)
        }
        await assertRefused(by: server)
    }

    func testAnEndlessChunkedBodyIsRefused() async throws {
        let chunk = Data("10000\r\n".utf8) + Data(count: 65_536) + Data("\r\n".utf8)
        let server = try LoopbackHTTPServer { _, connection in
            guard
                connection.write(
                    LoopbackHTTPServer.head(status: "200 OK", headers: [("Transfer-Encoding", "chunked")]))
            else { return }
            while connection.write(chunk) {}
        }
        await assertRefused(by: server)
    }

    func testABodyOfExactlyTheCapArrivesWhole() async throws {
        let server = try LoopbackHTTPServer { _, connection in
            guard
                connection.write(
                    LoopbackHTTPServer.head(status: "200 OK", headers: [("Content-Length", "\(Self.cap)")]))
            else { return }
            Self.writeZeros(Self.cap, to: connection)
        }

        let (body, response) = try await send(to: server)

        XCTAssertEqual(response.statusCode, 200)
        XCTAssertEqual(body.count, Self.cap)
    }

    func testAGzipBodyWithinTheCapArrivesInflated() async throws {
        let size = Self.cap - 1
        let compressed = GzipZeros.member(count: size)
        let server = try LoopbackHTTPServer { _, connection in
            connection.write(
                LoopbackHTTPServer.head(
                    status: "200 OK",
                    headers: [("Content-Encoding", "gzip"), ("Content-Length", "\(compressed.count)")])
                    + compressed)
        }

        let (body, _) = try await send(to: server)

        XCTAssertEqual(body, Data(count: size))
    }

    func testCRC32OfZerosMatchesTheBytewiseAlgorithm() {
        for count in [0, 1, 5, 258, 1_000, 65_537] {
            var crc: UInt32 = 0xFFFF_FFFF
            for _ in 0..<count {
                for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            XCTAssertEqual(GzipZeros.crc32OfZeros(count: count), crc ^ 0xFFFF_FFFF, "\(count) bytes")
        }
    }
}
