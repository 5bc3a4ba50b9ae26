import Foundation

/// What one variant of a `oneOf` cost while it was tried: the problems its tolerant decoding recorded and the
/// values it could only keep as unrecognized. ``OneOfDecoding`` ranks the variants that decode by this cost, and
/// passes on the problems of the one it keeps only; the others' attempts leave no trace.
///
/// Bound to the variant's decoding through a task-local value because a `Decoder`'s `userInfo` cannot be
/// changed while it decodes; decoding is synchronous, so the binding covers exactly the variant's attempt.
final class DecodingTrial: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [DecodingProblem] = []
    private var unrecognizedValues = 0

    /// The trial the current decoding belongs to; nil outside any `oneOf` variant's attempt.
    @TaskLocal static var current: DecodingTrial?

    /// How much the value lost in this variant: one per recorded problem and per unrecognized value.
    var cost: Int {
        lock.lock()
        defer { lock.unlock() }
        return recorded.count + unrecognizedValues
    }

    func record(_ problem: DecodingProblem) {
        lock.lock()
        recorded.append(problem)
        lock.unlock()
    }

    /// Notes an open enum's value that none of its cases covers: not a problem, but a weaker match.
    func noteUnrecognizedValue() {
        lock.lock()
        unrecognizedValues += 1
        lock.unlock()
    }

    /// Passes this trial's problems and cost on to where the current decoding reports: the enclosing trial
    /// (a `oneOf` inside a variant being tried), else `userInfo`'s collector.
    func forward(userInfo: [CodingUserInfoKey: Any]) {
        lock.lock()
        let problems = recorded
        let unrecognized = unrecognizedValues
        lock.unlock()
        for problem in problems { DecodingProblems.report(problem, userInfo: userInfo) }
        if let outer = DecodingTrial.current {
            for _ in 0..<unrecognized { outer.noteUnrecognizedValue() }
        }
    }
}

extension DecodingProblems {
    /// Sends `problem` to the `oneOf` variant on trial, if any, else to the collector in `userInfo`.
    static func report(_ problem: DecodingProblem, userInfo: [CodingUserInfoKey: Any]) {
        if let trial = DecodingTrial.current {
            trial.record(problem)
        } else {
            (userInfo[.decodingProblems] as? DecodingProblems)?.record(problem)
        }
    }

    /// Whether `userInfo`'s collector asks for strict decoding; without a collector decoding is tolerant.
    static func isStrict(_ userInfo: [CodingUserInfoKey: Any]) -> Bool {
        (userInfo[.decodingProblems] as? DecodingProblems)?.policy == .strict
    }
}
