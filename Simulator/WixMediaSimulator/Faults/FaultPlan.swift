import OpenAPIClientKit

/// The faults waiting to be injected, consumed first come, first served.
///
/// ```swift
/// simulator.faults.inject(.rateLimited(retryAfter: "2"), for: .operation("listFiles"))  // the next one
/// simulator.faults.inject(.serviceUnavailable, times: nil)                              // every request
/// ```
public final class FaultPlan: Sendable {
    private struct Rule {
        var fault: SimulatorFault
        var target: FaultTarget
        /// How many more requests it applies to; nil for every one until cleared.
        var remaining: Int?
    }

    private let rules = Locked<[Rule]>([])

    init() {}

    /// Applies `fault` to the next `times` requests that `target` matches (`nil`: all of them, until
    /// ``clear()``). Earlier injections are used up first.
    public func inject(_ fault: SimulatorFault, for target: FaultTarget = .anyRequest, times: Int? = 1) {
        if let times, times <= 0 { return }
        rules.withLock { $0.append(Rule(fault: fault, target: target, remaining: times)) }
    }

    /// Removes every fault that has not been used up.
    public func clear() {
        rules.withLock { $0.removeAll() }
    }

    /// The fault for this request, if any, counting it as used.
    func take(operationID: String?, path: String) -> SimulatorFault? {
        take(operationID: operationID, path: path) { _ in true }
    }

    /// The number of body bytes to read when the fault for this request is
    /// ``SimulatorFault/dropConnectionDuringRequestBody(afterBytes:)``, counting it as used; nil, leaving any other
    /// fault for ``take(operationID:path:)``, otherwise.
    func takeBodyCut(operationID: String?, path: String) -> Int? {
        let fault = take(operationID: operationID, path: path) { fault in
            if case .dropConnectionDuringRequestBody = fault { return true }
            return false
        }
        guard case .dropConnectionDuringRequestBody(let afterBytes)? = fault else { return nil }
        return afterBytes
    }

    /// The first fault for this request if `accepts` it, counting it as used.
    private func take(operationID: String?, path: String, if accepts: (SimulatorFault) -> Bool) -> SimulatorFault? {
        rules.withLock { rules in
            guard let index = rules.firstIndex(where: { $0.target.matches(operationID: operationID, path: path) }),
                accepts(rules[index].fault)
            else { return nil }
            let fault = rules[index].fault
            if let remaining = rules[index].remaining {
                if remaining <= 1 {
                    rules.remove(at: index)
                } else {
                    rules[index].remaining = remaining - 1
                }
            }
            return fault
        }
    }
}
