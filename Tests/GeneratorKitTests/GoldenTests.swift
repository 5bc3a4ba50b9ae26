import Foundation
import XCTest

@testable import GeneratorKit

/// Fixtures/<case>/input.json → Fixtures/<case>/expected/…, one fixture per construct; and the committed
/// Sources/WixMedia/Generated against Schema/. `UPDATE_GOLDENS=1 make golden` re-records the fixtures.
final class GoldenTests: XCTestCase {
    func testEveryFixtureMatchesItsExpectedOutput() throws {
        let cases = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.fixtures.path).sorted()
        XCTAssertGreaterThanOrEqual(cases.count, 15, "DESIGN §7 asks for at least 15 fixtures")
        for name in cases {
            let folder = RepositoryPaths.fixtures.appendingPathComponent(name)
            let input = folder.appendingPathComponent("input.json")
            guard let data = FileManager.default.contents(atPath: input.path) else {
                XCTFail("fixture \(name) has no input.json")
                continue
            }
            let result: Pipeline.Result
            do {
                result = try Pipeline.generate(SourceText(fileName: "input.json", bytes: Array(data)))
            } catch {
                XCTFail("fixture \(name) failed to generate:\n\(error)")
                continue
            }
            assertUniqueFileNames(result.files, fixture: name)
            let expectedFolder = folder.appendingPathComponent("expected")
            var files = result.files
            if !result.warnings.isEmpty {
                // Warnings are part of the contract too: pin them next to the code.
                files.append(
                    GeneratedFile(
                        path: "warnings.txt",
                        contents: result.warnings.map(\.description).joined(separator: "\n") + "\n"))
            }
            if GoldenComparison.isRecording {
                try GoldenComparison.record(files, into: expectedFolder)
                continue
            }
            let problems = GoldenComparison.differences(
                expected: GoldenComparison.readFolder(expectedFolder), actual: files)
            XCTAssert(
                problems.isEmpty,
                "fixture \(name) differs (UPDATE_GOLDENS=1 make golden re-records):\n"
                    + problems.joined(separator: "\n\n"))
        }
    }

    func testCommittedGeneratedLibraryIsUpToDateWithSchema() throws {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: RepositoryPaths.schema.path))
        let result = try Pipeline.generate(SourceText(fileName: "Schema/wix-media.openapi.json", bytes: Array(data)))
        let committed = GoldenComparison.readFolder(RepositoryPaths.generatedOutput)
        let problems = GoldenComparison.differences(expected: committed, actual: result.files)
        XCTAssert(
            problems.isEmpty,
            "Sources/WixMedia/Generated is stale; run `make generate`:\n" + problems.joined(separator: "\n\n"))
    }

    /// SwiftPM compiles a target's files into objects named by file name alone, so two files with the
    /// same name in different folders (or names differing only in case) break the build.
    private func assertUniqueFileNames(_ files: [GeneratedFile], fixture: String) {
        let names = files.map { ($0.path.split(separator: "/").last ?? "").lowercased() }
        let duplicates = Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        XCTAssertEqual(duplicates, [], "fixture \(fixture) has several files with the same name")
    }
}
