import XCTest

@testable import OpenAPIClientKit
@testable import WixMedia

/// The queue in front of the bucket: first come, first served; a cancelled waiter leaves at once and spends
/// nothing; no timer outlives the queue. Time moves only when the test moves it.
final class RateLimiterTests: XCTestCase {
    private let clock = SteppedClock()

    /// One token a second, none saved up beyond one.
    private func oneASecond() throws -> RateLimiter<SteppedClock> {
        RateLimiter(try RateLimit(requests: 1, per: .seconds(1)), clock: clock)
    }

    /// Starts a task that acquires a token and records `label` once it has one; returns when it is queued.
    private func queue(
        _ label: Int, on limiter: RateLimiter<SteppedClock>, into served: Served
    ) async throws -> Task<Void, any Error> {
        let before = limiter.waitingCount
        let task = Task {
            try await limiter.acquire()
            served.append(label)
        }
        try await eventually("waiter \(label) queued") { limiter.waitingCount == before + 1 }
        return task
    }

    func testARequestWithATokenAndNobodyWaitingGoesAtOnce() async throws {
        let limiter = RateLimiter(try RateLimit(requests: 10, per: .seconds(1), burst: 3), clock: clock)

        for _ in 0..<3 {
            try await limiter.acquire()
        }

        XCTAssertEqual(limiter.waitingCount, 0)
        XCTAssertEqual(clock.sleeperCount, 0)
    }

    func testSixteenWaitersAreServedInArrivalOrderOneTokenAtATime() async throws {
        let limiter = try oneASecond()
        try await limiter.acquire()  // the bucket is empty now
        let served = Served()
        var tasks: [Task<Void, any Error>] = []
        for label in 0..<16 {
            tasks.append(try await queue(label, on: limiter, into: served))
        }

        for step in 1...16 {
            try await eventually("the timer is set") { clock.sleeperCount == 1 }
            XCTAssertEqual(served.labels.count, step - 1, "a token was given before it was earned")
            clock.advance(by: .seconds(1))
            try await eventually("waiter \(step - 1) served") { served.labels.count == step }
        }

        for task in tasks {
            try await task.value
        }
        XCTAssertEqual(served.labels, Array(0..<16))
        XCTAssertEqual(clock.sleeperCount, 0)
    }

    func testANewcomerDoesNotOvertakeTheQueueWhenATokenAppears() async throws {
        let limiter = try oneASecond()
        try await limiter.acquire()
        let served = Served()
        let first = try await queue(1, on: limiter, into: served)
        try await eventually("the timer is set") { clock.sleeperCount == 1 }

        // A token is earned, and a newcomer asks for it before the (late) timer has served the queue's head.
        clock.advance(by: .seconds(1), wakingSleepers: false)
        let newcomer = Task {
            try await limiter.acquire()
            served.append(2)
        }

        try await eventually("the head of the queue served") { !served.labels.isEmpty }
        guard served.labels == [1] else {
            first.cancel()
            newcomer.cancel()
            return XCTFail("the newcomer overtook the queue: served \(served.labels)")
        }
        try await first.value
        try await eventually("the newcomer queued") { limiter.waitingCount == 1 }
        clock.advance(by: .seconds(1))
        try await newcomer.value
        XCTAssertEqual(served.labels, [1, 2])
    }

    func testACancelledWaiterLeavesAtOnceAndSpendsNoToken() async throws {
        let limiter = try oneASecond()
        try await limiter.acquire()
        let served = Served()
        let cancelled = try await queue(1, on: limiter, into: served)
        let next = try await queue(2, on: limiter, into: served)

        cancelled.cancel()

        // No clock movement: the cancelled waiter must not sleep out its wait.
        try await eventually("the cancelled waiter left the queue") { limiter.waitingCount == 1 }
        let result = await cancelled.result
        guard case .failure(let error) = result, error is CancellationError else {
            return XCTFail("expected CancellationError, got \(result)")
        }
        XCTAssertEqual(limiter.waitingCount, 1)
        clock.advance(by: .seconds(1))
        try await next.value
        XCTAssertEqual(served.labels, [2])
    }

    func testNoTimerOutlivesTheQueue() async throws {
        let limiter = try oneASecond()
        try await limiter.acquire()
        let served = Served()
        let waiters = [
            try await queue(1, on: limiter, into: served), try await queue(2, on: limiter, into: served),
        ]
        try await eventually("the timer is set") { clock.sleeperCount == 1 }

        for waiter in waiters {
            waiter.cancel()
        }

        try await eventually("the waiters left the queue") { limiter.waitingCount == 0 }
        try await eventually("the timer is cancelled") { clock.sleeperCount == 0 }
        for waiter in waiters {
            _ = await waiter.result
        }
        XCTAssertEqual(served.labels, [])
    }

    func testAnAlreadyCancelledTaskThatMustWaitThrowsWithoutQueueing() async throws {
        let limiter = try oneASecond()
        try await limiter.acquire()

        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await limiter.acquire()
        }
        let result = await task.result

        guard case .failure(let error) = result, error is CancellationError else {
            return XCTFail("expected CancellationError, got \(result)")
        }
        XCTAssertEqual(limiter.waitingCount, 0)
        XCTAssertEqual(clock.sleeperCount, 0)
    }
}

/// The labels of the waiters served, in order.
final class Served: @unchecked Sendable {
    // @unchecked: `served` is only reached while holding `lock`.
    private var served: [Int] = []
    private let lock = NSLock()

    var labels: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return served
    }

    func append(_ label: Int) {
        lock.lock()
        defer { lock.unlock() }
        served.append(label)
    }
}
