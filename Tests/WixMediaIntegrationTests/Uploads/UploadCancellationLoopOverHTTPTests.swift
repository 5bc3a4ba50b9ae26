import Foundation
import TestingSupport
import WixMedia
import WixMediaSimulator
import XCTest

/// Cancelling `files.upload` at any moment returns `WixMediaError.cancelled` promptly: on Linux it used to hang
/// now and then, deadlocked inside URLSession's cancellation (issue #13). Resumable uploads of 1 MiB chunks,
/// from a file (streamed chunks on Linux) and from `Data`, each cancelled at a random moment and waited for by
/// a watchdog. `UPLOAD_CANCELLATIONS=N` sets the number of uploads (100 by default, a few seconds).
final class UploadCancellationLoopOverHTTPTests: XCTestCase {
    /// Synchronous so that the watchdog waits outside Swift's cooperative pool (see `CancellationLoop`).
    func testCancellingUploadsAtRandomMomentsNeverHangs() throws {
        let iterations = ProcessInfo.processInfo.environment["UPLOAD_CANCELLATIONS"].flatMap { Int($0) } ?? 100
        let simulator = try WixMediaSimulator()
        let transport = URLSessionTransport(configuration: .ephemeral)
        defer {
            transport.session.invalidateAndCancel()
            simulator.stop()
        }
        let client = WixMediaClient(
            credentials: .apiKey(Harness.apiKey, siteID: Harness.siteID),
            configuration: WixMediaConfiguration(baseURL: simulator.baseURL, timeout: .seconds(30), retryPolicy: .none),
            transport: transport)
        let chunkSize = 1_048_576
        let (url, _) = try GeneratedBytes.file(named: "clip.mov", count: 4 * chunkSize, in: self)
        let bytes = GeneratedBytes.make(count: 4 * chunkSize)
        let options = UploadOptions(resumableThreshold: Int64(chunkSize), chunkSize: chunkSize)
        let loop = CancellationLoop(
            iterations: iterations, seed: 0x6B, maximumDelay: 40_000, within: 15,
            isCancellation: { if case WixMediaError.cancelled = $0 { true } else { false } },
            start: { iteration, _ in
                let fromFile = iteration.isMultiple(of: 2)
                return Task {
                    fromFile
                        ? try await client.files.upload(fileURL: url, options: options)
                        : try await client.files.upload(bytes, fileName: "clip.mov", options: options)
                }
            })

        print(loop.summary(of: iterations, "upload cancellations"))
        XCTAssertNil(loop.hung, "an upload never returned after cancellation")
        XCTAssertEqual(loop.unexpected, [])
        XCTAssertGreaterThan(loop.cancelled, iterations / 4, "too few cancellations landed to prove anything")
    }
}
