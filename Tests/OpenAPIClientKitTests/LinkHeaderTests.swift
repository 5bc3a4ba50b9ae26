import OpenAPIClientKit
import XCTest

/// RFC 8288 `Link` fields, well-formed and hostile.
final class LinkHeaderTests: XCTestCase {
    private func next(_ values: String...) -> String? {
        LinkHeader.target(relation: "next", in: values.map { HTTPHeader(name: "Link", value: $0) })
    }

    func testGitHubStyleField() {
        let value =
            #"<https://api.github.com/repositories/1/issues?page=2>; rel="next", "#
            + #"<https://api.github.com/repositories/1/issues?page=5>; rel="last""#
        XCTAssertEqual(next(value), "https://api.github.com/repositories/1/issues?page=2")
        XCTAssertEqual(
            LinkHeader.links(in: value).map(\.relations), [["next"], ["last"]])
    }

    func testRelationsAreCaseInsensitiveSpaceSeparatedAndOnlyTheFirstRelCounts() {
        XCTAssertEqual(next(#"</a>; rel="prev NEXT""#), "/a")
        XCTAssertEqual(next(#"</a>; REL=next"#), "/a")
        XCTAssertNil(next(#"</a>; rel="prev"; rel="next""#))
        XCTAssertNil(next(#"</a>; title="next""#))
    }

    func testCommasAndSemicolonsInsideTargetsAndQuotedStrings() {
        XCTAssertEqual(next(#"</a?x=1,2;3>; title="a, b; rel=next", </b>; rel=next"#), "/b")
        XCTAssertEqual(next(#"</a>; title="say \"hi\", ok"; rel="next""#), "/a")
    }

    func testSeveralFieldsAreReadInOrder() {
        XCTAssertEqual(next(#"</first>; rel="prev""#, #"</second>; rel="next""#), "/second")
    }

    func testMalformedValuesAreSkippedNotFatal() {
        XCTAssertNil(next("<unterminated; rel=next"))
        XCTAssertNil(next(#"</a>; rel="unterminated"#))
        XCTAssertNil(next("no brackets; rel=next"))
        XCTAssertNil(next(""))
        XCTAssertNil(next(";;;,,,<<<>>>\"\"\""))
        XCTAssertEqual(next(#"garbage, </b>; rel=next"#), "/b")
        XCTAssertEqual(next(#"</a> junk; rel=next, </b>; rel=next"#), "/b")
    }

    func testHostileInputIsBounded() {
        let huge = String(repeating: "<", count: LinkHeader.maximumFieldLength + 1)
        XCTAssertNil(next(huge))
        // Long but allowed: one linear scan, no recursion.
        let many = Array(repeating: #"</x>; rel="prev""#, count: 2_000).joined(separator: ", ") + ", </y>; rel=next"
        XCTAssertEqual(next(many), "/y")
        let quotes = String(repeating: #"</x>; a="\"#, count: 3_000)
        XCTAssertNil(next(quotes))
        XCTAssertNil(next("</\u{0}\u{FFFF}>; rel=\"\u{1F600}\""))
    }
}
