import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The generated `…Paged` methods follow Wix's cursors across pages, for GET (query) and POST (body) paging.
final class PagedMethodTests: XCTestCase {
    /// Serves `pageCount` pages of `perPage` files; the cursor of page n is "c<n>".
    private func pagedFiles(pageCount: Int, perPage: Int, log: RequestLog, metadataKey: String = "nextCursor")
        -> FakeTransport
    {
        FakeTransport { request in
            await log.append(request)
            let cursor = Self.cursor(of: request)
            let page = cursor.map { Int($0.dropFirst())! } ?? 0
            let files = (0..<perPage).map { #"{"id": "file-\#(page)-\#($0)"}"# }.joined(separator: ",")
            let next = page + 1 < pageCount ? "c\(page + 1)" : ""
            let body =
                #"{"files": [\#(files)], "\#(metadataKey)": {"cursors": {"next": "\#(next)"}, "hasNext": \#(!next.isEmpty)}}"#
            return (Data(body.utf8), HTTPResponse(statusCode: 200))
        }
    }

    /// The cursor of a request: `paging.cursor` in the query, or `paging.cursor` / `query.cursorPaging.cursor` in the body.
    private static func cursor(of request: URLRequest) -> String? {
        if let items = URLComponents(url: request.url!, resolvingAgainstBaseURL: false)?.queryItems,
            let cursor = items.first(where: { $0.name == "paging.cursor" })?.value
        {
            return cursor
        }
        guard let body = request.httpBody, let json = try? JSONSerialization.jsonObject(with: body) as? [String: Any]
        else {
            return nil
        }
        let paging =
            (json["paging"] as? [String: Any]) ?? ((json["query"] as? [String: Any])?["cursorPaging"] as? [String: Any])
        return paging?["cursor"] as? String
    }

    func testListFilesPagedFollowsTheCursorThroughEveryPage() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(transport: pagedFiles(pageCount: 3, perPage: 2, log: log))
        var ids: [String] = []
        for try await file in client.files.listFilesPaged(parentFolderID: "media-root", pageSize: 2) {
            ids.append(file.id)
        }
        XCTAssertEqual(ids, ["file-0-0", "file-0-1", "file-1-0", "file-1-1", "file-2-0", "file-2-1"])
        let requests = await log.requests
        XCTAssertEqual(requests.map { Self.cursor(of: $0) }, [nil, "c1", "c2"])
        let query = requests.map { URLComponents(url: $0.url!, resolvingAgainstBaseURL: false)?.queryItems ?? [] }
        XCTAssertEqual(query[1].map(\.name), ["parentFolderId", "paging.limit", "paging.cursor"])
        XCTAssertEqual(query[1].first { $0.name == "paging.limit" }?.value, "2")
    }

    func testSearchFilesPagedSendsTheCursorInTheBody() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(transport: pagedFiles(pageCount: 2, perPage: 1, log: log))
        var count = 0
        for try await _ in client.files.searchFilesPaged(search: "cat", pageSize: 1) { count += 1 }
        XCTAssertEqual(count, 2)
        let cursors = await log.requests.map { Self.cursor(of: $0) }
        XCTAssertEqual(cursors, [nil, "c1"])
    }

    func testQueryFileDescriptorsPagedKeepsTheCallersQueryAndPageSize() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(
            transport: pagedFiles(pageCount: 2, perPage: 1, log: log, metadataKey: "pagingMetadata"))
        let query = CursorQuery(cursorPaging: CursorPaging(limit: 1))
        var count = 0
        for try await _ in client.files.queryFileDescriptorsPaged(query: query) { count += 1 }
        XCTAssertEqual(count, 2)
        let bodies = await log.requests.compactMap(\.httpBody).map {
            try? JSONSerialization.jsonObject(with: $0) as? [String: Any]
        }
        let pagings = bodies.map { ($0?["query"] as? [String: Any])?["cursorPaging"] as? [String: Any] }
        XCTAssertEqual(pagings.map { $0?["limit"] as? Int }, [1, 1])
        XCTAssertEqual(pagings.map { $0?["cursor"] as? String }, [nil, "c1"])
    }

    func testMorePagesThanAllowedThrowInsteadOfTruncating() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(transport: pagedFiles(pageCount: 5, perPage: 1, log: log))
        var seen = 0
        do {
            for try await _ in client.files.listFilesPaged(maxPages: 2) { seen += 1 }
            XCTFail("expected CursorPagingError.pageLimitReached")
        } catch let error as CursorPagingError {
            XCTAssertEqual(error, .pageLimitReached(maxPages: 2))
        }
        XCTAssertEqual(seen, 2)
        let requestCount = await log.requests.count
        XCTAssertEqual(requestCount, 2)
    }
}
