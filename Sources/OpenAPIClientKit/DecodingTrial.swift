import Foundation

/// What one variant of a `oneOf` cost while it was tried: the problems its tolerant decoding recorded (an
/// ambiguous nested union among them, at no cost: it loses nothing) and the values it could only keep as
/// unrecognized. ``OneOfDecoding`` ranks the variants that decode by this cost, and
/// passes on the problems of the one it keeps only; the others' attempts leave no trace.
///
/// Bound to the variant's decoding through a task-local value because a `Decoder`'s `userInfo` cannot be
/// changed while it decodes; decoding is synchronous, so the binding covers exactly the variant's attempt.
final class DecodingTrial: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [DecodingProblem] = []
    private var points = 0

    /// The trial the current decoding belongs to; nil outside any `oneOf` variant's attempt.
    @TaskLocal static var current: DecodingTrial?

    /// How much of the value this variant lost: a point per dropped property, unmatched union and
    /// undocumented enum value.
    var cost: Int {
        lock.lock()
        defer { lock.unlock() }
        return points
    }

    /// Records `problem`, which costs the variant `cost` points: an ambiguous nested union loses nothing.
    func record(_ problem: DecodingProblem, cost: Int) {
        lock.lock()
        recorded.append(problem)
        points += cost
        lock.unlock()
    }

    /// Notes an open enum's value that none of its cases covers: not a problem, but a weaker match.
    func noteUnrecognizedValue() {
        lock.lock()
        points += 1
        lock.unlock()
    }

    /// Passes this trial's problems and cost on to where the current decoding reports: the enclosing trial
    /// (a `oneOf` inside a variant being tried), else `userInfo`'s collector.
    func forward(userInfo: [CodingUserInfoKey: Any]) {
        lock.lock()
        let problems = recorded
        let cost = points
        lock.unlock()
        if let outer = DecodingTrial.current {
            outer.absorb(problems, cost: cost)
        } else if let collector = userInfo[.decodingProblems] as? DecodingProblems {
            for problem in problems { collector.record(problem) }
        }
    }

    private func absorb(_ problems: [DecodingProblem], cost: Int) {
        lock.lock()
        recorded += problems
        points += cost
        lock.unlock()
    }
}

extension DecodingProblems {
    /// Sends `problem` to the `oneOf` variant on trial, if any — where it costs the variant `cost` points —
    /// else to the collector in `userInfo`.
    static func report(_ problem: DecodingProblem, cost: Int = 1, userInfo: [CodingUserInfoKey: Any]) {
        if let trial = DecodingTrial.current {
            trial.record(problem, cost: cost)
        } else {
            (userInfo[.decodingProblems] as? DecodingProblems)?.record(problem)
        }
    }

    /// Whether `userInfo`'s collector asks for strict decoding; without a collector decoding is tolerant.
    static func isStrict(_ userInfo: [CodingUserInfoKey: Any]) -> Bool {
        (userInfo[.decodingProblems] as? DecodingProblems)?.policy == .strict
    }
}
