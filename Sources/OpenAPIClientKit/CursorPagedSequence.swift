/// One page of a cursor-paged list: its items and where the next page starts.
public struct CursorPage<Item: Sendable>: Sendable {
    /// The page's items, in the server's order.
    public var items: [Item]
    /// The cursor of the next page; nil or empty when there is none.
    public var nextCursor: String?
    /// The server's own "more pages" flag, when it sends one.
    public var hasNext: Bool?

    /// A page of items with the cursor of the next one.
    public init(items: [Item], nextCursor: String?, hasNext: Bool? = nil) {
        self.items = items
        self.nextCursor = nextCursor
        self.hasNext = hasNext
    }

    /// Whether another page follows: the server says so and gave a cursor to fetch it with.
    var hasMore: Bool {
        guard let nextCursor, !nextCursor.isEmpty else { return false }
        return hasNext ?? true
    }
}

/// Why paging stopped before the last page; thrown by every paged sequence (cursor, page number, offset and
/// `Link` paging), where the "cursor" is whatever names the next page.
public enum CursorPagingError: Error, Sendable, Hashable {
    /// More pages exist than the caller allowed; raise `maxPages` or narrow the query.
    case pageLimitReached(maxPages: Int)
    /// The server returned a cursor (or next-page link) it had already returned, which would page forever.
    case cursorRepeated(String)
}

/// All items of a cursor-paged operation, fetched a page at a time as the sequence is iterated.
///
/// Generated `…Paged` client methods return this. Fetching stops after the last page (no cursor,
/// or `hasNext == false`); more than `maxPages` pages, or a repeated cursor, throw a `CursorPagingError`
/// rather than silently truncating or looping. Errors of the page requests are thrown unchanged, and a
/// cancelled task throws `CancellationError` before fetching another page.
public struct CursorPagedSequence<Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    /// Fetches the page that starts at `cursor` (nil for the first page).
    public typealias PageFetcher = @Sendable (_ cursor: String?) async throws -> CursorPage<Item>

    /// The most pages one iteration fetches; asking for one more throws `CursorPagingError.pageLimitReached`.
    public let maxPages: Int
    private let fetch: PageFetcher

    /// A sequence that fetches at most `maxPages` pages with `fetch`.
    public init(maxPages: Int, fetch: @escaping PageFetcher) {
        self.maxPages = maxPages
        self.fetch = fetch
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(maxPages: maxPages, fetch: fetch)
    }

    /// Iterates the items, fetching the next page when the current one is used up.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private let fetch: PageFetcher
        private var loop: PagingLoop<Item, String>

        init(maxPages: Int, fetch: @escaping PageFetcher) {
            self.fetch = fetch
            loop = PagingLoop(maxPages: maxPages, first: nil)
        }

        public mutating func next() async throws -> Item? {
            let fetch = fetch
            return try await loop.next { cursor in
                let page = try await fetch(cursor)
                return (page.items, page.hasMore ? page.nextCursor : nil)
            }
        }
    }
}
