import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A resumable upload survives the end of its process: `upload-resume-helper` uploads a file to the simulator,
/// saving its `ResumableUploadState` to a file, and is killed (SIGKILL) in the middle; this process resumes the
/// upload from the saved state, and the simulator stores exactly the file's bytes.
final class UploadResumeAfterKillTests: XCTestCase {
    /// The helper SwiftPM built next to the tests (`.build/debug`, a link to the current platform's folder).
    private static let helper = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/upload-resume-helper")

    func testAnUploadKilledMidwayIsFinishedByAnotherProcessFromItsSavedState() async throws {
        try XCTSkipUnless(
            FileManager.default.isExecutableFile(atPath: Self.helper.path), "run `swift build` to build the helper")
        try await withSimulator { harness in
            let chunkSize = 256 * 1_024
            let size = 16 * chunkSize + 12_345
            let (url, hash) = try GeneratedBytes.file(named: "keynote.mov", count: size, in: self)
            let stateURL = url.deletingLastPathComponent().appendingPathComponent("upload-state.json")
            // The first two chunks are answered at once; the third is stored but its answer held back, so the
            // helper is in the middle of a request when it is killed and never learns the server has it.
            let patch = FaultTarget.operation(UploadOperation.tusPatch)
            harness.simulator.faults.inject(.delay(.zero), for: patch, times: 2)
            harness.simulator.faults.inject(.delay(.seconds(30)), for: patch, times: nil)

            let process = Process()
            process.executableURL = Self.helper
            process.arguments = [
                harness.simulator.baseURL.absoluteString, url.path, stateURL.path, String(chunkSize),
            ]
            try process.run()
            defer {
                if process.isRunning {
                    kill(process.processIdentifier, SIGKILL)
                    process.waitUntilExit()
                }
            }
            try await waitUntil("the helper has saved two chunks and sent the third", timeout: .seconds(60)) {
                !process.isRunning
                    || (harness.requests.count(for: UploadOperation.tusPatch) == 3
                        && (try? Self.savedState(at: stateURL))?.bytesConfirmed == Int64(2 * chunkSize))
            }
            XCTAssertTrue(process.isRunning, "the helper ended by itself (status \(process.terminationStatus))")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal)
            XCTAssertEqual(process.terminationStatus, SIGKILL)

            let state = try Self.savedState(at: stateURL)
            XCTAssertEqual(state.bytesConfirmed, Int64(2 * chunkSize))
            XCTAssertEqual(state.totalBytes, Int64(size))
            XCTAssertEqual(harness.simulator.store.files, [], "no file yet")
            harness.simulator.faults.clear()

            let progress = ProgressRecorder()
            let file = try await harness.client().files.resumeUpload(
                fileURL: url, from: state, progress: progress.record)

            let content = try XCTUnwrap(harness.simulator.store.content(ofFile: file.id))
            XCTAssertEqual(content.byteCount, Int64(size))
            XCTAssertEqual(content.hash, hash, "the stored bytes are the file's, each once and in order")
            XCTAssertEqual(file.displayName, "keynote.mov")
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusCreate), 1, "the same upload went on")
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusHead), 1)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.finalise), 1)
            // The server kept the third chunk (its operation ran before the held-back answer), so the resumed
            // upload starts after it, not where the saved state stopped.
            let resumedAt = try XCTUnwrap(progress.bytesSent.first)
            XCTAssertEqual(resumedAt, Int64(3 * chunkSize))
            let remainingChunks = (Int64(size) - resumedAt + Int64(chunkSize) - 1) / Int64(chunkSize)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusPatch), 3 + Int(remainingChunks))
            XCTAssertEqual(progress.bytesSent.last, Int64(size))
        }
    }

    private static func savedState(at url: URL) throws -> ResumableUploadState {
        try JSONDecoder().decode(ResumableUploadState.self, from: Data(contentsOf: url))
    }
}
