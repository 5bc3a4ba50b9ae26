import Foundation
import XCTest

@testable import GeneratorKit

/// Seeded, reproducible mutations of a description split across files (the `multi-file` fixture: a YAML
/// root, YAML and JSON siblings, a subfolder): byte mutations of each file (truncation, broken indentation
/// and syntax) and every `$ref` broken in each way a cross-file reference can break. The generator must never
/// crash, and every refusal must be located — line, column and pointer — in one of the description's files;
/// a broken `$ref` is reported in the file that holds it.
final class MultiFileMutationTests: XCTestCase {
    static let seed: UInt64 = 0x12_2026
    static let mutationsPerFile = 80
    static let fixture = RepositoryPaths.fixtures.appendingPathComponent("multi-file")
    static let files = ["input.yaml", "common.json", "parameters.yaml", "schemas/pet.yaml"]

    func loadFixture() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in Self.files {
            files[name] = Array(try Data(contentsOf: Self.fixture.appendingPathComponent(name)))
        }
        return files
    }

    /// The diagnostics generating from `files` ends with; none when it succeeds.
    func generate(_ files: [String: [UInt8]]) -> [Diagnostic] {
        do {
            _ = try Pipeline.generate(
                SourceText(fileName: "input.yaml", bytes: files["input.yaml"]!),
                loader: InMemoryDocumentLoader(files: files))
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    func assertLocated(_ diagnostics: [Diagnostic], in allowed: Set<String>, _ context: String) {
        for diagnostic in diagnostics {
            XCTAssertTrue(allowed.contains(diagnostic.location.file), "\(context): \(diagnostic)")
            XCTAssertGreaterThan(diagnostic.location.line, 0, "\(context): \(diagnostic)")
            XCTAssertGreaterThan(diagnostic.location.column, 0, "\(context): \(diagnostic)")
            XCTAssertTrue(diagnostic.location.pointer.hasPrefix("#"), "\(context): \(diagnostic)")
        }
    }

    func testTheFixtureGenerates() throws {
        XCTAssertEqual(generate(try loadFixture()), [])
    }

    func testMutatedFilesAreReadOrRefusedWithALocation() throws {
        let original = try loadFixture()
        var random = SplitMix64(seed: Self.seed)
        var generated = 0
        var refused = 0
        for name in Self.files {
            for index in 0..<Self.mutationsPerFile {
                var files = original
                files[name] = YAMLMutationTests.mutate(original[name]!, random: &random)
                let diagnostics = generate(files)
                if diagnostics.isEmpty { generated += 1 } else { refused += 1 }
                assertLocated(diagnostics, in: Set(Self.files), "\(name) #\(index)")
            }
        }
        // Both outcomes must occur, or the mutations are not reaching the generator's paths.
        XCTAssertGreaterThan(generated, 20)
        XCTAssertGreaterThan(refused, 100)
    }

    /// Each way a `$ref` can go wrong, applied to every `$ref` of every file in turn.
    static let breakages: [(String, @Sendable (String) -> String)] = [
        ("missing file", { _ in "missing.yaml#/X" }),
        ("missing target", { $0.contains("#") ? $0 + "/nothing" : $0 + "#/nothing" }),
        ("leaves the root directory", { "../../" + $0 }),
        ("remote", { "https://example.com/" + $0 }),
        ("file URL", { "file:///" + $0 }),
        ("absolute", { "/etc/" + $0 }),
        ("truncated", { String($0.dropLast(min(3, $0.count - 1))) }),
        ("bad pointer", { $0.replacingOccurrences(of: "#/", with: "#") + "#x" }),
    ]

    func testEveryBrokenReferenceIsRefusedInTheFileHoldingIt() throws {
        let original = try loadFixture()
        var cases = 0
        for name in Self.files {
            let text = String(decoding: original[name]!, as: UTF8.self)
            for target in Self.referenceTargets(in: text) {
                for (breakage, broken) in Self.breakages {
                    var files = original
                    files[name] = Array(
                        text.replacingOccurrences(of: "\"\(target)\"", with: "\"\(broken(target))\"")
                            .replacingOccurrences(of: "'\(target)'", with: "'\(broken(target))'").utf8)
                    let diagnostics = generate(files)
                    let context = "\(name): '\(target)' \(breakage)"
                    // A truncated pointer can still name something (`#/components/schemas/Own` does not, but
                    // `pet.yaml` → `pet.y` is a missing file): every outcome but a success is checked.
                    if breakage != "truncated" { XCTAssertFalse(diagnostics.isEmpty, context) }
                    assertLocated(diagnostics, in: [name], context)
                    cases += 1
                }
            }
        }
        XCTAssertGreaterThan(cases, 60)
    }

    /// The `$ref` values of a JSON or YAML text, each once.
    static func referenceTargets(in text: String) -> [String] {
        var targets: [String] = []
        var rest = Substring(text)
        while let found = rest.range(of: "$ref") {
            rest = rest[found.upperBound...]
            guard let quote = rest.firstIndex(where: { $0 == "'" || $0 == "\"" }) else { break }
            var afterKey = rest[rest.index(after: quote)...]
            if rest[quote] == "\"" && rest[..<quote].isEmpty {
                // JSON: `"$ref": "…"`; the quote closing the key comes first.
                guard let open = afterKey.firstIndex(of: "\"") else { break }
                afterKey = afterKey[afterKey.index(after: open)...]
            }
            let close = rest[quote] == "'" ? "'" : "\"" as Character
            guard let end = afterKey.firstIndex(of: close) else { break }
            let target = String(afterKey[..<end])
            if !targets.contains(target) { targets.append(target) }
            rest = afterKey[end...]
        }
        return targets
    }

    func testReferenceTargetsAreFoundInBothFormats() {
        XCTAssertEqual(
            Self.referenceTargets(in: ##"{"a": {"$ref": "#/x"}, "b": {"$ref": "c.json#/y"}}"##), ["#/x", "c.json#/y"])
        XCTAssertEqual(Self.referenceTargets(in: "a:\n  $ref: 'b.yaml'\nc: {$ref: '#/d'}\n"), ["b.yaml", "#/d"])
    }
}
