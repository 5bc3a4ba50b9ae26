import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The retry policy's arithmetic and classification, without a client.
final class RetryPolicyTests: XCTestCase {
    func testBackoffCeilingDoublesUpToTheMaximum() {
        let policy = RetryPolicy(baseDelay: .milliseconds(250), maxDelay: .seconds(3))

        let ceilings = (0..<7).map { policy.backoffCeiling(beforeRetry: $0) }

        XCTAssertEqual(
            ceilings,
            [.milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(3), .seconds(3), .seconds(3)])
    }

    func testHugeRetryNumbersDoNotOverflow() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(10))

        XCTAssertEqual(policy.backoffCeiling(beforeRetry: Int.max), .seconds(10))
        XCTAssertEqual(policy.backoffCeiling(beforeRetry: -1), .seconds(1))
    }

    func testDelayIsTheJitteredCeiling() {
        let halving = RetryPolicy(baseDelay: .seconds(1), jitter: { $0 / 2 })
        let excessive = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(2), jitter: { $0 * 100 })

        XCTAssertEqual(halving.delay(beforeRetry: 2), .seconds(2))
        XCTAssertEqual(excessive.delay(beforeRetry: 0), .seconds(2), "a jitter function cannot exceed maxDelay")
    }

    func testFullJitterStaysWithinZeroAndTheCeiling() {
        let ceiling = Duration.milliseconds(800)
        let samples = (0..<1_000).map { _ in RetryPolicy.fullJitter(ceiling) }

        XCTAssertTrue(samples.allSatisfy { $0 >= .zero && $0 <= ceiling })
        XCTAssertGreaterThan(Set(samples).count, 900, "the waits are spread out, not one fixed value")
        XCTAssertEqual(RetryPolicy.fullJitter(.zero), .zero)
    }

    func testRetryAfterReplacesTheBackoffUpToItsCap() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maxRetryAfter: .seconds(20), jitter: { $0 })

        XCTAssertEqual(policy.delay(beforeRetry: 3, retryAfter: .seconds(5)), .seconds(5))
        XCTAssertEqual(policy.delay(beforeRetry: 0, retryAfter: .seconds(3_600)), .seconds(20))
        XCTAssertEqual(policy.delay(beforeRetry: 0, retryAfter: .zero), .zero)
    }

    func testRetryableStatuses() {
        let policy = RetryPolicy()

        XCTAssertEqual((400...599).filter(policy.isRetryable(statusCode:)), [429, 502, 503, 504])
    }

    func testRetryableFailures() {
        let policy = RetryPolicy()

        XCTAssertTrue(policy.isRetryable(.timedOut))
        XCTAssertTrue(policy.isRetryable(.transport(underlying: URLError(.networkConnectionLost))))
        XCTAssertTrue(policy.isRetryable(.transport(underlying: URLError(.cannotConnectToHost))))
        XCTAssertFalse(
            policy.isRetryable(.transport(underlying: URLError(.cannotFindHost))), "a wrong host stays wrong")
        XCTAssertFalse(policy.isRetryable(.transport(underlying: URLError(.secureConnectionFailed))))
        XCTAssertFalse(policy.isRetryable(.transport(underlying: TestFailure("not a URLError"))))
        XCTAssertFalse(policy.isRetryable(.cancelled))
        XCTAssertFalse(policy.isRetryable(.invalidRequest(underlying: TestFailure("bad body"))))
        XCTAssertFalse(
            policy.isRetryable(.undecodableResponse(statusCode: 200, body: Data(), underlying: TestFailure("x"))))
    }

    func testTimeoutsCanBeExcluded() {
        var policy = RetryPolicy()
        policy.retryableURLErrorCodes.remove(.timedOut)

        XCTAssertFalse(policy.isRetryable(.timedOut))
    }

    func testNoneNeverRetries() {
        XCTAssertEqual(RetryPolicy.none.maxRetries, 0)
        XCTAssertEqual(RetryPolicy(maxRetries: -3).maxRetries, 0)
        XCTAssertEqual(RetryPolicy.default.maxRetries, 3)
        XCTAssertEqual(WixMediaConfiguration().retryPolicy.maxRetries, 3)
    }
}
