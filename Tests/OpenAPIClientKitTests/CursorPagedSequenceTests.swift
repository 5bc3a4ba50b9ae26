import OpenAPIClientKit
import XCTest

final class CursorPagedSequenceTests: XCTestCase {
    /// Pages of the given items; each page's cursor is its index.
    private func sequence(_ pages: [[Int]], maxPages: Int = 100, hasNext: Bool? = nil) -> (
        CursorPagedSequence<Int>, CursorLog
    ) {
        let log = CursorLog()
        let sequence = CursorPagedSequence<Int>(maxPages: maxPages) { cursor in
            await log.record(cursor)
            let index = cursor.map { Int($0)! } ?? 0
            let next = index + 1 < pages.count ? String(index + 1) : ""
            return CursorPage(items: pages[index], nextCursor: next, hasNext: hasNext)
        }
        return (sequence, log)
    }

    private func collect(_ sequence: CursorPagedSequence<Int>) async throws -> [Int] {
        var items: [Int] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    func testFollowsCursorsUntilTheLastPage() async throws {
        let (pages, log) = sequence([[1, 2], [], [3], [4, 5]])
        let items = try await collect(pages)
        XCTAssertEqual(items, [1, 2, 3, 4, 5])
        let cursors = await log.cursors
        XCTAssertEqual(cursors, [nil, "1", "2", "3"])
    }

    func testHasNextFalseStopsEvenWithACursor() async throws {
        let (pages, log) = sequence([[1], [2]], hasNext: false)
        let items = try await collect(pages)
        XCTAssertEqual(items, [1])
        let count = await log.cursors.count
        XCTAssertEqual(count, 1)
    }

    func testPageLimitThrowsOnlyWhenMorePagesExist() async throws {
        let (exact, _) = sequence([[1], [2]], maxPages: 2)
        let items = try await collect(exact)
        XCTAssertEqual(items, [1, 2])

        let (tooMany, log) = sequence([[1], [2], [3]], maxPages: 2)
        do {
            _ = try await collect(tooMany)
            XCTFail("expected pageLimitReached")
        } catch {
            XCTAssertEqual(error as? CursorPagingError, .pageLimitReached(maxPages: 2))
        }
        let count = await log.cursors.count
        XCTAssertEqual(count, 2)
    }

    func testARepeatedCursorThrowsInsteadOfLooping() async throws {
        let sequence = CursorPagedSequence<Int>(maxPages: 100) { _ in CursorPage(items: [1], nextCursor: "same") }
        do {
            _ = try await collect(sequence)
            XCTFail("expected cursorRepeated")
        } catch {
            XCTAssertEqual(error as? CursorPagingError, .cursorRepeated("same"))
        }
    }

    func testPageErrorsAreThrownUnchanged() async throws {
        struct Boom: Error, Equatable {}
        let sequence = CursorPagedSequence<Int>(maxPages: 10) { cursor in
            guard cursor == nil else { throw Boom() }
            return CursorPage(items: [1], nextCursor: "next")
        }
        var seen: [Int] = []
        do {
            for try await item in sequence { seen.append(item) }
            XCTFail("expected Boom")
        } catch {
            XCTAssertEqual(error as? Boom, Boom())
        }
        XCTAssertEqual(seen, [1])
    }
}

private actor CursorLog {
    private(set) var cursors: [String?] = []

    func record(_ cursor: String?) {
        cursors.append(cursor)
    }
}
