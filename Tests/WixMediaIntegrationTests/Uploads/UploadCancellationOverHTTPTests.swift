import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// Cancelling an upload over real HTTP ends it at once, and nothing more reaches the server.
final class UploadCancellationOverHTTPTests: XCTestCase {
    func testCancellingMidUploadStopsTheChunkInFlightAndSendsNothingMore() async throws {
        try await withSimulator { harness in
            let chunkSize = 1_024 * 1_024
            let (url, _) = try GeneratedBytes.file(named: "keynote.mov", count: 8 * chunkSize, in: self)
            let client = harness.client(timeout: .seconds(30))
            let options = UploadOptions(resumableThreshold: Int64(chunkSize), chunkSize: chunkSize)
            // The third chunk is stored, but its answer is held back: the upload is in the middle of a request.
            let stalledChunk = 3
            let upload = Task {
                try await client.files.upload(fileURL: url, options: options) { progress in
                    if progress.bytesSent == Int64((stalledChunk - 1) * chunkSize) {
                        harness.simulator.faults.inject(.delay(.seconds(30)), for: .operation(UploadOperation.tusPatch))
                    }
                }
            }

            try await waitUntil("the third chunk has arrived") {
                harness.requests.count(for: UploadOperation.tusPatch) == stalledChunk
            }
            let requestsBeforeCancelling = harness.requests.byOperation
            let start = ContinuousClock.now
            upload.cancel()
            let result = await upload.result

            XCTAssertLessThan(ContinuousClock.now - start, .seconds(5), "the request in flight was cancelled")
            guard case .failure(WixMediaError.cancelled) = result else {
                return XCTFail("expected cancelled, got \(result)")
            }
            // Long enough for a stray HEAD, PATCH or finalise to show up; there must be none.
            try await Task.sleep(for: .milliseconds(300))
            XCTAssertEqual(harness.requests.byOperation, requestsBeforeCancelling)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusHead), 0)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.finalise), 0)
            XCTAssertEqual(harness.simulator.store.files, [], "no file was made")
        }
    }

    func testCancellingFromAReportOfBytesInFlightStopsTheUpload() async throws {
        try await withSimulator { harness in
            let (url, _) = try GeneratedBytes.file(named: "poster.png", count: 3_000_000, in: self)
            let client = harness.client(timeout: .seconds(30))
            let upload = LockedValue<Task<FileDescriptor, any Error>?>(nil)
            let reports = ProgressRecorder()
            // The first chunk is stored but its answer held back, so the cancellation meets a request in flight
            // (one that URLSession completes at that very moment is a race of the transport's, not this test's).
            harness.simulator.faults.inject(.delay(.seconds(30)), for: .operation(UploadOperation.tusPatch))
            // The first reports count the bytes URLSession sends, reported on its delegate queue; a handler run
            // there that cancelled the request would make URLSession wait for itself (on Linux it crashed).
            let options = UploadOptions(resumableThreshold: 0, chunkSize: 1_024 * 1_024, progressInterval: .zero)
            let task = Task {
                try await client.files.upload(fileURL: url, options: options) { update in
                    reports.record(update)
                    if update.bytesSent > 0 { upload.withLock { $0?.cancel() } }
                }
            }
            upload.withLock { $0 = task }

            let result = await task.result

            guard case .failure(WixMediaError.cancelled) = result else {
                return XCTFail("expected cancelled, got \(result)")
            }
            XCTAssertGreaterThan(reports.bytesSent.last ?? 0, 0, "cancelled from a report of bytes in flight")
            XCTAssertFalse(reports.all.contains { $0.isComplete })
            XCTAssertLessThanOrEqual(harness.requests.count(for: UploadOperation.tusPatch), 1, "cut off mid-body")
            XCTAssertEqual(harness.simulator.store.files, [], "no file was made")
        }
    }
}
