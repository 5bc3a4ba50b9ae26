import OpenAPIClientKit
import XCTest

/// Page-number and offset paging: every end condition, the runaway bound and cancellation.
final class CountedPagedSequenceTests: XCTestCase {
    private func collect(_ sequence: CountedPagedSequence<Int>) async throws -> [Int] {
        var items: [Int] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    /// A server of `total` numbered items that pages by page number (from `firstPage`) or offset.
    private func server(
        total: Int, counting: CountedPagedSequence<Int>.Counting, pageSize: Int?, defaultSize: Int = 3,
        report: (totalItems: Bool, totalPages: Bool, hasMore: Bool) = (false, false, false), maxPages: Int = 100
    ) -> (CountedPagedSequence<Int>, PositionLog) {
        let log = PositionLog()
        let size = pageSize ?? defaultSize
        let sequence = CountedPagedSequence<Int>(counting: counting, pageSize: pageSize, maxPages: maxPages) {
            position in
            await log.record(position)
            let start: Int
            switch counting {
            case .pages(let firstPage): start = (position - firstPage) * size
            case .items: start = position
            }
            let items = Array(start..<max(start, min(start + size, total)))
            let pages = (total + size - 1) / size
            return CountedPage(
                items: items, totalItems: report.totalItems ? total : nil, totalPages: report.totalPages ? pages : nil,
                hasMore: report.hasMore ? start + size < total : nil)
        }
        return (sequence, log)
    }

    func testPageNumbersEndOnAShortPage() async throws {
        let (pages, log) = server(total: 7, counting: .pages(firstPage: 1), pageSize: 3)
        let items = try await collect(pages)
        XCTAssertEqual(items, Array(0..<7))
        let positions = await log.positions
        XCTAssertEqual(positions, [1, 2, 3])
    }

    func testAnExactMultipleEndsOnTheEmptyPage() async throws {
        let (pages, log) = server(total: 6, counting: .pages(firstPage: 0), pageSize: 3)
        let items = try await collect(pages)
        XCTAssertEqual(items, Array(0..<6))
        let positions = await log.positions
        XCTAssertEqual(positions, [0, 1, 2])
    }

    func testTotalsEndWithoutAnExtraRequest() async throws {
        for report in [(true, false, false), (false, true, false), (false, false, true)] {
            let (pages, log) = server(total: 6, counting: .pages(firstPage: 1), pageSize: 3, report: report)
            let items = try await collect(pages)
            XCTAssertEqual(items, Array(0..<6))
            let positions = await log.positions
            XCTAssertEqual(positions, [1, 2], "\(report)")
        }
    }

    func testOffsetsAdvanceByTheItemsReceived() async throws {
        let (pages, log) = server(total: 5, counting: .items, pageSize: 2)
        let items = try await collect(pages)
        XCTAssertEqual(items, Array(0..<5))
        let positions = await log.positions
        XCTAssertEqual(positions, [0, 2, 4])
    }

    func testWithoutAPageSizeTheFirstPageSetsIt() async throws {
        let (pages, log) = server(total: 7, counting: .items, pageSize: nil, defaultSize: 4)
        let items = try await collect(pages)
        XCTAssertEqual(items, Array(0..<7))
        let positions = await log.positions
        XCTAssertEqual(positions, [0, 4])
    }

    func testAServerIgnoringThePositionStopsAtTheBound() async throws {
        let sequence = CountedPagedSequence<Int>(counting: .items, pageSize: 2, maxPages: 5) { _ in
            CountedPage(items: [1, 2])
        }
        do {
            _ = try await collect(sequence)
            XCTFail("expected pageLimitReached")
        } catch {
            XCTAssertEqual(error as? CursorPagingError, .pageLimitReached(maxPages: 5))
        }
    }

    func testCancellationStopsBeforeTheNextRequest() async throws {
        let log = PositionLog()
        let sequence = CountedPagedSequence<Int>(counting: .pages(firstPage: 1), pageSize: 1, maxPages: 1000) {
            page in
            await log.record(page)
            if page == 2 { withUnsafeCurrentTask { $0?.cancel() } }
            return CountedPage(items: [page])
        }
        let task = Task {
            var items: [Int] = []
            for try await item in sequence { items.append(item) }
            return items
        }
        do {
            _ = try await task.value
            XCTFail("expected CancellationError")
        } catch {
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
        let positions = await log.positions
        XCTAssertEqual(positions, [1, 2])
    }

    func testAFailedIteratorIsFinished() async throws {
        struct Boom: Error {}
        let log = PositionLog()
        let sequence = CountedPagedSequence<Int>(counting: .items, pageSize: 1, maxPages: 10) { offset in
            await log.record(offset)
            throw Boom()
        }
        var iterator = sequence.makeAsyncIterator()
        do {
            _ = try await iterator.next()
            XCTFail("expected Boom")
        } catch {
            XCTAssertTrue(error is Boom)
        }
        let next = try await iterator.next()
        XCTAssertNil(next)
        let positions = await log.positions
        XCTAssertEqual(positions, [0])
    }
}

actor PositionLog {
    private(set) var positions: [Int] = []

    func record(_ position: Int) {
        positions.append(position)
    }
}
