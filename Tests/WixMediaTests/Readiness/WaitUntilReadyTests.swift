import Foundation
import WixMedia
import XCTest

/// `waitUntilReady` polls Get File Descriptors with growing waits until no file is pending, and names the files
/// that failed or were still pending.
final class WaitUntilReadyTests: XCTestCase {
    func testFilesAlreadyReadyAreReturnedAfterOneLook() async throws {
        let server = FakeFileStatusServer(["a": [.ready], "b": [.ready]])
        let clock = SteppedClock(advancingOnEverySleep: true)

        let files = try await server.client.files.waitUntilReady(fileIDs: ["b", "a"], clock: clock)

        XCTAssertEqual(files.map(\.id), ["b", "a"])
        let batches = await server.requestedBatches
        XCTAssertEqual(batches, [["b", "a"]])
        XCTAssertEqual(clock.sleeps, [])
    }

    func testTheWaitDoublesBetweenLooks() async throws {
        let server = FakeFileStatusServer(["a": [.pending, .pending, .pending, .pending, .ready]])
        let clock = SteppedClock(advancingOnEverySleep: true)

        let file = try await server.client.files.waitUntilReady(
            fileID: "a", timeout: .seconds(60), pollInterval: .seconds(1), clock: clock)

        XCTAssertEqual(file.operationStatus, .ready)
        XCTAssertEqual(clock.sleeps, [.seconds(1), .seconds(2), .seconds(4), .seconds(8)])
    }

    func testTheWaitStopsGrowingAtTheMaximum() async throws {
        let server = FakeFileStatusServer(["a": Array(repeating: .pending, count: 5) + [.ready]])
        let clock = SteppedClock(advancingOnEverySleep: true)

        try await server.client.files.waitUntilReady(
            fileID: "a", pollInterval: .milliseconds(500), maxPollInterval: .seconds(3), clock: clock)

        XCTAssertEqual(
            clock.sleeps, [.milliseconds(500), .seconds(1), .seconds(2), .seconds(3), .seconds(3)])
    }

    func testOnlyPendingFilesAreAskedAboutAgain() async throws {
        let server = FakeFileStatusServer(["a": [.ready], "b": [.pending, .ready], "c": [.pending, .pending, .ready]])

        let files = try await server.client.files.waitUntilReady(
            fileIDs: ["a", "b", "c"], clock: SteppedClock(advancingOnEverySleep: true))

        XCTAssertEqual(files.map(\.id), ["a", "b", "c"])
        let batches = await server.requestedBatches
        XCTAssertEqual(batches, [["a", "b", "c"], ["b", "c"], ["c"]])
    }

    func testEveryFailedFileIsNamedOnceNoneIsPending() async throws {
        let server = FakeFileStatusServer([
            "a": [.failed], "b": [.pending, .pending, .ready], "c": [.pending, .failed],
        ])

        let error = await assertThrows(FileReadinessError.self) {
            try await server.client.files.waitUntilReady(
                fileIDs: ["a", "b", "c"], clock: SteppedClock(advancingOnEverySleep: true))
        }

        guard case .failed(let failed, let ready)? = error else {
            return XCTFail("expected failed, got \(String(describing: error))")
        }
        XCTAssertEqual(failed.map(\.id), ["a", "c"])
        XCTAssertEqual(ready.map(\.id), ["b"])
        XCTAssertEqual(error?.failedFileIDs, ["a", "c"])
        XCTAssertEqual(error?.pendingFileIDs, [])
        XCTAssertEqual(error?.description, "FileReadinessError.failed(a, c)")
    }

