import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// `waitUntilReady` polling the simulator, whose imports and uploads stay `PENDING` for a set number of reads.
final class ReadinessOverHTTPTests: XCTestCase {
    /// Polls quickly: the simulator counts reads, not time, so short waits change nothing but the run time.
    private static let poll = (timeout: Duration.seconds(10), interval: Duration.milliseconds(5))

    func testImportThenWaitUntilReady() async throws {
        try await withSimulator(WixMediaSimulator.Configuration(pendingReadsPerImport: 2)) { harness in
            let client = harness.client()
            let imported = try await client.importFile("beach.jpg")

            let ready = try await client.files.waitUntilReady(
                fileID: imported.id, timeout: Self.poll.timeout, pollInterval: Self.poll.interval)

            XCTAssertEqual(imported.operationStatus, .pending)
            XCTAssertEqual(ready.id, imported.id)
            XCTAssertEqual(ready.operationStatus, .ready)
            guard case .image(let media)? = ready.media?.choice else { return XCTFail("expected image media") }
            XCTAssertEqual(media.image?.width, 1_024)
            XCTAssertEqual(
                harness.requests.count(for: Operations.GetFileDescriptors.operationID), 3, "2 pending, 1 ready")
        }
    }

    func testAFailedImportIsNamedInTheError() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let good = try await client.importFile("logo.png")
            // A `.invalid` host (RFC 2606) is the simulator's mark for a source that cannot be fetched.
            let response = try await client.files.importFile(url: "https://gone.invalid/a.jpg")
            let bad = try XCTUnwrap(response.file)

            let error = await assertThrows(FileReadinessError.self) {
                try await client.files.waitUntilReady(
                    fileIDs: [good.id, bad.id], timeout: Self.poll.timeout, pollInterval: Self.poll.interval)
            }

            guard case .failed(let failed, let ready)? = error else {
                return XCTFail("expected failed, got \(String(describing: error))")
            }
            XCTAssertEqual(failed.map(\.id), [bad.id])
            XCTAssertEqual(failed.first?.operationStatus, .failed)
            XCTAssertEqual(ready.map(\.id), [good.id])
            XCTAssertEqual(error?.failedFileIDs, [bad.id])
            XCTAssertEqual(error?.description, "FileReadinessError.failed(\(bad.id))")
        }
    }

    func testAFileStillPendingAtTheTimeoutIsNamed() async throws {
        try await withSimulator(WixMediaSimulator.Configuration(pendingReadsPerImport: 1_000)) { harness in
            let client = harness.client()
            let slow = try await client.importFile("film.mp4")

            let error = await assertThrows(FileReadinessError.self) {
                try await client.files.waitUntilReady(
                    fileIDs: [slow.id], timeout: .milliseconds(50), pollInterval: .milliseconds(10))
            }

            XCTAssertEqual(error?.pendingFileIDs, [slow.id])
            XCTAssertEqual(error?.failedFileIDs, [])
        }
    }

    func testAnUploadedVideoIsPendingUntilProcessed() async throws {
        let configuration = WixMediaSimulator.Configuration(pendingReadsPerUpload: 2)
        try await withSimulator(configuration) { harness in
            let client = harness.client()
            let uploaded = try await client.files.upload(GeneratedBytes.make(count: 5_000), fileName: "intro.mp4")

            let ready = try await client.files.waitUntilReady(
                fileID: uploaded.id, timeout: Self.poll.timeout, pollInterval: Self.poll.interval)

            XCTAssertEqual(uploaded.operationStatus, .pending)
            XCTAssertNil(uploaded.media)
            XCTAssertEqual(ready.operationStatus, .ready)
            XCTAssertEqual(ready.sizeInBytes, 5_000)
            guard case .video? = ready.media?.choice else { return XCTFail("expected video media") }
            XCTAssertEqual(harness.requests.count(for: Operations.GetFileDescriptors.operationID), 3)
        }
    }

    func testAnUploadThatFailsProcessingIsNamedInTheError() async throws {
        let configuration = WixMediaSimulator.Configuration(pendingReadsPerUpload: 1, failingUploadNames: ["bad.mov"])
        try await withSimulator(configuration) { harness in
            let client = harness.client()
            let good = try await client.files.upload(GeneratedBytes.make(count: 100), fileName: "good.mov")
            let bad = try await client.files.upload(GeneratedBytes.make(count: 100), fileName: "bad.mov")

            let error = await assertThrows(FileReadinessError.self) {
                try await client.files.waitUntilReady(
                    fileIDs: [bad.id, good.id], timeout: Self.poll.timeout, pollInterval: Self.poll.interval)
            }

            XCTAssertEqual(error?.failedFileIDs, [bad.id])
            XCTAssertEqual(error?.pendingFileIDs, [])
        }
    }
}
