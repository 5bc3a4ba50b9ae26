import Foundation
import XCTest

@testable import GeneratorKit

/// Same input, same bytes, across processes. Swift seeds `Set` and `Dictionary` hashing per process, so an
/// order that leaks from a hashed collection into the output shows up only between two runs of the
/// executable, never between two generations inside one test process.
final class CrossProcessDeterminismTests: GeneratorCommandTestCase {
    /// The child processes' environment, with per-process random hashing guaranteed.
    private let environment = ProcessInfo.processInfo.environment.filter { $0.key != "SWIFT_DETERMINISTIC_HASHING" }

    /// Three runs: two equal outputs could share a hash order by chance, three rarely do for any real
    /// document, and the inputs below hold hundreds of names each.
    static let runs = 3

    /// The Wix schema, every golden fixture and every vendored corpus document.
    func testGenerateWritesTheSameBytesInEveryProcess() throws {
        var schemas = [RepositoryPaths.schema]
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.fixtures.path).sorted()
        schemas += fixtures.map(RepositoryPaths.fixtureInput)
        let corpus = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.corpus.path)
        schemas += corpus.filter { $0.hasSuffix(".json") }.sorted().map {
            RepositoryPaths.corpus.appendingPathComponent($0)
        }
        XCTAssertGreaterThan(schemas.count, 20)
        for (index, schema) in schemas.enumerated() {
            var outputs: [[String: String]] = []
            for runIndex in 0..<Self.runs {
                let output = work.appendingPathComponent("\(index)-\(runIndex)", isDirectory: true)
                let run = try run(
                    ["generate", "--schema", schema.path, "--output", output.path], environment: environment)
                XCTAssertEqual(run.status, 0, "\(schema.lastPathComponent): \(run.stderr)")
                outputs.append(GoldenComparison.readFolder(output))
            }
            let label = schema.deletingLastPathComponent().lastPathComponent + "/" + schema.lastPathComponent
            XCTAssertFalse(outputs[0].isEmpty, label)
            for other in outputs.dropFirst() {
                XCTAssertEqual(outputs[0].keys.sorted(), other.keys.sorted(), "\(label): other files")
                let differing = outputs[0].filter { other[$0.key] != $0.value }.keys.sorted()
                XCTAssertEqual(differing, [], "\(label): files that differ between two runs of the generator")
            }
            for (path, text) in outputs[0] where text.contains(work.path) || text.contains(schema.path) {
                XCTFail("\(label): \(path) holds an absolute path")
            }
        }
    }

    /// `generator diff` reports, in all three formats, for the diff fixtures that report many changes.
    func testDiffReportsTheSameBytesInEveryProcess() throws {
        for name in ["error-codes", "union-cases", "wire-changes"] {
            let pair = RepositoryPaths.diffFixtures.appendingPathComponent(name)
            for format in ["text", "markdown", "json"] {
                let reports = try (0..<Self.runs).map { _ in
                    try run(
                        [
                            "diff", "--old", pair.appendingPathComponent("old.json").path, "--new",
                            pair.appendingPathComponent("new.json").path, "--format", format,
                        ], environment: environment
                    ).stdout
                }
                XCTAssertFalse(reports[0].isEmpty, "\(name) \(format)")
                XCTAssertEqual(Set(reports).count, 1, "\(name) \(format): the report differs between processes")
            }
        }
    }
}
