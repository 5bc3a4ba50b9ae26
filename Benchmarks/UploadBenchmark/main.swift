import Foundation
import TestingSupport
import WixMedia

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `upload-bench [--simulator PATH] [--mib N] [--chunk-mib N]`
///
/// The memory a resumable upload from disk needs: uploads a file of `--mib` MiB (1 GiB by default, a sparse
/// temporary file) with the default `UploadOptions` (8 MiB chunks) to `wix-media-simulator --port 0`, run as a
/// child process so that this process holds only the uploader, and prints this process's peak resident memory
/// (`getrusage` `ru_maxrss`, absolute: the runtime, Foundation and URLSession included) against the 64 MiB
/// target, and the simulator's. Like the other benchmarks it reports rather than asserts; it fails only when the
/// simulator did not store the file's bytes. Build it in release (`make bench`).
let targetPeakMiB = 64.0
var simulatorPath = CommandLine.arguments[0].replacingOccurrences(of: "upload-bench", with: "wix-media-simulator")
var mebibytes = 1_024
var chunkMebibytes = 8
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--simulator": simulatorPath = arguments.popFirst() ?? simulatorPath
    case "--mib": mebibytes = max(1, Int(arguments.popFirst() ?? "") ?? mebibytes)
    case "--chunk-mib": chunkMebibytes = max(1, Int(arguments.popFirst() ?? "") ?? chunkMebibytes)
    default:
        FileHandle.standardError.write(Data("usage: upload-bench [--simulator PATH] [--mib N] [--chunk-mib N]\n".utf8))
        exit(2)
    }
}

let file: SparseFile
let simulator: SimulatorProcess
let measured: Measured
do {
    file = try SparseFile(byteCount: Int64(mebibytes) * 1_048_576)
} catch {
    fail("cannot create the file to upload: \(error)")
}
do {
    simulator = try SimulatorProcess(executable: simulatorPath)
} catch {
    file.remove()
    fail("\(error)")
}
do {
    measured = try await measureUpload(of: file, to: simulator.baseURL, chunkSize: chunkMebibytes * 1_048_576)
} catch {
    file.remove()
    simulator.stop()
    fail("the upload failed: \(error)")
}
file.remove()
let simulatorPeak = simulator.stop()
let (uploaded, seconds, before, peak) = (measured.file, measured.seconds, measured.peakBefore, measured.peak)

guard uploaded.sizeInBytes == file.byteCount, uploaded.hash == file.expectedHash else {
    fail(
        "the simulator stored \(uploaded.sizeInBytes ?? -1) bytes with hash \(uploaded.hash ?? "nil"), not "
            + "\(file.byteCount) bytes with hash \(file.expectedHash)")
}
let megabytesPerSecond = Double(file.byteCount) / 1_000_000 / seconds
print("figure | value")
print("---|---")
print(
    "resumable upload of \(mebibytes) MiB, \(chunkMebibytes) MiB chunks | \(format(seconds)) s, \(format(megabytesPerSecond)) MB/s"
)
let verdict = peak < targetPeakMiB ? "met" : "MISSED"
print(
    "uploader peak RSS (ru_maxrss, this process) | \(format(peak)) MiB (target < \(format(targetPeakMiB)) MiB: \(verdict))"
)
print("uploader peak RSS before the upload (after one API call) | \(format(before)) MiB")
print("simulator peak RSS (child process, not counted above) | \(simulatorPeak.map { "\(format($0)) MiB" } ?? "n/a")")
print("stored size and hash match the file | yes")

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("upload-bench: \(message)\n".utf8))
    exit(1)
}

func format(_ value: Double) -> String {
    String(format: "%.1f", value)
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

/// What one upload took.
struct Measured {
    var file: FileDescriptor
    var seconds: Double
    /// This process's peak resident memory before the upload and after it, in MiB.
    var peakBefore: Double
    var peak: Double
}

/// Uploads `file` to the simulator at `baseURL` with the default options but `chunkSize`.
func measureUpload(of file: SparseFile, to baseURL: URL, chunkSize: Int) async throws -> Measured {
    // Unpaced: the simulator serves the upload host on the API's host, where the chunks would count.
    let client = WixMediaClient(
        credentials: .apiKey("bench", siteID: "bench"),
        configuration: WixMediaConfiguration(baseURL: baseURL, rateLimit: nil))
    // One API call first, so that the figure before the upload includes a warmed-up client and URLSession.
    _ = try await client.folders.listFolders()
    let before = PeakMemory.ofThisProcess
    let start = ContinuousClock.now
    let uploaded = try await client.files.upload(
        fileURL: file.url, fileName: "bench.mp4", options: UploadOptions(chunkSize: chunkSize))
    return Measured(
        file: uploaded, seconds: (ContinuousClock.now - start).seconds, peakBefore: before,
        peak: PeakMemory.ofThisProcess)
}
