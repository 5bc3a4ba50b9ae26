import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// `wix-media-simulator --port 0` as a user runs it: it prints its port, serves, and stops on SIGTERM;
/// `--quota N/SECONDS` makes it refuse requests beyond the quota.
final class SimulatorCommandLineTests: XCTestCase {
    /// The executable SwiftPM built next to the tests (`.build/debug`, a link to the current platform's folder).
    private static let executable = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/wix-media-simulator")

    func testPrintsItsPortServesAndStopsOnSIGTERM() async throws {
        let (process, port) = try await launch(["--port", "0"])
        defer { stop(process) }

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

    func testQuotaOptionRefusesRequestsBeyondIt() async throws {
        let (process, port) = try await launch(["--port", "0", "--quota", "1/3600"])
        defer { stop(process) }
        let client = WixMediaClient(
            credentials: .apiKey("key", siteID: "site"),
            configuration: WixMediaConfiguration(
                baseURL: URL(string: "http://127.0.0.1:\(port)")!, timeout: 5, retryPolicy: .none))

        _ = try await client.folders.listFolders()
        let error = await assertThrows(WixAPIError<Operations.ListFolders.ErrorCode>.self) {
            try await client.folders.listFolders()
        }

        XCTAssertEqual(error?.statusCode, 429)
        XCTAssertEqual(error?.code?.rawValue, "RESOURCE_EXHAUSTED")
    }

    func testAnInvalidQuotaIsAUsageError() throws {
        try XCTSkipUnless(
            FileManager.default.isExecutableFile(atPath: Self.executable.path),
            "run `swift build` to build the simulator")
        for value in ["200", "200/0", "-1/60", "x/60", "200/60/1", "200/inf"] {
            let process = Process()
            process.executableURL = Self.executable
            process.arguments = ["--quota", value]
            process.standardOutput = Pipe()
            process.standardError = Pipe()
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 2, "--quota \(value)")
        }
    }

    /// Starts the simulator with `arguments` and returns it with the port it announced.
    private func launch(_ arguments: [String]) async throws -> (Process, UInt16) {
        try XCTSkipUnless(
            FileManager.default.isExecutableFile(atPath: Self.executable.path),
            "run `swift build` to build the simulator")
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        // Not the test runner's: a simulator left running would keep its output open, and `swift test` waiting.
        process.standardError = FileHandle.nullDevice
        try process.run()

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
        guard let port = line.port, line.line.hasPrefix("listening on 127.0.0.1:") else {
            process.terminate()
            throw TestFailure("unexpected first line: \(line.line)")
        }
        return (process, port)
    }

    /// Stops the simulator, with SIGKILL if SIGTERM has not ended it within 10 s.
    private func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            XCTFail("the simulator did not stop within 10 s of SIGTERM")
        }
    }
}
