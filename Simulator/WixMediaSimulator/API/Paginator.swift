import Foundation
import WixMedia

/// Cursor paging over a sorted result.
///
/// A cursor is opaque to clients: base64url of the sort position of the page's last item and a fingerprint
/// of the query. The next page starts strictly after that position, so items added or removed between two
/// requests neither repeat nor shift other items off the page boundary; a cursor used with another query is
/// rejected rather than silently paging something else.
struct Paginator {
    /// The sort order.
    let keys: [SortKey]
    /// What the request asks for apart from paging; cursors carry a hash of it.
    let query: String
    /// The request field names of the limit and cursor, for errors.
    let limitField: String
    let cursorField: String
    /// The page sizes the method accepts.
    let limits: PageLimits

    /// What files and folders can be sorted by (facts §3.6, §4.3).
    static let fileFields: [SortField] = [.displayName, .updatedDate, .sizeInBytes]
    static let folderFields: [SortField] = [.displayName, .updatedDate]

    /// A paginator for a request's `sort` (`sortField` names it in errors) and paging (`pagingField`), within
    /// the method's `limits`.
    init(
        query: String, sort: [Sorting]?, allowed: [SortField], sortField: String, pagingField: String,
        limits: PageLimits
    ) throws {
        keys = try SortKey.keys(from: sort, allowed: allowed, field: sortField)
        self.query = query
        self.limits = limits
        limitField = "\(pagingField).limit"
        cursorField = "\(pagingField).cursor"
    }

    /// One page of `items` and the paging metadata of the response.
    func page<Item: Sortable>(
        of items: [Item], paging: CursorPaging?, includeCount: Bool = false
    ) throws -> (items: [Item], metadata: PagingMetadataV2) {
        let limit = Int(paging?.limit ?? 0)
        // Wix validates request fields before anything else and answers 400 INVALID_ARGUMENT naming the field.
        guard (0...limits.maximum).contains(limit) else {
            throw APIFailure.invalid(field: limitField, "must be between 0 and \(limits.maximum)")
        }
        // proto3 cannot tell 0 from unset, so 0 means the default, as it does for Wix.
        let pageSize = limit == 0 ? limits.default : limit
        let sorted = items.sorted { precedes(position(of: $0), position(of: $1)) }

        var start = 0
        if let text = paging?.cursor, !text.isEmpty {
            let cursor = try decode(text)
            let after = Position(values: cursor.values, id: cursor.id)
            start = sorted.firstIndex { precedes(after, position(of: $0)) } ?? sorted.count
        }
        let end = min(start + pageSize, sorted.count)
        let pageItems = Array(sorted[start..<end])
        let hasNext = end < sorted.count
        let next = hasNext ? pageItems.last.map { encode(position(of: $0)) } ?? "" : ""
        let metadata = PagingMetadataV2(
            count: includeCount ? Int32(pageItems.count) : nil, cursors: Cursors(next: next), hasNext: hasNext)
        return (pageItems, metadata)
    }

    private struct Position {
        var values: [SortValue]
        var id: String
    }

    private struct Cursor: Codable {
        var query: String
        var values: [SortValue]
        var id: String
    }

    private func position(of item: some Sortable) -> Position {
        Position(values: keys.map { item.sortValue(of: $0.field) }, id: item.sortID)
    }

    /// The order of the keys, then the ID as a tie-break, which makes it total: every item has one place.
    private func precedes(_ lhs: Position, _ rhs: Position) -> Bool {
        for (index, key) in keys.enumerated() where lhs.values[index] != rhs.values[index] {
            return key.descending ? lhs.values[index] > rhs.values[index] : lhs.values[index] < rhs.values[index]
        }
        return lhs.id < rhs.id
    }

    private var fingerprint: String {
        "\(Fingerprint.hash(query))|\(keys.map(\.description).joined(separator: ","))"
    }

    private func encode(_ position: Position) -> String {
        let cursor = Cursor(query: fingerprint, values: position.values, id: position.id)
        // Encoding strings and integers cannot fail.
        return Base64URL.encode((try? JSONEncoder().encode(cursor)) ?? Data())
    }

    private func decode(_ text: String) throws -> Cursor {
        guard let json = Base64URL.decode(text), let cursor = try? JSONDecoder().decode(Cursor.self, from: json),
            cursor.values.count == keys.count
        else {
            throw APIFailure.invalid(field: cursorField, "is not a cursor returned by this API")
        }
        guard cursor.query == fingerprint else {
            throw APIFailure.invalid(
                field: cursorField, "belongs to a different query; repeat the same filters and sort")
        }
        return cursor
    }
}

/// The page sizes one kind of method accepts, per Wix's docs (facts §3.6–3.8, §4.3–4.5, §4.10).
///
/// The docs give the maxima; no Wix page states a default, so every kind uses 50, Wix's usual default (see
/// Schema/README.md, UNCONFIRMED).
struct PageLimits: Sendable {
    /// The page size for a limit of 0 or none.
    let `default`: Int
    /// The largest limit accepted; a larger one is a 400.
    let maximum: Int

    /// List methods (List Files, List Deleted Files, List Folders, List Deleted Folders): `paging.limit` 0–100.
    static let list = PageLimits(default: 50, maximum: 100)
    /// Search methods: "up to 200" items per call, the response's `maxItems`.
    static let search = PageLimits(default: 50, maximum: 200)
    /// Query methods: "up to 200" items per request.
    static let query = PageLimits(default: 50, maximum: 200)
}

/// FNV-1a, a stable 64-bit hash: Swift's `Hasher` is seeded per process, so its values cannot go into a
/// cursor or make a simulated file size repeatable.
enum Fingerprint {
    static func value(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The value in hex.
    static func hash(_ text: String) -> String {
        String(value(text), radix: 16)
    }
}
