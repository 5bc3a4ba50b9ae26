import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// Page sizes per method, as Wix documents them (facts §3.6–3.8, §4.3–4.5, §4.10): list methods take
/// `paging.limit` 0–100, search and query methods up to 200; a limit out of range is a 400 naming the field; 0 or
/// no limit gives the default page (50, see Schema/README.md).
final class PageSizeTests: XCTestCase {
    func testListMethodsAcceptUpToOneHundred() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let tooMany = CursorPaging(limit: 101)

            let listCalls: [@Sendable () async throws -> Void] = [
                { _ = try await client.files.listFiles(paging: tooMany) },
                { _ = try await client.files.listDeletedFiles(paging: tooMany) },
                { _ = try await client.folders.listFolders(paging: tooMany) },
                { _ = try await client.folders.listDeletedFolders(paging: tooMany) },
            ]
            for call in listCalls {
                let error = await assertThrows(WixAPIError.self) { try await call() }
                XCTAssertEqual(error?.statusCode, 400)
                XCTAssertEqual(error?.fieldViolations.map(\.field), ["paging.limit"])
            }
            let atMaximum = try await client.files.listFiles(paging: CursorPaging(limit: 100))
            XCTAssertEqual(atMaximum.files, [])
        }
    }

    func testSearchAndQueryMethodsAcceptUpToTwoHundred() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            try await client.importImages(count: 201)

            let search = try await client.files.searchFiles(paging: CursorPaging(limit: 200))
            let query = try await client.files.queryFileDescriptors(
                query: CursorQuery(cursorPaging: CursorPaging(limit: 200)))
            XCTAssertEqual(search.files?.count, 200)
            XCTAssertEqual(search.nextCursor?.hasNext, true)
            XCTAssertEqual(query.files?.count, 200)

            let searchError = await assertThrows(WixAPIError.self) {
                try await client.folders.searchFolders(paging: CursorPaging(limit: 201))
            }
            let queryError = await assertThrows(WixAPIError.self) {
                try await client.folders.queryFolders(query: CursorQuery(cursorPaging: CursorPaging(limit: 201)))
            }
            XCTAssertEqual(searchError?.statusCode, 400)
            XCTAssertEqual(searchError?.fieldViolations.map(\.field), ["paging.limit"])
            XCTAssertEqual(queryError?.statusCode, 400)
            XCTAssertEqual(queryError?.fieldViolations.map(\.field), ["query.cursorPaging.limit"])
        }
    }

    func testANegativeLimitIsRejected() async throws {
        try await withSimulator { harness in
            let error = await assertThrows(WixAPIError.self) {
                try await harness.client().files.searchFiles(paging: CursorPaging(limit: -1))
            }

            XCTAssertEqual(error?.statusCode, 400)
            XCTAssertEqual(error?.fieldViolations.map(\.field), ["paging.limit"])
        }
    }

    func testNoLimitOrZeroGivesTheDefaultPageOfFifty() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            try await client.importImages(count: 60)

            let unlimited = try await client.files.listFiles()
            let zero = try await client.files.searchFiles(paging: CursorPaging(limit: 0))
            let query = try await client.files.queryFileDescriptors()

            XCTAssertEqual(unlimited.files?.count, 50)
            XCTAssertEqual(unlimited.nextCursor?.hasNext, true)
            XCTAssertEqual(zero.files?.count, 50)
            XCTAssertEqual(query.files?.count, 50)
        }
    }
}
