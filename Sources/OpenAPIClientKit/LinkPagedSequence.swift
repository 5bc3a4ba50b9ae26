import Foundation

/// One page of a list paged by RFC 8288 `Link` headers: its items and the `rel="next"` link, if any.
public struct LinkedPage<Item: Sendable>: Sendable {
    /// The page's items, in the server's order.
    public var items: [Item]
    /// The next page's link, relative to the first page's request (see ``FollowingLink``); nil on the last page.
    public var next: String?

    /// A page of items with the link to the next one.
    public init(items: [Item], next: String?) {
        self.items = items
        self.next = next
    }
}

/// All items of an operation paged by `Link: <…>; rel="next"` response headers (GitHub's and GitLab's
/// style), fetched a page at a time as the sequence is iterated.
///
/// The fetcher sends the first page's request, then the same request following each page's next link
/// (``FollowingLink``). The link is followed only on the client's own origin: a link to another one fails the
/// request with ``RequestValidationError/linkToOtherOrigin(origin:)`` before anything is sent. Iteration ends
/// on a page without a next link; more than `maxPages` pages, or a link already followed, throw a
/// ``CursorPagingError``; a cancelled task throws `CancellationError` before another request.
public struct LinkPagedSequence<Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    /// Fetches the page at `link` (nil for the first page).
    public typealias PageFetcher = @Sendable (_ link: String?) async throws -> LinkedPage<Item>

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
            return try await loop.next { link in
                let page = try await fetch(link)
                return (page.items, page.next.flatMap { $0.isEmpty ? nil : $0 })
            }
        }
    }
}

/// A decoded response with the `rel="next"` link of its `Link` header fields.
public struct LinkedResponse<Body: Sendable>: Sendable {
    /// The operation's own response.
    public var body: Body
    /// The next page's link, resolved against the link the request followed (so relative to the first page's
    /// request); nil when the response has none.
    public var next: String?
    /// The link the request followed; nil for the first page.
    public var followed: String?

    /// A response with its next link, to a request that followed `followed`.
    public init(body: Body, next: String?, followed: String? = nil) {
        self.body = body
        self.next = next
        self.followed = followed
    }

    /// A link from the body (Twilio's `next_page_uri`) made relative to the first page's request, as `next` is:
    /// resolved against the link this request followed. Nil and empty stay nil; an unparsable one stays as it
    /// is, so that following it fails with ``RequestValidationError/invalidLink`` rather than ending quietly.
    public func resolving(_ reference: String?) -> String? {
        guard let reference, !reference.isEmpty else { return nil }
        guard let followed, let current = URL(string: followed) else { return reference }
        return URL(string: reference, relativeTo: current)?.absoluteString ?? reference
    }
}

/// An operation sent to a server-given link instead of its own path and query — the next page of `Link`
/// paging, or of a next-page link in the body — whose response also carries the `Link` header's next link.
///
/// Everything else is the wrapped operation's: method, headers, body, decoding, errors. The link goes into
/// ``HTTPRequest/link``, which keeps it on the client's origin.
public struct FollowingLink<Base: APIOperation>: APIOperation {
    /// The base operation's response with the next link.
    public typealias Response = LinkedResponse<Base.Response>
    /// The base operation's error codes.
    public typealias ErrorCode = Base.ErrorCode
    /// The base operation's error body.
    public typealias ErrorBody = Base.ErrorBody

    /// The operation whose request is sent.
    public var base: Base
    /// The link to follow, relative to `base`'s request; nil sends `base`'s request unchanged.
    public var link: String?

    /// `base`, sent to `link` (or to its own path when `link` is nil).
    public init(_ base: Base, link: String?) {
        self.base = base
        self.link = link
    }

    /// The base operation's `operationId`: following a link sends the same operation.
    public static var operationID: String { Base.operationID }
    /// Whether the base operation is idempotent.
    public static var isIdempotent: Bool { Base.isIdempotent }
    /// The base operation's endpoint.
    public static var endpoint: APIEndpoint? { Base.endpoint }

    /// The base operation's request, with `link` as its ``HTTPRequest/link``.
    public func makeRequest() throws -> HTTPRequest {
        var request = try base.makeRequest()
        request.link = link
        return request
    }

    /// The base operation's response, with the `rel="next"` link resolved against the one this request
    /// followed, so that every link is relative to the first page's request.
    public func decodeResponse(_ body: Data, _ response: HTTPResponse) throws -> Response {
        let decoded = try base.decodeResponse(body, response)
        let page = LinkedResponse(body: decoded, next: nil, followed: link)
        return LinkedResponse(
            body: decoded, next: page.resolving(LinkHeader.target(relation: "next", in: response.headers)),
            followed: link)
    }

    /// The base operation's error body.
    public func decodeErrorBody(_ body: Data, _ response: HTTPResponse) -> ErrorBody? {
        base.decodeErrorBody(body, response)
    }
}
