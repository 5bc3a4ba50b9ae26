/// The arguments of `wix-media-simulator`, kept apart from the executable so that tests can check them.
package enum SimulatorCommandLine {
    /// What the arguments ask for.
    package enum Command {
        /// Print ``usage`` and exit.
        case help
        /// Serve with `configuration`, the `faults` injected before the first request.
        case serve(configuration: WixMediaSimulator.Configuration, faults: [FaultSpecification])
    }

    /// A misuse of the command line, described for the person who typed it.
    package struct UsageError: Error, Equatable, CustomStringConvertible {
        package var description: String
    }

    package static let usage = """
        usage: wix-media-simulator [options]

        Serves a simulated Wix Media Manager REST API (Files and Folders) on 127.0.0.1, and is its upload host.
        Prints "listening on 127.0.0.1:<port>", then serves until interrupted (SIGINT or SIGTERM).

        options:
          --port N                      the port to listen on; 0 (the default) picks a free one
          --pending-reads-per-import N  reads (Get File Descriptor(s)) that return an imported file PENDING
                                        before it turns READY (default 1)
          --pending-reads-per-upload N  the same for uploaded files (default 0: READY in the upload's answer)
          --failing-upload NAME         uploads of a file named NAME turn FAILED instead of READY (repeatable)
          --accept-authorization VALUE  accept only this Authorization value (repeatable); by default any
                                        non-empty one is accepted
          --site-id ID                  the site's ID, returned as siteId and prefixing file IDs
          --seed N                      seeds the generated IDs, so that a run repeats exactly (default 1)
          --quota N/SECONDS             answer API requests with 429 RESOURCE_EXHAUSTED once N were admitted in
                                        the last SECONDS (a sliding window; upload-host requests do not count).
                                        Wix's limit is 200/60; without the option there is no limit
          --fault SPEC                  inject a fault (repeatable), SPEC being KIND[,operation=ID][,times=N|always]:
                                          KIND  an HTTP status (429, 500, 503…), optionally with ,retry-after=S
                                                delay=SECONDS        answer after a delay
                                                drop-before-response close the connection instead of answering
                                                drop-mid-body        close it halfway through the answer
                                                drop-during-body=N   close it after N bytes of the request body
                                                html-500             a 500 with an HTML page
                                                truncated-json       a 200 whose JSON is cut in half
                                          operation=ID  only requests of this operationId (listFiles,
                                                        tusPatchUpload…); all requests by default
                                          times=N       the next N matching requests (default 1); always: all
          -h, --help                    print this help
        """

    /// Reads `arguments` (without the program's name).
    ///
    /// - Throws: ``UsageError`` naming the argument that is unknown, lacks its value or has a malformed one.
    package static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        var configuration = WixMediaSimulator.Configuration()
        var faults: [FaultSpecification] = []
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            func value() throws(UsageError) -> String {
                guard let value = remaining.popFirst() else {
                    throw UsageError(description: "\(argument) needs a value")
                }
                return value
            }
            func count() throws(UsageError) -> Int {
                let text = try value()
                guard let number = Int(text), number >= 0 else {
                    throw UsageError(description: "\(argument) needs a whole number ≥ 0, not \(text)")
                }
                return number
            }
            switch argument {
            case "--help", "-h":
                return .help
            case "--port":
                let text = try value()
                guard let port = UInt16(text) else { throw UsageError(description: "--port needs a number 0–65535") }
                configuration.port = port
            case "--pending-reads-per-import":
                configuration.pendingReadsPerImport = try count()
            case "--pending-reads-per-upload":
                configuration.pendingReadsPerUpload = try count()
            case "--failing-upload":
                configuration.failingUploadNames.insert(try value())
            case "--accept-authorization":
                configuration.acceptedAuthorizations = (configuration.acceptedAuthorizations ?? []).union([try value()])
            case "--site-id":
                configuration.siteID = try value()
            case "--seed":
                let text = try value()
                guard let seed = UInt64(text) else { throw UsageError(description: "--seed needs a whole number ≥ 0") }
                configuration.seed = seed
            case "--quota":
                guard let quota = RequestQuota(commandLineValue: try value()) else {
                    throw UsageError(
                        description:
                            "--quota needs REQUESTS/SECONDS, such as 200/60: a whole number ≥ 0 and seconds > 0")
                }
                configuration.quota = quota
            case "--fault":
                faults.append(try FaultSpecification(parsing: try value()))
            default:
                throw UsageError(description: "unknown argument \(argument)")
            }
        }
        return .serve(configuration: configuration, faults: faults)
    }
}
