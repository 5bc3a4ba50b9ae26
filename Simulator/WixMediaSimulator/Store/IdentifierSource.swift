import Foundation

/// Deterministic IDs and timestamps, so that two runs of a test see the same store.
struct IdentifierSource: Sendable {
    private var state: UInt64
    /// The simulated time: it starts at 2024-01-01T00:00:00Z and moves one second per change, so that every
    /// change has its own `updatedDate` and sorting by date is never a tie.
    private(set) var now = Date(timeIntervalSince1970: 1_704_067_200)

    init(seed: UInt64) {
        state = seed
    }

    /// 32 lowercase hex digits, the shape of Wix folder IDs and of the hex part of file IDs.
    mutating func hex32() -> String {
        hex16(next()) + hex16(next())
    }

    /// Advances the clock and returns the new time.
    mutating func tick() -> Date {
        now += 1
        return now
    }

    /// SplitMix64: tiny, fast and well distributed; the IDs need to be unique and look random, not secret.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    private func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
