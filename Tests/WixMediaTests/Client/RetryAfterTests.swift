import Foundation
import WixMedia
import XCTest

/// `Retry-After` in both of its forms (RFC 9110 §10.2.3), and the three HTTP-date formats.
final class RetryAfterTests: XCTestCase {
    /// Sun, 06 Nov 1994 08:49:37 GMT, the example date of RFC 9110.
    private let rfcExampleDate = Date(timeIntervalSince1970: 784_111_777)

    func testDelaySeconds() {
        XCTAssertEqual(RetryAfter.delay("120"), .seconds(120))
        XCTAssertEqual(RetryAfter.delay(" 0 "), .zero)
        XCTAssertEqual(RetryAfter.delay("99999999999999999999999"), .seconds(Int64.max), "overflow waits longest")
    }

    func testIMFFixdate() {
        let now = rfcExampleDate.addingTimeInterval(-90)

        XCTAssertEqual(RetryAfter.delay("Sun, 06 Nov 1994 08:49:37 GMT", now: now), .seconds(90))
    }

    func testObsoleteRFC850Date() {
        let now = rfcExampleDate.addingTimeInterval(-30)

        XCTAssertEqual(RetryAfter.delay("Sunday, 06-Nov-94 08:49:37 GMT", now: now), .seconds(30))
    }

    func testRFC850YearMoreThanFiftyYearsAheadIsInThePastCentury() {
        let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
        // "30" could be 2030 (4 years ahead) or 1930; "99" would be 2099 (73 ahead), so it is 1999: in the past.

        XCTAssertEqual(RetryAfter.delay("Thursday, 01-Jan-99 00:00:00 GMT", now: now), .zero)
        XCTAssertEqual(
            RetryAfter.delay("Tuesday, 01-Jan-30 00:00:00 GMT", now: now), .seconds(1_893_456_000 - 1_767_225_600))
    }

    func testObsoleteAsctimeDate() {
        let now = rfcExampleDate.addingTimeInterval(-1)

        XCTAssertEqual(RetryAfter.delay("Sun Nov  6 08:49:37 1994", now: now), .seconds(1))
    }

    func testDateInThePastMeansNoWait() {
        XCTAssertEqual(RetryAfter.delay("Sun, 06 Nov 1994 08:49:37 GMT", now: Date()), .zero)
    }

    func testInvalidValues() {
        for value in [
            "", "soon", "-5", "1.5", "Sun, 06 Nov 1994 08:49:37 PST", "Sun, 31 Feb 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:00:00 GMT", "Funday, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 994 08:49:37 GMT",
        ] {
            XCTAssertNil(RetryAfter.delay(value, now: rfcExampleDate), value)
        }
    }
}
