/// The names the paging rules recognise (`PagingDetector`), compared after `normalized(_:)`: lowercased, with
/// `_`, `-` and `.` removed, so that `next_cursor`, `nextCursor` and `next-cursor` are one name. The sets are
/// the generator's documented conventions (Generator.docc, "Paging"); an API that spells them otherwise
/// declares `x-paging`.
enum PagingNames {
    /// Request parameters (query or body) that carry the cursor of the page to fetch.
    static let requestCursor: Set<String> = [
        "cursor", "pagetoken", "pagecursor", "startingafter", "after", "continuation", "continuationtoken",
        "nexttoken", "next", "marker", "page",
    ]
    /// Cursor parameters that take the id of the last item seen, when the response has no next cursor but says
    /// whether more follow (Stripe's `starting_after` with `has_more`).
    static let requestLastItemCursor: Set<String> = ["startingafter", "after"]
    /// Response fields with the last item's cursor, the next cursor of such a parameter (PagerDuty's `last`).
    static let responseLastItemCursor: Set<String> = ["last", "lastid", "lastcursor"]
    /// The item field such a cursor takes.
    static let itemID = "id"
    /// Response fields that carry the next page's cursor, at any depth up to `maximumDepth` (`paging.next_cursor`,
    /// `metadata.cursors.next`). The first set wins over the second, whose names also have other meanings.
    static let responseCursor: Set<String> = [
        "nextcursor", "nextpagetoken", "nexttoken", "nextpagecursor", "nextmarker", "continuationtoken",
        "endcursor", "nextpage", "lastid",
    ]
    static let responseCursorLoose: Set<String> = ["next", "cursor", "after", "continuation"]
    /// Response fields that carry the next page's URL (a link in the body, followed as a `Link` header's is).
    static let responseLink: Set<String> = [
        "nextpageuri", "nextpageurl", "nexturl", "nexturi", "nextlink", "nexthref", "nextpagelink",
    ]
    /// Response flags that say whether more pages follow.
    static let hasMore: Set<String> = ["hasmore", "hasnext", "hasnextpage", "morepages"]
    /// A has-more flag too (PagerDuty's `more`), but too common a word to make an operation look paged.
    static let hasMoreLoose: Set<String> = ["more"]
    /// Request parameters holding a page number, and the page size that goes with them.
    static let pageNumber: Set<String> = ["page", "pagenumber", "pagenum", "pageindex"]
    static let pageNumberSize: Set<String> = ["perpage", "pagesize", "limit", "size", "pagelimit"]
    /// Request parameters holding an item offset, and the page size that goes with it.
    static let offset: Set<String> = ["offset", "skip"]
    static let offsetSize: Set<String> = ["limit", "count", "size", "pagesize", "perpage", "maxresults", "top"]
    /// Page sizes of cursor paging.
    static let cursorSize: Set<String> = ["limit", "pagesize", "perpage", "count", "maxresults", "size", "first"]
    /// Response fields with the whole list's item count, and its page count.
    static let totalItems: Set<String> = [
        "total", "totalcount", "totalitems", "totalresults", "totalsize", "totalrecords", "totalentries",
    ]
    static let totalPages: Set<String> = ["totalpages", "pagecount", "pages", "numpages", "lastpage"]
    /// When a response holds several lists, the one with one of these names is the page's.
    static let items: [String] = [
        "items", "data", "results", "entries", "values", "records", "elements", "list", "nodes", "content",
    ]
    /// How deep into the response the rules look for a cursor, a flag or a count.
    static let maximumDepth = 3

    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" && $0 != "." })
    }
}
