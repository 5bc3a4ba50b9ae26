import Foundation
import OpenAPIClientKit
import XCTest

final class QueryItemsTests: XCTestCase {
    private struct Paging: Encodable {
        var limit: Int
        var cursor: String?
    }

    private struct Filter: Encodable {
        var mediaTypes: [String]
        var paging: Paging
        var parentFolderID: String?
        var includeTrashed: Bool
        var sizes: [Paging]
    }

    /// Writes an explicit `null`, which synthesized coding never does for optionals.
    private struct ExplicitNull: Encodable {
        enum CodingKeys: String, CodingKey { case kept, dropped }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("yes", forKey: .kept)
            try container.encodeNil(forKey: .dropped)
        }
    }

    func testEmptyQueryEncodesAsEmptyString() {
        let query = QueryItems()
        XCTAssertTrue(query.isEmpty)
        XCTAssertEqual(query.percentEncoded, "")
        XCTAssertEqual(Array(query), [])
    }

    func testScalarsKeepOrderAndNilAppendsNothing() {
        var query = QueryItems()
        query.append("s", "x")
        query.append("missing", nil as String?)
        query.append("b", true)
        query.append("i", 42)
        query.append("i32", Int32(-3))
        query.append("i64", Int64(-9_223_372_036_854_775_807))
        query.append("d", 0.1)
        query.append("f", Float(1.5))
        query.append("empty", "")
        XCTAssertEqual(
            query.percentEncoded, "s=x&b=true&i=42&i32=-3&i64=-9223372036854775807&d=0.1&f=1.5&empty=")
        XCTAssertEqual(query.items.map(\.name), ["s", "b", "i", "i32", "i64", "d", "f", "empty"])
    }

    func testDateAndUUIDValues() {
        var query = QueryItems()
        query.append("from", Date(timeIntervalSince1970: 1_661_096_349))
        query.append("at", Date(timeIntervalSince1970: 1_654_519_529.123))
        query.append("id", UUID(uuidString: "e621e1f8-c36c-495a-93fc-0c247a3e6e5f"))
        XCTAssertEqual(
            query.items.map(\.value),
            ["2022-08-21T15:39:09Z", "2022-06-06T12:45:29.123Z", "E621E1F8-C36C-495A-93FC-0C247A3E6E5F"])
        XCTAssertEqual(query.percentEncoded.components(separatedBy: "&")[0], "from=2022-08-21T15%3A39%3A09Z")
    }

    func testRepeatedKeys() {
        var query = QueryItems()
        query.append("tag", ["a", "b c"])
        query.append("none", nil as [String]?)
        query.append("empty", [Int]())
        query.append("n", [1, 2])
        XCTAssertEqual(query.percentEncoded, "tag=a&tag=b%20c&n=1&n=2")
    }

    func testCommaSeparated() {
        var query = QueryItems()
        query.appendCommaSeparated("ids", [1, 2, 3])
        query.appendCommaSeparated("none", nil as [Int]?)
        query.appendCommaSeparated("empty", [String]())
        XCTAssertEqual(query.items, [.init(name: "ids", value: "1,2,3"), .init(name: "empty", value: "")])
        XCTAssertEqual(query.percentEncoded, "ids=1%2C2%2C3&empty=")
    }

    func testReservedCharactersArePercentEncoded() {
        var query = QueryItems()
        query.append("q", "a b+c&d=e#f/g?h%i,j;k:l@m!n*o'p(q)r$s[t]u")
        query.append("na me&x", "-._~AZaz09")
        XCTAssertEqual(
            query.percentEncoded,
            "q=a%20b%2Bc%26d%3De%23f%2Fg%3Fh%25i%2Cj%3Bk%3Al%40m%21n%2Ao%27p%28q%29r%24s%5Bt%5Du"
                + "&na%20me%26x=-._~AZaz09")
    }

    func testUnicodeIsEncodedAsUTF8Bytes() {
        var query = QueryItems()
        query.append("q", "héllo 日本 🎉")
        XCTAssertEqual(query.percentEncoded, "q=h%C3%A9llo%20%E6%97%A5%E6%9C%AC%20%F0%9F%8E%89")
        let decoded = query.percentEncoded.dropFirst(2).removingPercentEncoding
        XCTAssertEqual(decoded, "héllo 日本 🎉")
    }

    func testDottedFollowsDeclaredOrderNestingAndArrays() throws {
        let filter = Filter(
            mediaTypes: ["IMAGE", "VIDEO"], paging: Paging(limit: 10, cursor: nil), parentFolderID: "media-root",
            includeTrashed: false, sizes: [Paging(limit: 1, cursor: "c1"), Paging(limit: 2, cursor: nil)])
        var query = QueryItems()
        query.append("first", 1)
        try query.appendDotted("filter", filter)
        try query.appendDotted("absent", nil as Filter?)
        XCTAssertEqual(
            query.items,
            [
                .init(name: "first", value: "1"),
                .init(name: "filter.mediaTypes", value: "IMAGE"),
                .init(name: "filter.mediaTypes", value: "VIDEO"),
                .init(name: "filter.paging.limit", value: "10"),
                .init(name: "filter.parentFolderID", value: "media-root"),
                .init(name: "filter.includeTrashed", value: "false"),
                .init(name: "filter.sizes.limit", value: "1"),
                .init(name: "filter.sizes.cursor", value: "c1"),
                .init(name: "filter.sizes.limit", value: "2"),
            ])
        XCTAssertTrue(query.percentEncoded.hasPrefix("first=1&filter.mediaTypes=IMAGE&filter.mediaTypes=VIDEO&"))
    }

    func testDottedSkipsExplicitNullsAndWritesScalarsUnderTheName() throws {
        var query = QueryItems()
        try query.appendDotted("o", ExplicitNull())
        try query.appendDotted("plain", "text")
        try query.appendDotted("list", [3, 4])
        try query.appendDotted("json", ["z": 1, "a": ["b": JSONValue.null, "c": "d"]] as JSONValue)
        XCTAssertEqual(
            query.percentEncoded, "o.kept=yes&plain=text&list=3&list=4&json.a.c=d&json.z=1")
    }

    func testDictionaryMembersAreSortedSoTheQueryIsDeterministic() throws {
        var query = QueryItems()
        try query.appendDeepObject("m", ["delta": 4, "alpha": 1, "charlie": 3, "bravo": 2])
        XCTAssertEqual(query.items.map(\.name), ["m[alpha]", "m[bravo]", "m[charlie]", "m[delta]"])
    }

    func testDeepObjectUsesBrackets() throws {
        var query = QueryItems()
        try query.appendDeepObject(
            "filter",
            Filter(
                mediaTypes: ["IMAGE"], paging: Paging(limit: 5, cursor: "x y"), parentFolderID: nil,
                includeTrashed: true, sizes: []))
        XCTAssertEqual(
            query.items,
            [
                .init(name: "filter[mediaTypes]", value: "IMAGE"),
                .init(name: "filter[paging][limit]", value: "5"),
                .init(name: "filter[paging][cursor]", value: "x y"),
                .init(name: "filter[includeTrashed]", value: "true"),
            ])
        XCTAssertEqual(
            query.percentEncoded,
            "filter%5BmediaTypes%5D=IMAGE&filter%5Bpaging%5D%5Blimit%5D=5&filter%5Bpaging%5D%5Bcursor%5D=x%20y"
                + "&filter%5BincludeTrashed%5D=true")
    }

    func testExplodedSpreadsMembers() throws {
        var query = QueryItems()
        try query.appendExploded(
            Filter(
                mediaTypes: ["A", "B"], paging: Paging(limit: 3, cursor: nil), parentFolderID: nil,
                includeTrashed: false, sizes: []))
        try query.appendExploded(nil as Filter?)
        XCTAssertEqual(
            query.percentEncoded, "mediaTypes=A&mediaTypes=B&paging.limit=3&includeTrashed=false")
    }

    func testExplodedRejectsValuesThatAreNotObjects() {
        var query = QueryItems()
        XCTAssertThrowsError(try query.appendExploded("scalar")) { error in
            guard case EncodingError.invalidValue = error else {
                return XCTFail("Expected EncodingError.invalidValue, got \(error)")
            }
        }
        XCTAssertThrowsError(try query.appendExploded([1, 2]))
        XCTAssertTrue(query.isEmpty)
    }

    func testDatesInsideObjectsUseRFC3339() throws {
        struct Window: Encodable {
            var from: Date
            var until: RFC3339Date
        }
        var query = QueryItems()
        try query.appendDotted(
            "w",
            Window(
                from: Date(timeIntervalSince1970: 1_661_096_349),
                until: RFC3339Date(Date(timeIntervalSince1970: 1_654_519_529.5))))
        XCTAssertEqual(
            query.items.map(\.value), ["2022-08-21T15:39:09Z", "2022-06-06T12:45:29.500Z"])
    }
}
