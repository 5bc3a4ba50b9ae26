import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the generator CLI as a child process and reads its wall time and peak resident memory.
enum ProcessMeasurement {
    struct Measurement {
        var medianMilliseconds: Double
        var peakResidentKilobytes: Int
    }

    static func measure(executable: String, schema: String, runs: Int) -> Measurement? {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return nil }
        var times: [Double] = []
        var peak = 0
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("generator-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: output) }
        for _ in 0..<runs {
            // A fresh folder each run, so every run writes all files as a first generation does.
            try? FileManager.default.removeItem(at: output)
            let start = DispatchTime.now().uptimeNanoseconds
            guard let maxRSS = run(executable, ["generate", "--schema", schema, "--output", output.path]) else {
                return nil
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            peak = max(peak, maxRSS)
        }
        return Measurement(medianMilliseconds: Statistics.median(times), peakResidentKilobytes: peak)
    }

    /// Spawns and waits with `wait4`, which reports the child's own peak RSS (in kilobytes on Linux).
    private static func run(_ executable: String, _ arguments: [String]) -> Int? {
        var pid: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        #if canImport(Darwin)
            return Int(usage.ru_maxrss) / 1024
        #else
            return Int(usage.ru_maxrss)
        #endif
    }
}
