import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// `wix-media-simulator --port 0` as a user runs it: it prints its port, serves (with the faults it was given),
/// and stops on SIGTERM; `--quota N/SECONDS` makes it refuse requests beyond the quota; `--help` lists every
/// option the README mentions.
final class SimulatorCommandLineTests: XCTestCase {
    /// The executable SwiftPM built next to the tests (`.build/debug`, a link to the current platform's folder).
    private static let executable = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/wix-media-simulator")

    func testPrintsItsPortServesAndStopsOnSIGTERM() async throws {
        let (process, port) = try await launch(["--port", "0", "--fault", "503,operation=listFolders"])
        defer { stop(process) }

        let client = WixMediaClient(
            credentials: .apiKey("key", siteID: "site"),
            configuration: WixMediaConfiguration(
                baseURL: URL(string: "http://127.0.0.1:\(port)")!, timeout: .seconds(5), retryPolicy: .none))
        let folder = try await client.folders.createFolder(displayName: "From the CLI test").folder
        XCTAssertEqual(folder?.displayName, "From the CLI test")
        let refused = await assertThrows(WixAPIError.self) {
            try await client.folders.listFolders()
        }
        XCTAssertEqual(refused?.statusCode, 503, "the fault given as --fault")

        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        XCTAssertFalse(process.isRunning, "the simulator did not stop within 10 s of SIGTERM")
    }

    func testHelpListsEveryOptionTheReadmeMentions() async throws {
        try XCTSkipUnless(
            FileManager.default.isExecutableFile(atPath: Self.executable.path),
            "run `swift build` to build the simulator")
        let mentioned = try Self.optionsMentionedInTheReadme()
        XCTAssertGreaterThanOrEqual(mentioned.count, 8, "README.md § wix-media-simulator names too few options")

        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["--help"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let help = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        XCTAssertEqual(process.terminationStatus, 0)
        // An option line starts with its names (`-h, --help`), and two spaces part them from the description.
        let listed = Set(
            help.split(separator: "\n").flatMap { line -> [String] in
                let trimmed = line.drop { $0 == " " }
                guard trimmed.hasPrefix("-") else { return [] }
                let names = trimmed.components(separatedBy: "  ")[0]
                return names.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init).filter {
                    $0.hasPrefix("--")
                }
            })
        XCTAssertEqual(mentioned.subtracting(listed), [], "options the README mentions but --help does not list")
    }

    /// Every `--option` in README.md's section on `wix-media-simulator`.
    private static func optionsMentionedInTheReadme() throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "### `wix-media-simulator`\n") else {
            throw TestFailure("README.md has no section ### `wix-media-simulator`")
        }
        let section = readme[start.upperBound...].prefix { $0 != "#" }
        var options: Set<String> = []
        var rest = section[...]
        while let range = rest.range(of: "--") {
            let name = rest[range.upperBound...].prefix { $0.isLetter || $0 == "-" }
            if !name.isEmpty { options.insert("--" + name) }
            rest = rest[range.upperBound...]
        }
        return options
    }

    func testQuotaOptionRefusesRequestsBeyondIt() async throws {
        let (process, port) = try await launch(["--port", "0", "--quota", "1/3600"])
        defer { stop(process) }
        let client = WixMediaClient(
            credentials: .apiKey("key", siteID: "site"),
            configuration: WixMediaConfiguration(
                baseURL: URL(string: "http://127.0.0.1:\(port)")!, timeout: .seconds(5), retryPolicy: .none))

        _ = try await client.folders.listFolders()
        let error = await assertThrows(WixAPIError.self) {
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
