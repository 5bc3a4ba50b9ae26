import Foundation
import OpenAPIClientKit
import XCTest

/// `Link` paging end to end through a fake sender that builds each request's URL as a client does.
final class LinkPagedSequenceTests: XCTestCase {
    private let base = URL(string: "https://api.example.com/v1")!

    private func collect(_ sequence: LinkPagedSequence<Int>) async throws -> [Int] {
        var items: [Int] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    private func sequence(_ server: LinkServer, maxPages: Int = 100) -> LinkPagedSequence<Int> {
        LinkPagedSequence(maxPages: maxPages) { link in
            let response = try await server.send(FollowingLink(ListNumbers(), link: link))
            return LinkedPage(items: response.body, next: response.next)
        }
    }

    func testFollowsAbsoluteAndRelativeLinksOnTheOrigin() async throws {
        let server = LinkServer(
            base: base,
            pages: [
                "https://api.example.com/v1/numbers?per_page=2": (
                    [1, 2], #"<https://api.example.com/v1/numbers?page=2>; rel="next""#
                ),
                "https://api.example.com/v1/numbers?page=2": ([3, 4], #"<?page=3>; rel="next""#),
                "https://api.example.com/v1/numbers?page=3": ([5], #"</v1/numbers?page=1>; rel="first""#),
            ])
        let items = try await collect(sequence(server))
        XCTAssertEqual(items, [1, 2, 3, 4, 5])
        let requested = await server.log.urls
        XCTAssertEqual(
            requested,
            [
                "https://api.example.com/v1/numbers?per_page=2", "https://api.example.com/v1/numbers?page=2",
                "https://api.example.com/v1/numbers?page=3",
            ])
    }

    func testALinkToAnotherOriginIsRefusedBeforeSending() async throws {
        for target in [
            "https://evil.example/v1/numbers?page=2", "http://api.example.com/v1/numbers?page=2",
            "https://api.example.com:8443/v1/numbers?page=2", "//evil.example/steal",
        ] {
            let server = LinkServer(
                base: base, pages: ["https://api.example.com/v1/numbers?per_page=2": ([1], "<\(target)>; rel=next")])
            do {
                _ = try await collect(sequence(server))
                XCTFail("expected linkToOtherOrigin for \(target)")
            } catch {
                guard case .linkToOtherOrigin = error as? RequestValidationError else {
                    XCTFail("\(target): \(error)")
                    continue
                }
            }
            let count = await server.log.urls.count
            XCTAssertEqual(count, 1, target)
        }
    }

    func testARepeatedLinkThrowsInsteadOfLooping() async throws {
        let server = LinkServer(
            base: base,
            pages: [
                "https://api.example.com/v1/numbers?per_page=2": ([1], "</v1/numbers?page=2>; rel=next"),
                "https://api.example.com/v1/numbers?page=2": ([2], "</v1/numbers?page=2>; rel=next"),
            ])
        do {
            _ = try await collect(sequence(server))
            XCTFail("expected cursorRepeated")
        } catch {
            XCTAssertEqual(error as? CursorPagingError, .cursorRepeated("/v1/numbers?page=2"))
        }
    }

    func testPageLimitBoundsAServerThatNeverStops() async throws {
        let server = LinkServer(base: base, pages: [:], endless: true)
        do {
            _ = try await collect(sequence(server, maxPages: 4))
            XCTFail("expected pageLimitReached")
        } catch {
            XCTAssertEqual(error as? CursorPagingError, .pageLimitReached(maxPages: 4))
        }
        let count = await server.log.urls.count
        XCTAssertEqual(count, 4)
    }

    func testAnUnparsableLinkFailsTheRequest() async throws {
        let server = LinkServer(
            base: base, pages: ["https://api.example.com/v1/numbers?per_page=2": ([1], "<http://[::1>; rel=next")])
        do {
            _ = try await collect(sequence(server))
            XCTFail("expected an error")
        } catch {
            XCTAssertNotNil(error as? RequestValidationError, "\(error)")
        }
    }

    func testCancellationStopsBeforeTheNextRequest() async throws {
        let server = LinkServer(base: base, pages: [:], endless: true)
        let pages = LinkPagedSequence<Int>(maxPages: 100) { link in
            let response = try await server.send(FollowingLink(ListNumbers(), link: link))
            if link != nil { withUnsafeCurrentTask { $0?.cancel() } }
            return LinkedPage(items: response.body, next: response.next)
        }
        let task = Task {
            var items: [Int] = []
            for try await item in pages { items.append(item) }
            return items
        }
        do {
            _ = try await task.value
            XCTFail("expected CancellationError")
        } catch {
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
        let count = await server.log.urls.count
        XCTAssertEqual(count, 2)
    }

    func testABodyLinkIsResolvedAgainstTheLinkFollowed() {
        let first = LinkedResponse(body: 0, next: nil)
        XCTAssertEqual(first.resolving("/v1/numbers?page=2"), "/v1/numbers?page=2")
        XCTAssertNil(first.resolving(""))
        XCTAssertNil(first.resolving(nil))
        let second = LinkedResponse(body: 0, next: nil, followed: "/v1/numbers?page=2")
        XCTAssertEqual(second.resolving("?page=3"), "/v1/numbers?page=3")
        let absolute = LinkedResponse(body: 0, next: nil, followed: "https://api.example.com/v1/numbers?page=2")
        XCTAssertEqual(absolute.resolving("?page=3"), "https://api.example.com/v1/numbers?page=3")
    }

    func testResolvedURLDropsTheFragmentAndKeepsOrdinaryRequests() throws {
        var request = HTTPRequest(method: .get, path: "/numbers")
        XCTAssertEqual(try request.resolvedURL(relativeTo: base), request.url(relativeTo: base))
        request.link = "page2#top"
        XCTAssertEqual(try request.resolvedURL(relativeTo: base).absoluteString, "https://api.example.com/v1/page2")
    }
}

/// `GET /numbers?per_page=2`, answering a JSON array of numbers.
private struct ListNumbers: APIOperation {
    typealias Response = [Int]
    typealias ErrorCode = AnyErrorCode
    static let operationID = "listNumbers"
    static let isIdempotent = true

    func makeRequest() throws -> HTTPRequest {
        HTTPRequest(method: .get, path: "/numbers", query: QueryItems([.init(name: "per_page", value: "2")]))
    }
}

/// Answers each URL with its page and `Link` field, building URLs exactly as a client would.
private struct LinkServer: APIRequestSender {
    let base: URL
    let pages: [String: (items: [Int], link: String?)]
    var endless = false
    let log = URLLog()

    func send<Operation: APIOperation>(_ operation: Operation) async throws -> Operation.Response {
        let url = try operation.makeRequest().urlRequest(baseURL: base, timeout: nil).url!.absoluteString
        let count = await log.record(url)
        let page = endless ? (items: [count], link: "</v1/numbers?page=\(count + 1)>; rel=next") : pages[url]
        guard let page else { throw URLError(.fileDoesNotExist) }
        let headers = page.link.map { [HTTPHeader(name: "Link", value: $0)] } ?? []
        let body = try JSONEncoder().encode(page.items)
        return try operation.decodeResponse(body, HTTPResponse(statusCode: 200, headers: headers))
    }
}

private actor URLLog {
    private(set) var urls: [String] = []

    func record(_ url: String) -> Int {
        urls.append(url)
        return urls.count
    }
}
