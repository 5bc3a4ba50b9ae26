/// The arithmetic of a ``RateLimit``: whether a token is there at a given instant, and if not, how long until
/// one is. No waiting and no clock of its own, so that it can be tested instant by instant.
///
/// It is kept in the form of the generic cell rate algorithm: instead of a fractional token count refilled on
/// every look, one instant — when the bucket will be full again if nothing more is taken — advances by one
/// token's worth of time per request. The two are the same bucket; this one is exact (whole attoseconds, no
/// floating-point drift over a long run) and needs no refill step.
struct TokenBucket<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    /// The time it takes to earn one token.
    let tokenInterval: Duration
    /// How far ahead of now the full-again instant may be while a token is left: `burst − 1` tokens' worth.
    let depth: Duration
    /// When the bucket is full again if nothing more is taken; nil before the first request (full).
    private var fullAgain: Instant?

    init(_ limit: RateLimit) {
        tokenInterval = limit.tokenInterval
        depth = limit.tokenInterval * (limit.burst - 1)
    }

    /// Takes a token at `now` if there is one. Returns nil when it did; otherwise the time until a token is
    /// there, having taken nothing.
    mutating func take(at now: Instant) -> Duration? {
        let full = max(fullAgain ?? now, now)
        let earliest = full.advanced(by: .zero - depth)
        if now < earliest {
            return now.duration(to: earliest)
        }
        fullAgain = full.advanced(by: tokenInterval)
        return nil
    }
}
