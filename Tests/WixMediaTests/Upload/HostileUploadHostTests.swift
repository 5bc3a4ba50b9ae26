import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A resumable upload ends, with a typed error and after a bounded number of requests, whatever its host does:
/// taking back bytes it confirmed, failing after every small step of progress, or keeping one byte at a time.
/// The fake host stops answering after 1,000 requests, so a regression fails these tests instead of hanging them.
final class HostileUploadHostTests: XCTestCase {
    func testAHostThatTakesBackConfirmedBytesEndsTheUpload() async throws {
        // Issue #13's loop: confirm one PATCH, fail the next and forget everything, answer HEAD with 0 — for ever.
        let server = FakeUploadServer()
        await server.configure { $0.losesBytesOnFault = true }
        await server.setFaults([nil, .reply(500)], for: "PATCH", repeating: true)
        let sleeps = SleepRecorder()

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(testBytes(count: 250), fileName: "a.mp4", options: sleeps.options())
        }

        guard case .undecodableResponse(200, _, let reason as UploadError)? = error else {
            return XCTFail("expected undecodableResponse, got \(String(describing: error))")
        }
        XCTAssertEqual(reason, .uploadOffsetMovedBack(confirmed: 64, reported: 0))
        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods, ["POST", "POST", "PATCH", "PATCH", "HEAD"])
        let waits = await sleeps.durations
        XCTAssertEqual(waits, [.zero], "the one resume waited first")
    }

    func testAHostThatKeepsOneByteBetweenFailuresGetsNoFreshBudget() async throws {
        // Every other PATCH fails; the others confirm one byte. That is progress, but not a chunk: the failures
        // count as in a row, with the delays growing, instead of each resuming at once.
        let server = FakeUploadServer()
        await server.configure { $0.maxBytesKeptPerPatch = 1 }
        await server.setFaults([nil, .drop], for: "PATCH", repeating: true)
        let sleeps = SleepRecorder()

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(testBytes(count: 250), fileName: "a.mp4", options: sleeps.options())
        }

        guard case .transport(let underlying as URLError)? = error else {
            return XCTFail("expected the last interruption, got \(String(describing: error))")
        }
        XCTAssertEqual(underlying.code, .networkConnectionLost)
        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods, ["POST", "POST", "PATCH", "PATCH", "HEAD", "PATCH", "PATCH", "HEAD", "PATCH", "PATCH"])
        let waits = await sleeps.durations
        XCTAssertEqual(waits, [.zero, .seconds(3)])
    }

    func testAHostThatKeepsOneByteOfEveryPatchReachesTheLimits() async throws {
        let server = FakeUploadServer()
        await server.configure { $0.maxBytesKeptPerPatch = 1 }

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(
                testBytes(count: 250), fileName: "a.mp4", options: SleepRecorder().options())
        }

        try await assertResumeLimitReached(error, server: server)
        let patches = await server.patches
        XCTAssertEqual(patches.count, 628 / 64, "the byte limit comes first: 9 PATCHes of 64 bytes fit in 628")
    }

    func testAHostThatKeepsOneByteOfEveryPatchReachesTheRequestLimitWhenBytesAreNoLimit() async throws {
        let server = FakeUploadServer()
        await server.configure { $0.maxBytesKeptPerPatch = 1 }
        var options = SleepRecorder().options()
        options.maxResendRatio = .infinity

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(testBytes(count: 250), fileName: "a.mp4", options: options)
        }

        guard case .transport(UploadError.resumeLimitReached(let requests, _))? = error else {
            return XCTFail("expected resumeLimitReached, got \(String(describing: error))")
        }
        XCTAssertEqual(requests, 16)
        let patches = await server.patches
        XCTAssertEqual(patches.count, 16)
    }

    func testTheLimitsCanBeRaisedForAHostThatIsSlowOnPurpose() async throws {
        let server = FakeUploadServer()
        await server.configure { $0.maxBytesKeptPerPatch = 10 }
        let bytes = testBytes(count: 150)
        var options = SleepRecorder().options()
        options.maxRequestsPerChunk = 10
        options.maxResendRatio = 10

        _ = try await server.client.files.upload(bytes, fileName: "a.mp4", options: options)

        let patches = await server.patches
        XCTAssertEqual(patches.count, 15)
        let stored = await server.tusBytes
        XCTAssertEqual(stored, bytes)
    }

    func testAHeadThatKeepsFailingEndsAfterTheDelaysInARow() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.drop], for: "PATCH")
        await server.setFaults([.reply(503)], for: "HEAD", repeating: true)
        let sleeps = SleepRecorder()

        let error = await assertThrows(WixAPIError.self) {
            try await server.client.files.upload(testBytes(count: 250), fileName: "a.mp4", options: sleeps.options())
        }

        XCTAssertEqual(error?.statusCode, 503)
        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods, ["POST", "POST", "PATCH", "HEAD", "HEAD"])
        let waits = await sleeps.durations
        XCTAssertEqual(waits, [.zero, .seconds(3)])
    }

    /// Checks that `error` is the resume limit, and that the upload stayed within the limits of the default test
    /// options for 250 bytes: 4 chunks of 64 bytes and two resume delays allow 3 × 4 + 2 × 2 = 16 `PATCH` and
    /// `HEAD` requests, and 250 × 2 + 2 × 64 = 628 bytes.
    private func assertResumeLimitReached(
        _ error: WixMediaError?, server: FakeUploadServer, file: StaticString = #filePath, line: UInt = #line
    ) async throws {
        guard case .transport(let reason as UploadError)? = error,
            case .resumeLimitReached(let requests, let bytesSent) = reason
        else {
            return XCTFail("expected resumeLimitReached, got \(String(describing: error))", file: file, line: line)
        }
        let tusRequests = await server.requests.filter { ["PATCH", "HEAD"].contains($0.httpMethod) }
        let patchBytes = await server.patches.map(\.size).reduce(0, +)
        XCTAssertEqual(requests, tusRequests.count, file: file, line: line)
        XCTAssertEqual(bytesSent, Int64(patchBytes), file: file, line: line)
        XCTAssertLessThanOrEqual(requests, 16, file: file, line: line)
        XCTAssertLessThanOrEqual(bytesSent, 628, file: file, line: line)
    }
}
