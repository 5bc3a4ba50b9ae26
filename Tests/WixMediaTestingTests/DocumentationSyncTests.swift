import Foundation
import XCTest

/// The DocC articles' Swift code is code that tests compile and run: every ```swift block of an article in
/// `Sources/WixMedia/WixMedia.docc` equals, modulo indentation, the region `// BEGIN DocC <Article>#<n>` …
/// `// END DocC <Article>#<n>` of a test file; the generator's articles quote generated code, so each of their
/// blocks must appear in a golden fixture's expected output.
final class DocumentationSyncTests: XCTestCase {
    private static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    private static let root = tests.deletingLastPathComponent()

    func testEveryWixMediaArticleSampleIsATestedRegion() throws {
        let regions = try Self.regions(in: Self.tests)
        let articles = try Self.articles(in: "Sources/WixMedia/WixMedia.docc")
        XCTAssertFalse(articles.isEmpty, "no articles found")
        var shown: Set<String> = []
        for (name, text) in articles {
            for (index, block) in Self.swiftBlocks(in: text).enumerated() {
                let key = "\(name)#\(index + 1)"
                shown.insert(key)
                guard let tested = regions[key] else {
                    XCTFail("\(name).md's Swift block \(index + 1) has no tested region `// BEGIN DocC \(key)`")
                    continue
                }
                XCTAssertEqual(
                    Self.normalized(block), tested, "\(name).md's Swift block \(index + 1) differs from its region")
            }
        }
        let orphans = Set(regions.keys).subtracting(shown)
        XCTAssertEqual(orphans, [], "tested regions that no article shows (renamed or deleted blocks?)")
    }

    func testEveryGeneratorArticleSampleIsGoldenOutput() throws {
        let articles = try Self.articles(in: "Generator/CLI/Generator.docc")
        XCTAssertFalse(articles.isEmpty, "no articles found")
        let fixtures = Self.root.appendingPathComponent("Tests/GeneratorKitTests/Fixtures")
        var golden: [String] = []
        for case let url as URL in FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)!
        where url.pathExtension == "swift" && url.path.contains("/expected/") {
            golden.append(Self.unindented(try String(contentsOf: url, encoding: .utf8)))
        }
        for (name, text) in articles {
            for (index, block) in Self.swiftBlocks(in: text).enumerated() {
                let excerpt = Self.unindented(block)
                XCTAssertTrue(
                    golden.contains { $0.contains(excerpt) },
                    "\(name).md's Swift block \(index + 1) is not in any golden fixture's expected output")
            }
        }
    }

    /// The articles of the catalog at `path`, by file name without `.md`.
    private static func articles(in path: String) throws -> [(String, String)] {
        let catalog = root.appendingPathComponent(path)
        return try FileManager.default.contentsOfDirectory(atPath: catalog.path).sorted()
            .filter { $0.hasSuffix(".md") }
            .map { name in
                (
                    String(name.dropLast(3)),
                    try String(contentsOf: catalog.appendingPathComponent(name), encoding: .utf8)
                )
            }
    }

    /// The contents of the ```swift fences of `markdown`, in order.
    static func swiftBlocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]? = nil
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil, trimmed == "```swift" {
                current = []
            } else if let lines = current, trimmed == "```" {
                blocks.append(lines.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// Every `// BEGIN DocC <key>` … `// END DocC <key>` region of the Swift files under `directory`, normalized.
    private static func regions(in directory: URL) throws -> [String: String] {
        var regions: [String: String] = [:]
        for case let url as URL in FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)!
        where url.pathExtension == "swift" && !url.path.contains("/Fixtures/") && !url.path.contains("/Corpus/") {
            let text = try String(contentsOf: url, encoding: .utf8)
            guard text.contains("// BEGIN DocC ") else { continue }
            var key: String? = nil
            var lines: [Substring] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("// BEGIN DocC ") {
                    key = String(trimmed.dropFirst("// BEGIN DocC ".count))
                    lines = []
                } else if let open = key, trimmed == "// END DocC \(open)" {
                    regions[open] = normalized(lines.joined(separator: "\n"), shownLines: true)
                    key = nil
                } else if key != nil {
                    lines.append(line)
                }
            }
        }
        return regions
    }

    /// `code` without the indentation its lines share and without surrounding blank lines; with `shownLines`,
    /// `//> text` lines become `text` (lines an article shows but a test cannot run).
    static func normalized(_ code: String, shownLines: Bool = false) -> String {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indentation =
            lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.prefix { $0 == " " }.count }.min() ?? 0
        lines = lines.map { String($0.dropFirst(indentation)) }
        if shownLines {
            lines = lines.map { $0 == "//>" ? "" : $0.hasPrefix("//> ") ? String($0.dropFirst(4)) : $0 }
        }
        return lines.map { $0.trimmingTrailingWhitespace }.joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `code` with every line's leading white space removed, for excerpts of differently indented files.
    private static func unindented(_ code: String) -> String {
        code.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.drop { $0 == " " } }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension String {
    fileprivate var trimmingTrailingWhitespace: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
