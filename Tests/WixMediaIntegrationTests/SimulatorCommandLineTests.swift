import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// `wix-media-simulator --port 0` as a user runs it: it prints its port, serves, and stops on SIGTERM.
final class SimulatorCommandLineTests: XCTestCase {
    /// The executable SwiftPM built next to the tests (`.build/debug`, a link to the current platform's folder).
    private static let executable = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/wix-media-simulator")

    func testPrintsItsPortServesAndStopsOnSIGTERM() async throws {
        try XCTSkipUnless(
            FileManager.default.isExecutableFile(atPath: Self.executable.path),
            "run `swift build` to build the simulator")
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // The read blocks; if nothing is printed in time, stopping the process ends it.
        let handle = output.fileHandleForReading
        let watchdog = Task {
            try await Task.sleep(for: .seconds(10))
            process.terminate()
        }
        let line = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: ListeningAnnouncement.read(from: handle)) }
        }
        watchdog.cancel()
        let port = try XCTUnwrap(line.port, "unexpected first line: \(line.line)")
        XCTAssertTrue(line.line.hasPrefix("listening on 127.0.0.1:"), line.line)

        let client = WixMediaClient(
            credentials: .apiKey("key", siteID: "site"),
            configuration: WixMediaConfiguration(baseURL: URL(string: "http://127.0.0.1:\(port)")!, timeout: 5))
        let folder = try await client.folders.createFolder(displayName: "From the CLI test").folder
        XCTAssertEqual(folder?.displayName, "From the CLI test")

        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        XCTAssertFalse(process.isRunning, "the simulator did not stop within 10 s of SIGTERM")
    }
}
