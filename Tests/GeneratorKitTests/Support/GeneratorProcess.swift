import Foundation

/// The built `generator` executable, run in a child process as a user runs it.
enum GeneratorProcess {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        /// False when the process ended by a signal (a crash, or the kill after a time-out) rather than by
        /// exiting; `status` is then the signal's number.
        var exited: Bool
        /// True when it was killed for running past its time-out.
        var timedOut = false
    }

    /// The `generator` executable in the build folder that holds this test bundle.
    static func executable() -> URL? {
        let starts = [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL, Bundle.main.executableURL]
            .compactMap { $0 }
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<8 {
                let candidate = folder.appendingPathComponent("generator")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                    !isDirectory.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }

    /// Runs `executable` with `arguments` in `folder`, its streams captured through files in `folder` (pipes
    /// could fill up and block a chatty child), and waits for it to end.
    ///
    /// - Parameters:
    ///   - environment: the child's environment; nil inherits this process's.
    ///   - timeout: seconds after which the child is killed and the run reports `timedOut`.
    static func run(
        _ executable: URL, _ arguments: [String], in folder: URL, environment: [String: String]? = nil,
        timeout: TimeInterval = 600
    ) throws -> Run {
        let streams = folder.appendingPathComponent("streams-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: streams, withIntermediateDirectories: true)
        let outURL = streams.appendingPathComponent("stdout")
        let errURL = streams.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        if let environment { process.environment = environment }
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        let timedOut = ended.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            exited: process.terminationReason == .exit, timedOut: timedOut)
    }
}
