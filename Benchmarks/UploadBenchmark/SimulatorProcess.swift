import Foundation
import TestingSupport
import WixMediaSimulator

/// `wix-media-simulator --port 0` running as a child process, and its address.
final class SimulatorProcess {
    let baseURL: URL
    private let process = Process()

    /// Starts the simulator at `executable` and waits (at most 10 s) for the port it prints.
    init(executable: String) throws {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw BenchError("no simulator at \(executable); build it with `swift build -c release`")
        }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let watchdog = DispatchWorkItem { [process] in process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: watchdog)
        let (line, port) = ListeningAnnouncement.read(from: output.fileHandleForReading)
        watchdog.cancel()
        guard let port else {
            process.terminate()
            throw BenchError("the simulator printed \"\(line)\" instead of its port")
        }
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    /// Stops the simulator (SIGTERM), waits for it, and returns its peak resident memory in MiB when this was the
    /// only child process.
    @discardableResult
    func stop() -> Double? {
        guard process.isRunning else { return nil }
        process.terminate()
        process.waitUntilExit()
        return PeakMemory.ofEndedChildren
    }
}

/// A failure of the benchmark's own set-up.
struct BenchError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
