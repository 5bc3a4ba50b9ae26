import Foundation
import XCTest

@testable import GeneratorKit

/// `generator diff`: DiffFixtures/<case>/{old,new}.json → golden reports in all three formats, one pair per
/// kind of change (`UPDATE_GOLDENS=1 make golden` re-records), plus the rules the reports rest on.
/// scripts/check-diff-classification.sh proves the classifications by compiling `consumer.swift` files.
final class APIDiffTests: XCTestCase {
    static let reports: [(format: ChangeReport.Format, file: String)] = [
        (.text, "expected.txt"), (.markdown, "expected.md"), (.json, "expected.json"),
    ]

    func testEveryPairMatchesItsGoldenReports() throws {
        let cases = try Self.caseNames()
        XCTAssertGreaterThanOrEqual(cases.count, 30)
        for name in cases {
            let changes = try Self.changes(name)
            for (format, file) in Self.reports {
                let url = RepositoryPaths.diffFixtures.appendingPathComponent(name).appendingPathComponent(file)
                let report = ChangeReport.render(changes, format: format)
                if let problem = try GoldenComparison.compareOrRecord(report, with: url) {
                    XCTFail("\(name)/\(file) differs (UPDATE_GOLDENS=1 make golden re-records):\n\(problem)")
                }
            }
        }
    }

    func testEveryKindOfChangeHasAPair() throws {
        var seen = Set<APIChange.Kind>()
        for name in try Self.caseNames() { seen.formUnion(try Self.changes(name).map(\.kind)) }
        let missing = APIChange.Kind.allCases.filter { !seen.contains($0) }
        XCTAssertEqual(missing, [], "kinds of change without a DiffFixtures pair")
    }

    func testIdenticalSchemasHaveNoChanges() throws {
        let wix = try Self.model(at: RepositoryPaths.schema)
        XCTAssertEqual(APIDiff.compare(old: wix, new: wix), [])
        XCTAssertEqual(try Self.changes("no-changes"), [])
    }

    func testChangesComeGroupedByClassificationInOrder() throws {
        let changes = try Self.changes("error-codes")
        XCTAssertEqual(Set(changes.map(\.classification)).count, 4, "the pair should have all four classifications")
        let ranks = changes.map { APIChange.Classification.allCases.firstIndex(of: $0.classification)! }
        XCTAssertEqual(ranks, ranks.sorted())
    }

    func testReversingAPairTurnsAdditionsIntoRemovals() throws {
        let pairs = [
            ("type-added", APIChange.Kind.typeRemoved), ("property-added-optional", .propertyRemoved),
            ("parameter-added-optional", .parameterRemoved), ("enum-case-removed", .enumCaseAdded),
            ("parameter-made-optional", .parameterMadeRequired), ("response-added", .responseChanged),
        ]
        for (name, kind) in pairs {
            let folder = RepositoryPaths.diffFixtures.appendingPathComponent(name)
            let reversed = APIDiff.compare(
                old: try Self.model(at: folder.appendingPathComponent("new.json")),
                new: try Self.model(at: folder.appendingPathComponent("old.json")))
            XCTAssertEqual(reversed.map(\.kind), [kind], name)
        }
    }

    /// The decisions docs/DESIGN-notes.md explains; the compile check proves them.
    func testClassificationOfTheDebatableKinds() {
        XCTAssertEqual(APIChange.Kind.enumCaseAdded.classification, .breaking)
        XCTAssertEqual(APIChange.Kind.errorCodeAdded.classification, .breaking)
        XCTAssertEqual(APIChange.Kind.propertyMadeOptional.classification, .breaking)
        XCTAssertEqual(APIChange.Kind.parameterMadeOptional.classification, .additive)
        XCTAssertEqual(APIChange.Kind.responseAdded.classification, .additive)
        XCTAssertEqual(APIChange.Kind.pathChanged.classification, .behavioural)
        XCTAssertEqual(APIChange.Kind.errorTypeChanged.classification, .breaking)
        XCTAssertEqual(APIChange.Kind.deprecationChanged.classification, .documentation)
    }

    func testArgumentSymbolsElideTheOtherLabels() {
        let labels = ["folderID", "kinds", "limit"]
        XCTAssertEqual(SymbolName.function("C.list", labels: labels), "C.list(folderID:kinds:limit:)")
        XCTAssertEqual(SymbolName.function("C.list", labels: []), "C.list()")
        XCTAssertEqual(SymbolName.argument("folderID", of: "C.list", labels: labels), "C.list(folderID:…)")
        XCTAssertEqual(SymbolName.argument("kinds", of: "C.list", labels: labels), "C.list(…kinds:…)")
        XCTAssertEqual(SymbolName.argument("limit", of: "C.list", labels: labels), "C.list(…limit:)")
        XCTAssertEqual(SymbolName.argument("id", of: "C.get", labels: ["id"]), "C.get(id:)")
    }

    func testReorderingIsFoundOnlyAmongLabelsBothVersionsHave() {
        XCTAssertNil(MemberComparison.firstReorderedPair(old: ["a", "b", "c"], new: ["a", "x", "b", "c"]))
        XCTAssertNil(MemberComparison.firstReorderedPair(old: ["a", "b", "c"], new: ["c"]))
        let moved = MemberComparison.firstReorderedPair(old: ["a", "b", "c"], new: ["a", "c", "b"])
        XCTAssertEqual(moved?.earlier, "b")
        XCTAssertEqual(moved?.later, "c")
    }

    func testReportsEscapeWhatTheirFormatNeeds() {
        XCTAssertEqual(ChangeReport.jsonString("a\"b\\c\nd\u{1}é"), #""a\"b\\c\nd\u0001é""#)
        let change = APIChange(.documentationChanged, symbol: "A|B", description: "x | y")
        XCTAssertTrue(ChangeReport.render([change], format: .markdown).contains("| `A\\|B` | x \\| y |"))
        XCTAssertEqual(ChangeReport.render([], format: .text), "No API changes.\n")
        XCTAssertEqual(ChangeReport.summary([]), "0 breaking, 0 behavioural, 0 additive, 0 documentation")
    }

    // MARK: - Helpers

    static func caseNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.diffFixtures.path).sorted()
    }

    static func changes(_ name: String) throws -> [APIChange] {
        let folder = RepositoryPaths.diffFixtures.appendingPathComponent(name)
        return APIDiff.compare(
            old: try model(at: folder.appendingPathComponent("old.json")),
            new: try model(at: folder.appendingPathComponent("new.json")))
    }

    static func model(at url: URL) throws -> SwiftModel {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: url.path), "cannot read \(url.path)")
        return try Pipeline.generate(SourceText(fileName: url.lastPathComponent, bytes: Array(data))).model
    }
}
