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

/// Why paging stopped before the last page.
public enum CursorPagingError: Error, Sendable, Hashable {
    /// More pages exist than the caller allowed; raise `maxPages` or narrow the query.
    case pageLimitReached(maxPages: Int)
    /// The server returned a cursor it had already returned, which would page forever.
    case cursorRepeated(String)
}

/// All items of a cursor-paged operation, fetched a page at a time as the sequence is iterated.
///
/// Generated `…Paged` client methods return this. Fetching stops after the last page (no cursor,
/// or `hasNext == false`); more than `maxPages` pages, or a repeated cursor, throw a `CursorPagingError`
/// rather than silently truncating or looping. Errors of the page requests are thrown unchanged.
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
        private let maxPages: Int
        private let fetch: PageFetcher
        private var buffer: [Item] = []
        private var bufferIndex = 0
        private var nextCursor: String?
        private var seenCursors: Set<String> = []
        private var pagesFetched = 0
        private var finished = false

        init(maxPages: Int, fetch: @escaping PageFetcher) {
            self.maxPages = maxPages
            self.fetch = fetch
        }

        public mutating func next() async throws -> Item? {
            while bufferIndex == buffer.count {
                guard !finished else { return nil }
                guard pagesFetched < maxPages else {
                    finished = true
                    throw CursorPagingError.pageLimitReached(maxPages: maxPages)
                }
                let page = try await fetch(nextCursor)
                pagesFetched += 1
                buffer = page.items
                bufferIndex = 0
                if page.hasMore, let cursor = page.nextCursor {
                    guard seenCursors.insert(cursor).inserted else {
                        finished = true
                        throw CursorPagingError.cursorRepeated(cursor)
                    }
                    nextCursor = cursor
                } else {
                    finished = true
                }
            }
            defer { bufferIndex += 1 }
            return buffer[bufferIndex]
        }
    }
}
