import WixMedia
import XCTest

/// `RateLimit` takes only values a bucket can work with, and says which one was wrong.
final class RateLimitTests: XCTestCase {
    func testWixDefaultStaysWithinTwoHundredAMinuteWithAMargin() {
        let limit = RateLimit.wixDefault

        XCTAssertEqual(limit.requests + limit.burst, 190)
        XCTAssertEqual(limit.interval, .seconds(60))
        XCTAssertEqual(WixMediaConfiguration().rateLimit, .wixDefault)
    }

    func testInvalidValuesAreTypedErrors() {
        XCTAssertThrowsError(try RateLimit(requests: 0, per: .seconds(1))) {
            XCTAssertEqual($0 as? RateLimitError, .requestsNotPositive(0))
        }
        XCTAssertThrowsError(try RateLimit(requests: 5, per: .zero)) {
            XCTAssertEqual($0 as? RateLimitError, .intervalNotPositive(.zero))
        }
        XCTAssertThrowsError(try RateLimit(requests: 5, per: .seconds(-1))) {
            XCTAssertEqual($0 as? RateLimitError, .intervalNotPositive(.seconds(-1)))
        }
        XCTAssertThrowsError(try RateLimit(requests: 5, per: .seconds(1), burst: 0)) {
            XCTAssertEqual($0 as? RateLimitError, .burstOutOfRange(0, requests: 5))
        }
        XCTAssertThrowsError(try RateLimit(requests: 5, per: .seconds(1), burst: 6)) {
            XCTAssertEqual($0 as? RateLimitError, .burstOutOfRange(6, requests: 5))
        }
    }

    func testExtremeValuesAreAccepted() throws {
        let fast = try RateLimit(requests: .max, per: .nanoseconds(1), burst: .max)
        let slow = try RateLimit(requests: 1, per: .seconds(Int64.max), burst: 1)

        XCTAssertEqual(fast.burst, .max)
        XCTAssertEqual(slow.requests, 1)
    }
}
