import XCTest

@testable import OpenAPIClientKit
@testable import WixMedia

/// The bucket's arithmetic, instant by instant: a burst at once, then one token per interval, never more than
/// the burst saved up, and a refused take spends nothing.
final class TokenBucketTests: XCTestCase {
    private typealias Instant = SteppedClock.Instant

    private func at(_ milliseconds: Int) -> Instant {
        Instant(offset: .milliseconds(milliseconds))
    }

    func testAFullBucketLetsTheBurstGoAtOnceThenWaitsOneToken() throws {
        var bucket = TokenBucket<Instant>(try RateLimit(requests: 10, per: .seconds(1), burst: 3))

        XCTAssertNil(bucket.take(at: at(0)))
        XCTAssertNil(bucket.take(at: at(0)))
        XCTAssertNil(bucket.take(at: at(0)))
        XCTAssertEqual(bucket.take(at: at(0)), .milliseconds(100))
    }

    func testTokensAreEarnedAtTheRate() throws {
        var bucket = TokenBucket<Instant>(try RateLimit(requests: 10, per: .seconds(1), burst: 1))

        XCTAssertNil(bucket.take(at: at(0)))
        XCTAssertEqual(bucket.take(at: at(40)), .milliseconds(60))
        XCTAssertNil(bucket.take(at: at(100)))
        XCTAssertEqual(bucket.take(at: at(150)), .milliseconds(50))
        XCTAssertNil(bucket.take(at: at(200)))
    }

    func testARefusedTakeSpendsNothing() throws {
        var bucket = TokenBucket<Instant>(try RateLimit(requests: 10, per: .seconds(1), burst: 1))
        XCTAssertNil(bucket.take(at: at(0)))

        for milliseconds in [10, 20, 30, 99] {
            XCTAssertEqual(bucket.take(at: at(milliseconds)), .milliseconds(100 - milliseconds))
        }
        XCTAssertNil(bucket.take(at: at(100)))
    }

    func testAQuietSpellSavesUpNoMoreThanTheBurst() throws {
        var bucket = TokenBucket<Instant>(try RateLimit(requests: 10, per: .seconds(1), burst: 4))
        XCTAssertNil(bucket.take(at: at(0)))

        let later = 3_600_000
        for _ in 0..<4 {
            XCTAssertNil(bucket.take(at: at(later)))
        }
        XCTAssertEqual(bucket.take(at: at(later)), .milliseconds(100))
    }

    func testExtremeLimitsDoNotOverflow() throws {
        var slow = TokenBucket<Instant>(try RateLimit(requests: 1, per: .seconds(Int64.max), burst: 1))
        var fast = TokenBucket<Instant>(try RateLimit(requests: .max, per: .nanoseconds(1), burst: .max))

        XCTAssertNil(slow.take(at: at(0)))
        XCTAssertEqual(slow.take(at: at(0)), .seconds(Int64.max))
        for _ in 0..<1_000 {
            XCTAssertNil(fast.take(at: at(0)))
        }
    }

    /// A greedy sender under Wix's default never has more than 190 requests in any 60-second window, 10 below
    /// the strictest reading of Wix's limit (the simulator's), and keeps up 180 a minute.
    func testWixDefaultKeepsEverySixtySecondWindowWithinTwoHundred() {
        var bucket = TokenBucket<Instant>(.wixDefault)
        var now = Instant(offset: .zero)
        var sent: [Instant] = []
        let end = Instant(offset: .seconds(600))
        while now < end {
            if let wait = bucket.take(at: now) {
                now = now.advanced(by: wait)
            } else {
                sent.append(now)
            }
        }

        var oldest = 0
        var busiest = 0
        for (index, instant) in sent.enumerated() {
            while sent[oldest] <= instant.advanced(by: .seconds(-60)) { oldest += 1 }
            busiest = max(busiest, index - oldest + 1)
        }
        XCTAssertEqual(busiest, 190)
        XCTAssertEqual(sent.count, 10 + 180 * 10)
    }
}
