import Dispatch
import Foundation
import WixMediaSimulator

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// wix-media-simulator [options]: serves the simulated Wix Media Manager on 127.0.0.1 until interrupted. The
// options are SimulatorCommandLine's, where tests can read them.

let configuration: WixMediaSimulator.Configuration
let faults: [FaultSpecification]
do {
    switch try SimulatorCommandLine.parse(Array(CommandLine.arguments.dropFirst())) {
    case .help:
        print(SimulatorCommandLine.usage)
        exit(0)
    case .serve(let parsedConfiguration, let parsedFaults):
        (configuration, faults) = (parsedConfiguration, parsedFaults)
    }
} catch {
    FileHandle.standardError.write(Data("wix-media-simulator: \(error)\n\n\(SimulatorCommandLine.usage)\n".utf8))
    exit(2)
}

let simulator: WixMediaSimulator
do {
    simulator = try WixMediaSimulator(configuration: configuration)
} catch {
    FileHandle.standardError.write(Data("wix-media-simulator: cannot listen: \(error)\n".utf8))
    exit(1)
}
for specification in faults {
    simulator.faults.inject(specification.fault, for: specification.target, times: specification.times)
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
