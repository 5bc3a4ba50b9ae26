/// One page of a list paged by page number or by offset: its items and whatever the server says about the
/// whole list.
public struct CountedPage<Item: Sendable>: Sendable {
    /// The page's items, in the server's order.
    public var items: [Item]
    /// How many items the whole list has, when the server says.
    public var totalItems: Int?
    /// How many pages the whole list has, when the server says.
    public var totalPages: Int?
    /// The server's own "more pages" flag, when it sends one.
    public var hasMore: Bool?

    /// A page of items with what the server said about the list.
    public init(items: [Item], totalItems: Int? = nil, totalPages: Int? = nil, hasMore: Bool? = nil) {
        self.items = items
        self.totalItems = totalItems
        self.totalPages = totalPages
        self.hasMore = hasMore
    }
}

/// All items of an operation paged by page number (`page` and `per_page`) or by offset (`offset` and
/// `limit`), fetched a page at a time as the sequence is iterated.
///
/// Such a server gives no cursor, so the end is inferred, by the first of: an empty page; a page shorter
/// than the page size asked for (or, when none was asked for, shorter than the first page); the server's
/// `hasMore == false`; its total item count reached; its total page count reached. More than `maxPages`
/// pages throw ``CursorPagingError/pageLimitReached(maxPages:)`` (a server that ignores the position would
/// otherwise be paged forever); a cancelled task throws `CancellationError` before another request; the page
/// requests' errors are thrown unchanged.
public struct CountedPagedSequence<Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    /// What the position passed to the fetcher counts.
    public enum Counting: Sendable, Hashable {
        /// Page numbers, starting at `firstPage` (1 for most APIs, 0 for some).
        case pages(firstPage: Int)
        /// Items skipped, starting at 0.
        case items
    }

    /// Fetches the page at `position`: a page number or an offset, as `counting` says.
    public typealias PageFetcher = @Sendable (_ position: Int) async throws -> CountedPage<Item>

    /// What the position counts.
    public let counting: Counting
    /// The page size asked for, or nil when the server's default is used.
    public let pageSize: Int?
    /// The most pages one iteration fetches; asking for one more throws `CursorPagingError.pageLimitReached`.
    public let maxPages: Int
    private let fetch: PageFetcher

    /// A sequence that fetches at most `maxPages` pages of `pageSize` items (the server's default when nil)
    /// with `fetch`.
    public init(counting: Counting, pageSize: Int?, maxPages: Int, fetch: @escaping PageFetcher) {
        self.counting = counting
        self.pageSize = pageSize.flatMap { $0 > 0 ? $0 : nil }
        self.maxPages = maxPages
        self.fetch = fetch
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(self)
    }

    /// Iterates the items, fetching the next page when the current one is used up.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private let sequence: CountedPagedSequence
        private var loop: PagingLoop<Item, Int>
        private var expectedPageSize: Int?
        private var itemsSeen = 0
        private var pagesSeen = 0

        init(_ sequence: CountedPagedSequence) {
            self.sequence = sequence
            expectedPageSize = sequence.pageSize
            switch sequence.counting {
            case .pages(let firstPage): loop = PagingLoop(maxPages: sequence.maxPages, first: firstPage)
            case .items: loop = PagingLoop(maxPages: sequence.maxPages, first: 0)
            }
        }

        public mutating func next() async throws -> Item? {
            let sequence = sequence
            var expected = expectedPageSize
            var items = itemsSeen
            var pages = pagesSeen
            defer {
                expectedPageSize = expected
                itemsSeen = items
                pagesSeen = pages
            }
            return try await loop.next { next in
                // The loop starts at the first position given below, so there always is one.
                let position = next ?? 0
                let page = try await sequence.fetch(position)
                items += page.items.count
                pages += 1
                let pageSize = expected ?? page.items.count
                expected = pageSize
                let isLast =
                    page.items.isEmpty || page.items.count < pageSize || page.hasMore == false
                    || page.totalItems.map { items >= $0 } == true || page.totalPages.map { pages >= $0 } == true
                guard !isLast else { return (page.items, nil) }
                switch sequence.counting {
                case .pages: return (page.items, position + 1)
                case .items: return (page.items, position + page.items.count)
                }
            }
        }
    }
}
