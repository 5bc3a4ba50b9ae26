import XCTest

@testable import GeneratorKit

/// The paging rules on small documents: which style each shape gets, `x-paging` (declared, switched off,
/// refused with located errors), and the warning for operations that look paged but match no rule.
final class PagingRuleTests: XCTestCase {
    /// A document with one `GET /things` operation: its parameters, its 200 response schema, and `extra`
    /// members of the operation (such as `x-paging`).
    private func document(parameters: String, response: String, extra: String = "", headers: String = "") -> String {
        UnitSupport.document(
            #""paths": {"/things": {"get": {"operationId": "listThings", "parameters": [\#(parameters)], "#
                + (extra.isEmpty ? "" : extra + ", ")
                + #""responses": {"200": {"description": "ok", \#(headers)"content": {"application/json": {"schema": \#(response)}}}}}}}"#
        )
    }

    private func query(_ name: String, _ type: String = "string") -> String {
        #"{"name": "\#(name)", "in": "query", "schema": {"type": "\#(type)"}}"#
    }

    private let list = #"{"type": "array", "items": {"type": "string"}}"#

    private func paging(_ text: String) throws -> PagingDeclaration? {
        try UnitSupport.generate(text).model.operations.first?.paging
    }

    func testEachConventionGetsItsStyle() throws {
        let cursorResponse =
            #"{"type": "object", "properties": {"items": \#(list), "meta": {"type": "object", "properties": {"nextPageToken": {"type": "string"}}}}}"#
        let cursor = try paging(
            document(parameters: query("page_token") + "," + query("page_size", "integer"), response: cursorResponse))
        XCTAssertEqual(cursor?.style, .cursor)
        XCTAssertEqual(cursor?.next.map(\.jsonKey), ["meta", "nextPageToken"])
        XCTAssertEqual(cursor?.arguments.map(\.swiftName), ["pageSize"])

        let page = try paging(
            document(parameters: query("page", "integer") + "," + query("perPage", "integer"), response: list))
        XCTAssertEqual(page?.style, .pages(firstPage: 1))

        let offset = try paging(
            document(parameters: query("skip", "integer") + "," + query("count", "integer"), response: list))
        XCTAssertEqual(offset?.style, .offset)

        let link = try paging(
            document(
                parameters: query("per_page", "integer"), response: list,
                headers: #""headers": {"Link": {"schema": {"type": "string"}}}, "#))
        XCTAssertEqual(link?.style, .link)
    }

    func testTheLastItemsIDAndABodyLinkAreCursorsToo() throws {
        let stripe = try paging(
            document(
                parameters: query("starting_after"),
                response:
                    #"{"type": "object", "properties": {"data": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}, "has_more": {"type": "boolean"}}}"#
            ))
        XCTAssertEqual(stripe?.style, .cursor)
        XCTAssertEqual(stripe?.nextIsInLastItem, true)
        XCTAssertEqual(stripe?.next.map(\.jsonKey), ["id"])

        let pagerDuty = try paging(
            document(
                parameters: query("starting_after"),
                response:
                    #"{"type": "object", "properties": {"data": \#(list), "last": {"type": "string"}, "more": {"type": "boolean"}}}"#
            ))
        XCTAssertEqual(pagerDuty?.next.map(\.jsonKey), ["last"])
        XCTAssertEqual(pagerDuty?.hasNext?.map(\.jsonKey), ["more"])
        XCTAssertEqual(pagerDuty?.nextIsInLastItem, false)

        let twilio = try paging(
            document(
                parameters: query("PageSize", "integer"),
                response: #"{"type": "object", "properties": {"calls": \#(list), "next_page_uri": {"type": "string"}}}"#
            ))
        XCTAssertEqual(twilio?.style, .link)
        XCTAssertEqual(twilio?.next.map(\.jsonKey), ["next_page_uri"])
    }

    func testAnEntityWithAnEmbeddedPageIsNotWarnedAbout() throws {
        let entity =
            #"{"type": "object", "properties": {"tags": \#(list), "sources": {"type": "object", "properties": {"data": \#(list), "has_more": {"type": "boolean"}}}}}"#
        let result = try UnitSupport.generate(document(parameters: query("expand"), response: entity))
        XCTAssertEqual(result.warnings, [])
    }

    func testACursorOfTheWrongTypeOrAListlessResponseIsNotPaged() throws {
        XCTAssertNil(try paging(document(parameters: query("offset"), response: list)))
        XCTAssertNil(
            try paging(
                document(
                    parameters: query("page", "integer"),
                    response: #"{"type": "object", "properties": {"n": {"type": "integer"}}}"#)))
    }

    func testDeclaredPagingBeatsDetection() throws {
        let declared = try paging(
            document(
                parameters: query("offset", "integer") + "," + query("limit", "integer"), response: list,
                extra: #""x-paging": {"style": "page", "request": "offset", "size": "limit", "firstPage": 0}"#))
        XCTAssertEqual(declared?.style, .pages(firstPage: 0))

        let off = try UnitSupport.generate(
            document(parameters: query("offset", "integer"), response: list, extra: #""x-paging": false"#))
        XCTAssertNil(off.model.operations.first?.paging)
        XCTAssertEqual(off.warnings, [])
    }

    func testBadDeclarationsAreLocatedErrors() {
        let cases: [(extension: String, pointer: String, words: String)] = [
            (#""x-paging": {"style": "pages", "request": "offset"}"#, "/x-paging/style", "expected one of"),
            (#""x-paging": {"request": "offset"}"#, "/x-paging", "`style` is required"),
            (#""x-paging": {"style": "offset", "request": "nope"}"#, "/x-paging/request", "names no argument"),
            (#""x-paging": {"style": "offset", "request": "q"}"#, "/x-paging/request", "optional integer"),
            (
                #""x-paging": {"style": "cursor", "request": "q", "response": "a.b"}"#, "/x-paging/response",
                "names no string field"
            ),
            (#""x-paging": {"style": "offset", "request": "offset", "colour": 1}"#, "/x-paging/colour", "unknown key"),
            (
                #""x-paging": {"style": "offset", "request": "offset", "items": "nothing"}"#, "/x-paging/items",
                "names no list"
            ),
            (#""x-paging": {"style": "link", "request": "offset"}"#, "/x-paging/request", "not used by link paging"),
            (
                #""x-paging": {"style": "page", "request": "offset", "firstPage": "one"}"#, "/x-paging/firstPage",
                "page number"
            ),
            (#""x-paging": "cursor""#, "/x-paging", "expected an object"),
        ]
        for item in cases {
            let text = document(
                parameters: query("offset", "integer") + "," + query("q"),
                response: #"{"type": "object", "properties": {"items": \#(list)}}"#, extra: item.extension)
            let failure = UnitSupport.generationFailure(text)
            let errors = failure?.diagnostics.filter { $0.severity == .error } ?? []
            XCTAssertEqual(errors.map(\.location.pointer), ["#/paths/~1things/get" + item.pointer], item.extension)
            XCTAssertTrue(errors.allSatisfy { $0.location.line > 0 && $0.message.contains(item.words) }, "\(errors)")
        }
    }

    func testAnOperationThatLooksPagedButMatchesNoRuleIsWarnedAbout() throws {
        let text = document(
            parameters: query("cursor"), response: #"{"type": "object", "properties": {"items": \#(list)}}"#)
        let result = try UnitSupport.generate(text)
        XCTAssertNil(result.model.operations.first?.paging)
        XCTAssertEqual(result.warnings.map(\.location.pointer), ["#/paths/~1things/get"])
        XCTAssertTrue(result.warnings[0].message.contains("no next-cursor field"), result.warnings[0].message)
        XCTAssertGreaterThan(result.warnings[0].location.line, 0)

        let strict = UnitSupport.generationFailure(text, strict: true)
        XCTAssertEqual(strict?.diagnostics.map(\.severity), [.error])
    }

    func testAnotherStyleIsReportedAsABreakingChangeOfThePagedMethod() throws {
        let offset = try UnitSupport.generate(document(parameters: query("offset", "integer"), response: list)).model
        let link = try UnitSupport.generate(
            document(
                parameters: query("offset", "integer"), response: list,
                headers: #""headers": {"Link": {"schema": {"type": "string"}}}, "#)
        ).model
        let changes = APIDiff.compare(old: offset, new: link)
        XCTAssertEqual(changes.map(\.kind), [.responseChanged], "\(changes)")
        XCTAssertTrue(changes.first?.description.contains("LinkPagedSequence<String>") == true, "\(changes)")
    }

    func testSchemasNamedLikeThePagingRuntimeAreRenamed() throws {
        let names = [
            "CountedPagedSequence", "CountedPage", "LinkPagedSequence", "LinkedPage", "LinkedResponse", "FollowingLink",
        ]
        let schemas = names.map { #""\#($0)": {"type": "object"}"# }.joined(separator: ", ")
        let model = try UnitSupport.generate(UnitSupport.schemas(schemas)).model
        XCTAssertEqual(Set(model.types.map(\.name)).intersection(names), [])
    }

    func testNamesOfTheAddedParametersKeepAnOperationUnpaged() throws {
        // A `response` argument would be hidden by the page closure's local of that name.
        XCTAssertNil(
            try paging(document(parameters: query("offset", "integer") + "," + query("response"), response: list)))
    }
}
