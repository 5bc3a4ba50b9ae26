import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// Progress over real HTTP: reports as URLSession sends the bytes, not only per request, for both paths.
final class UploadProgressOverHTTPTests: XCTestCase {
    func testASimpleUploadReportsBytesBeforeItsAnswer() async throws {
        try await withSimulator { harness in
            let size = 3_000_000
            let (url, hash) = try GeneratedBytes.file(named: "poster.png", count: size, in: self)
            let progress = ProgressRecorder()

            let file = try await harness.client().files.upload(
                fileURL: url, options: UploadOptions(progressInterval: .zero), progress: progress.record)

            XCTAssertEqual(harness.simulator.store.content(ofFile: file.id)?.hash, hash)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.simpleUpload), 1)
            assertReportsBytesInFlight(progress.all, totalBytes: Int64(size), path: .simple)
        }
    }

    func testAResumableUploadReportsBytesWithinItsChunks() async throws {
        try await withSimulator { harness in
            // Over the 10 MB threshold, in the default 8 MiB chunks: resumable on its own, in two requests.
            let size = 12_000_000
            let chunkSize = UploadOptions().chunkSize
            let (url, hash) = try GeneratedBytes.file(named: "clip.mp4", count: size, in: self)
            let progress = ProgressRecorder()

            let file = try await harness.client().files.upload(
                fileURL: url, options: UploadOptions(progressInterval: .zero), progress: progress.record)

            XCTAssertEqual(harness.simulator.store.content(ofFile: file.id)?.hash, hash)
            assertReportsBytesInFlight(progress.all, totalBytes: Int64(size), path: .resumable)
            let sent = progress.bytesSent
            XCTAssertTrue(sent.contains(Int64(chunkSize)), "each confirmed chunk is reported: \(sent)")
            XCTAssertTrue(
                sent.contains { $0 > Int64(chunkSize) && $0 < Int64(size) }, "bytes within the second chunk: \(sent)")
        }
    }

    func testAnEmptyFileIsUploadedAndCompleteOnlyAtTheEnd() async throws {
        try await withSimulator { harness in
            let progress = ProgressRecorder()

            let file = try await harness.client().files.upload(
                Data(), fileName: "empty.txt", options: UploadOptions(progressInterval: .zero),
                progress: progress.record)

            XCTAssertEqual(harness.simulator.store.content(ofFile: file.id)?.byteCount, 0)
            XCTAssertEqual(progress.all.map(\.fractionCompleted), [0, 1])
        }
    }

    /// Rising from 0 to the end, complete only in the last report, with reports while the first request's body
    /// is sent: URLSession's `didSendBodyData`, on every platform.
    private func assertReportsBytesInFlight(
        _ reports: [UploadProgress], totalBytes: Int64, path: UploadPath, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let sent = reports.map(\.bytesSent)
        XCTAssertEqual(sent.first, 0, file: file, line: line)
        XCTAssertEqual(sent.last, totalBytes, file: file, line: line)
        XCTAssertTrue(zip(sent, sent.dropFirst()).allSatisfy { $0 < $1 }, "not rising: \(sent)", file: file, line: line)
        XCTAssertEqual(reports.map(\.isComplete), sent.map { $0 == totalBytes }, file: file, line: line)
        XCTAssertEqual(Set(reports.map(\.path)), [path], file: file, line: line)
        let firstRequestEnd = min(totalBytes, Int64(UploadOptions().chunkSize))
        XCTAssertGreaterThanOrEqual(
            sent.filter { $0 > 0 && $0 < firstRequestEnd }.count, 3, "several steps within a request: \(sent)",
            file: file, line: line)
        #if canImport(FoundationNetworking)
            // libcurl sends an upload body in pieces of at most 64 KiB (its default upload buffer), each reported.
            XCTAssertGreaterThanOrEqual(
                sent.count, Int(totalBytes / 65_536), "a report per piece sent: \(sent)", file: file, line: line)
        #endif
    }
}
