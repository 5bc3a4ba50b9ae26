/// Timing of repeated work: the median of several rounds, so one slow round (a page fault, a scheduler hiccup)
/// does not decide the figure.
struct Measurement {
    /// Items processed per second in each round.
    private(set) var rates: [Double] = []

    /// Runs `work` once per round and records `items / seconds`; `work` returns a value that depends on its
    /// result, so the optimizer cannot drop it.
    mutating func round(items: Int, _ work: () throws -> Int) rethrows -> Int {
        let start = ContinuousClock.now
        let checksum = try work()
        rates.append(Double(items) / (ContinuousClock.now - start).seconds)
        return checksum
    }

    /// The same for asynchronous work.
    mutating func round(items: Int, _ work: () async throws -> Int) async rethrows -> Int {
        let start = ContinuousClock.now
        let checksum = try await work()
        rates.append(Double(items) / (ContinuousClock.now - start).seconds)
        return checksum
    }

    /// The median rate.
    var median: Double {
        let sorted = rates.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

/// `1234567` as `1,234,567`.
func grouped(_ value: Double) -> String {
    let digits = String(Int(value.rounded()))
    var result = ""
    for (index, digit) in digits.reversed().enumerated() {
        if index > 0, index % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return String(result.reversed())
}
