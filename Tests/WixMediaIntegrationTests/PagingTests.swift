import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// Cursor paging over real HTTP: the generated `…Paged` sequences, and `nextCursor` followed by hand.
final class PagingTests: XCTestCase {
    func testListFilesPagedYieldsAThousandFilesInTenRequests() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            try await client.importImages(count: 1_000)
            var ids: [String] = []
            for try await file in client.files.listFilesPaged(pageSize: 100) {
                ids.append(file.id)
            }
            XCTAssertEqual(ids.count, 1_000)
            XCTAssertEqual(Set(ids).count, 1_000, "no file twice")
            XCTAssertEqual(Set(ids), Set(harness.simulator.store.files.map(\.id)))
            XCTAssertEqual(harness.requests.count(for: "listFiles"), 10)
        }
    }

    func testQueryFoldersPagedFollowsTheBodyCursor() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            for index in 0..<7 {
                _ = try await client.folders.createFolder(displayName: "Folder \(index)")
            }
            var names: [String] = []
            let query = CursorQuery(cursorPaging: CursorPaging(limit: 3))
            for try await folder in client.folders.queryFoldersPaged(query: query) {
                names.append(folder.displayName ?? "")
            }
            XCTAssertEqual(names.filter { $0.hasPrefix("Folder ") }.count, 7)
            XCTAssertEqual(harness.requests.count(for: "queryFolders"), (names.count + 2) / 3)
        }
    }

    func testPageThroughAThousandFiles() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            try await client.importImages(count: 1_000)

            var files: [FileDescriptor] = []
            var cursor: String?
            var pages = 0
            repeat {
                let page = try await client.files.listFiles(paging: CursorPaging(limit: 100, cursor: cursor))
                files += page.files ?? []
                cursor = page.nextCursor?.cursors?.next
                pages += 1
                XCTAssertEqual(page.nextCursor?.hasNext, cursor?.isEmpty == false)
            } while cursor?.isEmpty == false && pages < 20

            XCTAssertEqual(pages, 10)
            XCTAssertEqual(files.count, 1_000)
            XCTAssertEqual(Set(files.map(\.id)), Set(harness.simulator.store.files.map(\.id)))
            let dates = files.compactMap(\.updatedDate)
            XCTAssertEqual(dates, dates.sorted(by: >), "newest first by default")
            XCTAssertEqual(harness.requests.count(for: "listFiles"), 10)
            XCTAssertEqual(harness.requests.count(for: "bulkImportFile"), 10)
        }
    }

    func testSortingByNameAndSizeHoldsAcrossPageBoundaries() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            try await client.importImages(count: 23, named: "Shot")

            let byName = try await collect(pageSize: 5) { cursor in
                let page = try await client.files.searchFiles(
                    sort: Sorting(fieldName: "displayName", order: .desc),
                    paging: CursorPaging(limit: 5, cursor: cursor))
                return (page.files ?? [], page.nextCursor?.cursors?.next)
            }
            let bySize = try await collect(pageSize: 7) { cursor in
                let page = try await client.files.listFiles(
                    sort: Sorting(fieldName: "sizeInBytes", order: .asc), paging: CursorPaging(limit: 7, cursor: cursor)
                )
                return (page.files ?? [], page.nextCursor?.cursors?.next)
            }

            let names = byName.compactMap(\.displayName)
            XCTAssertEqual(names.count, 23)
            XCTAssertEqual(names, names.sorted(by: >))
            let sizes = bySize.compactMap(\.sizeInBytes)
            XCTAssertEqual(sizes.count, 23)
            XCTAssertEqual(sizes, sizes.sorted())
            XCTAssertEqual(harness.requests.count(for: "searchFiles"), 5)
            XCTAssertEqual(harness.requests.count(for: "listFiles"), 4)
        }
    }

    func testChangesBetweenPagesNeitherRepeatNorSkipItems() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            try await client.importImages(count: 10)
            let sort = Sorting(fieldName: "displayName", order: .asc)

            let first = try await client.files.listFiles(sort: sort, paging: CursorPaging(limit: 4))
            _ = try await client.files.bulkDeleteFiles(fileIDs: [try XCTUnwrap(first.files?.first?.id)])
            _ = try await client.importFile("photo-0000a.jpg")  // sorts into the first page, already read
            let rest = try await collect(pageSize: 4, startingAt: first.nextCursor?.cursors?.next) { cursor in
                let page = try await client.files.listFiles(sort: sort, paging: CursorPaging(limit: 4, cursor: cursor))
                return (page.files ?? [], page.nextCursor?.cursors?.next)
            }

            XCTAssertEqual(
                (first.files ?? []).map(\.displayName) + rest.map(\.displayName),
                (0..<10).map { "photo-\(String(format: "%04d", $0)).jpg" })
        }
    }

    func testACursorOnlyWorksForItsOwnQuery() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            try await client.importImages(count: 3)
            let first = try await client.files.listFiles(paging: CursorPaging(limit: 1))

            let error = await assertThrows(WixAPIError.self) {
                try await client.files.listFiles(
                    mediaTypes: [.video], paging: CursorPaging(limit: 1, cursor: first.nextCursor?.cursors?.next))
            }
            let garbage = await assertThrows(WixAPIError.self) {
                try await client.files.listFiles(paging: CursorPaging(cursor: "not-a-cursor"))
            }

            XCTAssertEqual(error?.fieldViolations.map(\.field), ["paging.cursor"])
            XCTAssertEqual(garbage?.fieldViolations.map(\.field), ["paging.cursor"])
        }
    }

    func testQueryFileDescriptorsPagesWithItsFilter() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            try await client.importImages(count: 5)
            _ = try await client.importFile("song.mp3")
            let query = CursorQuery(
                filter: ["mediaType": ["$in": ["IMAGE", "VECTOR"]]], sort: [Sorting(fieldName: "displayName")],
                cursorPaging: CursorPaging(limit: 2))

            let files = try await collect(pageSize: 2) { cursor in
                var paged = query
                paged.cursorPaging?.cursor = cursor
                let page = try await client.files.queryFileDescriptors(query: paged)
                return (page.files ?? [], page.pagingMetadata?.cursors?.next)
            }

            XCTAssertEqual(files.map(\.displayName), (0..<5).map { "photo-\(String(format: "%04d", $0)).jpg" })
            XCTAssertEqual(harness.requests.count(for: "queryFileDescriptors"), 3)
        }
    }

    /// Follows cursors from `startingAt` until one comes back empty; at most 50 pages.
    private func collect<Item>(
        pageSize: Int, startingAt start: String? = nil,
        _ fetch: (_ cursor: String?) async throws -> (items: [Item], next: String?)
    ) async throws -> [Item] {
        var items: [Item] = []
        var cursor = start
        for _ in 0..<50 {
            let page = try await fetch(cursor)
            XCTAssertLessThanOrEqual(page.items.count, pageSize)
            items += page.items
            guard let next = page.next, !next.isEmpty else { return items }
            cursor = next
        }
        throw TestFailure("more than 50 pages")
    }
}
