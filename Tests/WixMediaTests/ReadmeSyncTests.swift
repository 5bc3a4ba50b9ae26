import Foundation
import XCTest

/// README.md's usage example is the code `ReadmeExampleTests` compiles and runs, line for line.
final class ReadmeSyncTests: XCTestCase {
    func testReadmeUsageMatchesTheTestedExample() throws {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let root = tests.deletingLastPathComponent().deletingLastPathComponent()
        let example = try String(contentsOf: tests.appendingPathComponent("ReadmeExampleTests.swift"), encoding: .utf8)
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(example.range(of: "// BEGIN README § Usage\n"))
        let end = try XCTUnwrap(example.range(of: "// END README § Usage"))
        let tested = example[start.upperBound..<end.lowerBound]
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }
            .map {
                $0.hasPrefix("// ") && ($0.contains("import WixMedia") || $0.contains("let client"))
                    ? String($0.dropFirst(3)) : $0
            }
            .map { $0 == "//" ? "" : $0 }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(
            readme.contains(tested), "README.md § Usage differs from ReadmeExampleTests; copy the block:\n\(tested)")
    }
}
