import Foundation
import OpenAPIClientKit
import TestingSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `transport-bench [--mib N] [--cap-mib N]`
///
/// Peak resident memory of `URLSessionTransport` (`--cap-mib`, default 16 MiB body cap) receiving each hostile response of
/// issue #13 — a `Content-Length` body, a gzip bomb and an endless chunked body, `--mib` MiB each (2,048 by
/// default) — against a baseline of one small response. Each case runs in a child process of its own
/// (`--case NAME`), because `getrusage`'s peak never goes down; the loopback server runs in that child too and
/// writes 1 MiB at a time, so the figure is the client's plus a few MiB. Reports, asserts nothing, and fails
/// only when a hostile response is not refused with `TransportError.responseTooLarge`.
var mebibytes = 2_048
var capMebibytes = URLSessionTransport.defaultMaximumResponseBodySize / 1_048_576
var caseName: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--mib": mebibytes = max(1, Int(arguments.popFirst() ?? "") ?? mebibytes)
    case "--cap-mib": capMebibytes = max(0, Int(arguments.popFirst() ?? "") ?? capMebibytes)
    case "--case": caseName = arguments.popFirst()
    default:
        FileHandle.standardError.write(Data("usage: transport-bench [--mib N] [--cap-mib N]\n".utf8))
        exit(2)
    }
}

if let caseName {
    // Child: one case, one line: "<peak MiB> <seconds> <outcome>".
    let start = ContinuousClock.now
    let outcome = await receive(caseName, size: mebibytes * 1_048_576, cap: capMebibytes * 1_048_576)
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    print(String(format: "%.1f %.2f ", PeakMemory.ofThisProcess, seconds) + outcome)
    exit(0)
}

print("response (cap \(capMebibytes) MiB) | size | peak RSS (MiB) | time (s) | outcome")
print("---|---|---|---|---")
var failed = false
for name in ["baseline"] + HostileResponse.allCases.map(\.rawValue) {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = ["--case", name, "--mib", "\(mebibytes)", "--cap-mib", "\(capMebibytes)"]
    let output = Pipe()
    child.standardOutput = output
    try child.run()
    let line = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    child.waitUntilExit()
    let fields = line.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 2)
    guard child.terminationStatus == 0, fields.count == 3 else {
        print("\(name) | – | – | – | the child failed (\(child.terminationStatus)): \(line)")
        failed = true
        continue
    }
    let size =
        name == "baseline" ? "5 B" : name == HostileResponse.endlessChunked.rawValue ? "endless" : "\(mebibytes) MiB"
    print("\(name) | \(size) | \(fields[0]) | \(fields[1]) | \(fields[2])")
    failed = failed || (name != "baseline" && !fields[2].hasPrefix("refused: TransportError.responseTooLarge"))
}
exit(failed ? 1 : 0)

/// Sends one request to a server with the response `name` and says how it ended.
func receive(_ name: String, size: Int, cap: Int) async -> String {
    let server: LoopbackHTTPServer
    do {
        if let hostile = HostileResponse(rawValue: name) {
            server = try hostile.server(size: size)
        } else {
            server = try LoopbackHTTPServer(
                response: LoopbackHTTPServer.response(status: "200 OK", headers: [], body: "hello"))
        }
    } catch {
        return "no server: \(error)"
    }
    let transport = URLSessionTransport(configuration: .ephemeral, maximumResponseBodySize: cap)
    var request = URLRequest(url: server.baseURL.appendingPathComponent("body"))
    request.timeoutInterval = 60
    do {
        let (body, response) = try await transport.send(request)
        return "received HTTP \(response.statusCode), \(body.count) bytes"
    } catch let error as TransportError {
        return "refused: \(error)"
    } catch {
        return "failed: \(error)"
    }
}
