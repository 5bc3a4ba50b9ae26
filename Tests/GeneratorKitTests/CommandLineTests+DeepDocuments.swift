import Foundation
import XCTest

@testable import GeneratorKit

/// Deep documents through the CLI process, on its own main-thread stack: refused with exit 1 and
/// located errors, or generated, but never a crash (`run` fails the test when the process does not exit).
extension CommandLineTests {
    func testChainsOf10000ReferencesIntoSchemasExitWith1AndLocatedErrors() throws {
        let links: [ChainDocuments.Link] = [.properties, .items, .additionalProperties, .oneOf]
        let schema = try makeSchema(
            ChainDocuments.document(
                links.flatMap { ChainDocuments.intoSchemas($0, length: 10_000, prefix: $0.rawValue) }),
            name: "deep.json")
        let result = try run(["generate", "--schema", schema.path, "--output", "Out"])
        XCTAssertEqual(result.status, 1)
        for link in links {
            XCTAssertTrue(
                result.stderr.contains(
                    ": error: schemas nest more than 256 levels deep here, counting properties, items, alternatives "
                        + "and references followed; the generator supports no deeper nesting "
                        + "[at #/components/schemas/\(link.rawValue)128/properties/x]\n"),
                "\(link): \(result.stderr.prefix(1000))")
        }
        XCTAssertTrue(result.stderr.hasPrefix(schema.path + ":"), String(result.stderr.prefix(300)))
        XCTAssertTrue(result.stderr.hasSuffix("; nothing was written\n"), String(result.stderr.suffix(300)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("Out").path))
    }

    /// `--check` against an empty folder does the whole generation and writes nothing.
    func testChainsOf10000ComponentsThroughEveryKindOfReferenceGenerate() throws {
        let schema = try makeSchema(
            ChainDocuments.document(
                ChainDocuments.Link.allCases.flatMap {
                    ChainDocuments.components($0, length: 10_000, prefix: $0.rawValue)
                }
                    + [ChainDocuments.Link.alias, .allOf].flatMap {
                        ChainDocuments.intoSchemas($0, length: 10_000, prefix: "into" + $0.rawValue)
                    }),
            name: "chains.json")
        let result = try run(["generate", "--schema", schema.path, "--output", "Out", "--check"])
        XCTAssertEqual(result.status, 1)
        // One model file per schema: 8 chains of 10,001.
        let stale = Int(result.stderr.prefix { $0.isNumber })
        XCTAssertGreaterThanOrEqual(stale ?? 0, 8 * 10_001, String(result.stderr.prefix(300)))
        XCTAssertTrue(
            result.stderr.contains(" generated files are stale in Out; regenerate without --check:\n"),
            String(result.stderr.prefix(300)))
    }

    func testJSONNested100000LevelsDeepExitsWith1() throws {
        for (opening, name) in [("[", "arrays.json"), (#"{"a":"#, "objects.json")] {
            let schema = try makeSchema(String(repeating: opening, count: 100_000), name: name)
            let result = try run(["generate", "--schema", schema.path, "--output", "Out"])
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(
                result.stderr.contains(": error: malformed JSON: values nested deeper than 256 levels [at #/"),
                String(result.stderr.prefix(300)))
        }
    }
}
