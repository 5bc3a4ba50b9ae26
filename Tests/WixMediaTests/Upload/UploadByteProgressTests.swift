import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Progress follows the bytes as the transport reports them sent (the fake server takes a body 4 KiB at a time and
/// reports each piece to `RequestBodyProgress`, as URLSession does), never goes down, and reaches the end only once
/// Wix has answered — the same on every platform.
final class UploadByteProgressTests: XCTestCase {
    func testASimpleUploadReportsTheBytesAsTheyAreSent() async throws {
        let server = FakeUploadServer()
        let progress = ProgressLog()
        let size = 20_000

        _ = try await server.client.files.upload(
            testBytes(count: size), fileName: "a.png", options: UploadOptions(progressInterval: .zero),
            progress: progress.record)

        let reports = progress.all
        assertWellFormed(reports, totalBytes: Int64(size), path: .simple)
        // The pieces of 4 KiB, the last byte held back for Wix's answer.
        XCTAssertEqual(progress.bytesSent, [0, 4_096, 8_192, 12_288, 16_384, 19_999, 20_000])
    }

    func testAResumableUploadReportsBytesWithinChunksAndEachConfirmation() async throws {
        let server = FakeUploadServer()
        let progress = ProgressLog()
        let size = 20_000
        let url = try temporaryFile(named: "clip.mp4", contents: testBytes(count: size))

        _ = try await server.client.files.upload(
            fileURL: url, options: SleepRecorder().options(threshold: 100, chunkSize: 8_192, progressInterval: .zero),
            progress: progress.record)

        assertWellFormed(progress.all, totalBytes: Int64(size), path: .resumable)
        // Within a chunk up to its last byte but one; the chunk's end once the server confirms it.
        XCTAssertEqual(
            progress.bytesSent, [0, 4_096, 8_191, 8_192, 12_288, 16_383, 16_384, 19_999, 20_000])
    }

    func testBytesTheServerLostDoNotMoveProgressBack() async throws {
        let server = FakeUploadServer()
        // The second chunk goes out whole, but the server keeps 100 of its bytes before the connection breaks.
        await server.setFaults([nil, .dropAfter(bytes: 100)], for: "PATCH")
        let progress = ProgressLog()

        _ = try await server.client.files.upload(
            testBytes(count: 20_000), fileName: "a.mp4",
            options: SleepRecorder().options(chunkSize: 8_192, progressInterval: .zero), progress: progress.record)

        assertWellFormed(progress.all, totalBytes: 20_000, path: .resumable)
        // 16,383 went out before the break. The HEAD's 8,292 and the resent bytes up to 12,388 are not
        // reported; the next read passes the earlier figure.
        XCTAssertEqual(
            progress.bytesSent, [0, 4_096, 8_191, 8_192, 12_288, 16_383, 16_483, 16_484, 19_999, 20_000])
    }

    func testAnEmptyFileIsCompleteOnlyInTheLastReport() async throws {
        let server = FakeUploadServer()
        let progress = ProgressLog()

        _ = try await server.client.files.upload(Data(), fileName: "empty.txt", progress: progress.record)

        XCTAssertEqual(progress.all.map(\.fractionCompleted), [0, 1])
        XCTAssertEqual(progress.all.map(\.isComplete), [false, true])
    }

    /// Starts at 0, rises strictly, keeps its path and size, and reaches the end only in its last report, which
    /// is the only complete one.
    private func assertWellFormed(
        _ reports: [UploadProgress], totalBytes: Int64, path: UploadPath, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let sent = reports.map(\.bytesSent)
        XCTAssertEqual(sent.first, 0, file: file, line: line)
        XCTAssertEqual(sent.last, totalBytes, file: file, line: line)
        XCTAssertTrue(zip(sent, sent.dropFirst()).allSatisfy { $0 < $1 }, "not rising: \(sent)", file: file, line: line)
        XCTAssertEqual(reports.map(\.isComplete), sent.map { $0 == totalBytes }, file: file, line: line)
        XCTAssertEqual(Set(reports.map(\.path)), [path], file: file, line: line)
        XCTAssertEqual(Set(reports.map(\.totalBytes)), [totalBytes], file: file, line: line)
        XCTAssertTrue(reports.dropLast().allSatisfy { $0.fractionCompleted < 1 }, file: file, line: line)
    }
}
