import Dispatch
import Foundation
import WixMediaSimulator

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// wix-media-simulator [--port N] [--quota N/SECONDS]: serves the simulated Wix Media Manager on 127.0.0.1 until
// interrupted.

let usage = """
    usage: wix-media-simulator [--port N] [--quota N/SECONDS]

    Serves a simulated Wix Media Manager REST API (Files and Folders) on 127.0.0.1.
    --port N             the port to listen on; 0 (the default) picks a free one.
    --quota N/SECONDS    answer API requests with 429 RESOURCE_EXHAUSTED once N were admitted in the last SECONDS
                         (a sliding window; upload-host requests do not count). Wix's limit is 200/60; without
                         the option there is no limit.
    Prints "listening on 127.0.0.1:<port>", then serves until interrupted (SIGINT or SIGTERM).
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("wix-media-simulator: \(message)\n\n\(usage)\n".utf8))
    exit(2)
}

var configuration = WixMediaSimulator.Configuration()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--port":
        guard let text = arguments.popFirst(), let port = UInt16(text) else { fail("--port needs a number 0–65535") }
        configuration.port = port
    case "--quota":
        guard let quota = arguments.popFirst().flatMap(RequestQuota.init(commandLineValue:)) else {
            fail("--quota needs REQUESTS/SECONDS, such as 200/60: a whole number ≥ 0 and seconds > 0")
        }
        configuration.quota = quota
    case "--help", "-h":
        print(usage)
        exit(0)
    default:
        fail("unknown argument \(argument)")
    }
}

let simulator: WixMediaSimulator
do {
    simulator = try WixMediaSimulator(configuration: configuration)
} catch {
    FileHandle.standardError.write(Data("wix-media-simulator: cannot listen: \(error)\n".utf8))
    exit(1)
}
// Stop cleanly on SIGINT and SIGTERM: the default handlers would kill the process mid-response. Set up before
// the port is announced: a parent that stops the simulator as soon as it is done with it would otherwise send
// its SIGTERM between `SIG_IGN` and `resume()`, where it is lost and the simulator runs on.
var signalSources: [any DispatchSourceSignal] = []
for signalNumber in [SIGINT, SIGTERM] {
    signal(signalNumber, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .main)
    source.setEventHandler {
        simulator.stop()
        exit(0)
    }
    source.resume()
    signalSources.append(source)
}

// Written straight to the descriptor: a parent process reading the port must not wait for a buffer to fill.
FileHandle.standardOutput.write(Data((ListeningAnnouncement.line(port: simulator.port) + "\n").utf8))
dispatchMain()
