/// The loop every paged sequence runs: fetch a page when the last one is used up, stop after the last page,
/// and refuse to run away.
///
/// A page is fetched at `position` (the first page's, nil for "the first page" where there is no position to
/// name it by, then each page's `next`); a nil `next` ends the iteration. More than `maxPages` pages throw ``CursorPagingError/pageLimitReached(maxPages:)``, a `next`
/// already fetched throws ``CursorPagingError/cursorRepeated(_:)`` (a server that would page forever), and a
/// cancelled task throws `CancellationError` before the next request.
struct PagingLoop<Item: Sendable, Position: Hashable & Sendable>: Sendable {
    let maxPages: Int
    private var position: Position?
    private var seenPositions: Set<Position>
    private var buffer: [Item] = []
    private var bufferIndex = 0
    private var pagesFetched = 0
    private var finished = false

    init(maxPages: Int, first: Position?) {
        self.maxPages = maxPages
        position = first
        seenPositions = first.map { [$0] } ?? []
    }

    mutating func next(
        fetch: (Position?) async throws -> (items: [Item], next: Position?)
    ) async throws -> Item? {
        while bufferIndex == buffer.count {
            guard !finished else { return nil }
            guard pagesFetched < maxPages else {
                finished = true
                throw CursorPagingError.pageLimitReached(maxPages: maxPages)
            }
            do {
                try Task.checkCancellation()
                let page = try await fetch(position)
                pagesFetched += 1
                buffer = page.items
                bufferIndex = 0
                if let next = page.next {
                    guard seenPositions.insert(next).inserted else {
                        throw CursorPagingError.cursorRepeated(Self.describe(next))
                    }
                    position = next
                } else {
                    finished = true
                }
            } catch {
                // An iterator that threw is finished: calling `next()` again returns nil, not another request.
                finished = true
                buffer = []
                bufferIndex = 0
                throw error
            }
        }
        defer { bufferIndex += 1 }
        return buffer[bufferIndex]
    }

    private static func describe(_ position: Position) -> String {
        (position as? String) ?? String(describing: position)
    }
}