    func testTimeoutNamesTheFilesStillPendingAfterALastLookAtTheDeadline() async throws {
        let server = FakeFileStatusServer(["slow": [.pending], "done": [.ready], "bad": [.failed]])
        let clock = SteppedClock(advancingOnEverySleep: true)

        let error = await assertThrows(FileReadinessError.self) {
            try await server.client.files.waitUntilReady(
                fileIDs: ["slow", "done", "bad"], timeout: .seconds(10), pollInterval: .seconds(1), clock: clock)
        }

        guard case .timedOut(let pending, let failed, let ready)? = error else {
            return XCTFail("expected timedOut, got \(String(describing: error))")
        }
        XCTAssertEqual(pending, ["slow"])
        XCTAssertEqual(failed.map(\.id), ["bad"])
        XCTAssertEqual(ready.map(\.id), ["done"])
        XCTAssertEqual(
            clock.sleeps, [.seconds(1), .seconds(2), .seconds(4), .seconds(3)], "the last wait ends at 10 s")
        let batches = await server.requestedBatches
        XCTAssertEqual(batches.count, 5)
        XCTAssertEqual(error?.description, "FileReadinessError.timedOut(pending: slow; failed: bad)")
    }

    func testAFileLeftOutOfTheAnswerOrInAnUnknownStatusStaysPending() async throws {
        let server = FakeFileStatusServer(["odd": [.unrecognized("ARCHIVED")]])

        let error = await assertThrows(FileReadinessError.self) {
            try await server.client.files.waitUntilReady(
                fileIDs: ["odd", "missing"], timeout: .seconds(2), clock: SteppedClock(advancingOnEverySleep: true))
        }

        XCTAssertEqual(error?.pendingFileIDs, ["odd", "missing"])
    }

    func testMoreThanAHundredFilesAreAskedAboutAHundredAtATime() async throws {
        let ids = (0..<250).map { "file-\($0)" }
        let server = FakeFileStatusServer(Dictionary(uniqueKeysWithValues: ids.map { ($0, [OperationStatus.ready]) }))

        let files = try await server.client.files.waitUntilReady(
            fileIDs: ids, clock: SteppedClock(advancingOnEverySleep: true))

        XCTAssertEqual(files.map(\.id), ids)
        let batches = await server.requestedBatches
        XCTAssertEqual(batches.map(\.count), [100, 100, 50])
        XCTAssertEqual(batches.flatMap { $0 }, ids)
    }

    func testARepeatedIDIsAskedAboutOnceAndReturnedAsOftenAsGiven() async throws {
        let server = FakeFileStatusServer(["a": [.ready], "b": [.ready]])

        let files = try await server.client.files.waitUntilReady(
            fileIDs: ["a", "b", "a"], clock: SteppedClock(advancingOnEverySleep: true))

        XCTAssertEqual(files.map(\.id), ["a", "b", "a"])
        let batches = await server.requestedBatches
        XCTAssertEqual(batches, [["a", "b"]])
    }

    func testNoFilesNeedNoRequest() async throws {
        let server = FakeFileStatusServer([:])

        let files = try await server.client.files.waitUntilReady(
            fileIDs: [], clock: SteppedClock(advancingOnEverySleep: true))

        XCTAssertEqual(files, [])
        let batches = await server.requestedBatches
        XCTAssertEqual(batches, [])
    }

    func testAnErrorAnswerIsThrownAsItIs() async throws {
        let client = WixMediaClient.testing(
            transport: .replying(status: 400, body: #"{ "message": "fileIds must not be empty" }"#))

        let error = await assertThrows(WixAPIError.self) {
            try await client.files.waitUntilReady(fileID: "a", clock: SteppedClock(advancingOnEverySleep: true))
        }

        XCTAssertEqual(error?.statusCode, 400)
    }

    func testCancellingWhileWaitingStopsWithCancelled() async throws {
        let server = FakeFileStatusServer(["a": [.pending]])
        let clock = SteppedClock(advancingOnEverySleep: true, onSleep: { withUnsafeCurrentTask { $0?.cancel() } })

        // The clock cancels the waiting task from inside when asked to sleep.
        await assertCancelled { try await server.client.files.waitUntilReady(fileID: "a", clock: clock) }
        let batches = await server.requestedBatches
        XCTAssertEqual(batches.count, 1)
    }
}
