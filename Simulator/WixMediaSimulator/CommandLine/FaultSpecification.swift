/// A fault given on the command line: `KIND[,operation=ID][,times=N|always]` (see ``SimulatorCommandLine/usage``).
package struct FaultSpecification: Equatable, Sendable {
    package var fault: SimulatorFault
    package var target: FaultTarget
    /// How many requests it applies to; nil for all.
    package var times: Int?

    package init(fault: SimulatorFault, target: FaultTarget = .anyRequest, times: Int? = 1) {
        self.fault = fault
        self.target = target
        self.times = times
    }

    /// Reads `text`.
    ///
    /// - Throws: ``SimulatorCommandLine/UsageError`` naming the part that is not understood.
    package init(parsing text: String) throws(SimulatorCommandLine.UsageError) {
        func failure(_ reason: String) -> SimulatorCommandLine.UsageError {
            SimulatorCommandLine.UsageError(description: "--fault \(text): \(reason)")
        }
        var parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let kind = parts.removeFirst()
        var options: [String: String] = [:]
        for part in parts {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, !pair[1].isEmpty else { throw failure("\(part) is not NAME=VALUE") }
            guard options.updateValue(pair[1], forKey: pair[0]) == nil else { throw failure("\(pair[0]) given twice") }
        }
        func take(_ name: String) -> String? { options.removeValue(forKey: name) }

        let retryAfter = take("retry-after")
        if let status = Int(kind) {
            guard (400...599).contains(status) else { throw failure("the status must be 400–599") }
            fault = .status(status, retryAfter: retryAfter)
        } else {
            guard retryAfter == nil else { throw failure("retry-after goes with a status, such as 429") }
            fault = try Self.fault(named: kind, failure: failure)
        }
        target = take("operation").map(FaultTarget.operation) ?? .anyRequest
        switch take("times") {
        case nil: times = 1
        case "always": times = nil
        case let text?:
            guard let count = Int(text), count > 0 else { throw failure("times must be a number ≥ 1 or always") }
            times = count
        }
        if let unknown = options.keys.sorted().first { throw failure("unknown option \(unknown)") }
    }

    /// The fault a non-status `KIND` names.
    private static func fault(
        named kind: String, failure: (String) -> SimulatorCommandLine.UsageError
    ) throws(SimulatorCommandLine.UsageError) -> SimulatorFault {
        let pair = kind.split(separator: "=", maxSplits: 1).map(String.init)
        switch (pair[0], pair.count == 2 ? pair[1] : nil) {
        case ("delay", let seconds?):
            guard let seconds = Double(seconds), seconds >= 0, seconds.isFinite else {
                throw failure("delay needs seconds ≥ 0")
            }
            return .delay(.milliseconds(Int64(seconds * 1_000)))
        case ("drop-during-body", let bytes?):
            guard let bytes = Int(bytes), bytes >= 0 else { throw failure("drop-during-body needs bytes ≥ 0") }
            return .dropConnectionDuringRequestBody(afterBytes: bytes)
        case ("drop-before-response", nil): return .dropConnectionBeforeResponse
        case ("drop-mid-body", nil): return .dropConnectionMidBody
        case ("html-500", nil): return .htmlInternalServerError
        case ("truncated-json", nil): return .truncatedJSON
        default: throw failure("unknown fault \(kind)")
        }
    }
}
