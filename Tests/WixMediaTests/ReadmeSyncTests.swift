import Foundation
import XCTest

/// README.md's examples are code that tests compile and run, line for line.
final class ReadmeSyncTests: XCTestCase {
    func testReadmeUsageMatchesTheTestedExample() throws {
        try assertReadmeShows("Usage", testedIn: "WixMediaTests/ReadmeExampleTests.swift")
    }

    func testReadmeUploadsMatchTheTestedExample() throws {
        try assertReadmeShows("Uploads", testedIn: "WixMediaIntegrationTests/ReadmeUploadExampleTests.swift")
    }

    func testReadmeTestingYourAppMatchesTheTestedExample() throws {
        try assertReadmeShows("Testing your app", testedIn: "WixMediaTestingTests/ReadmeTestingExampleTests.swift")
    }

    func testReadmeResumingMatchesTheTestedExample() throws {
        try assertReadmeShows("Resuming", testedIn: "WixMediaIntegrationTests/ReadmeResumeExampleTests.swift")
    }

    func testReadmeGeneratorStepsMatchTheExamplePackage() throws {
        let example = "../Examples/PetStore"
        try assertReadmeShows("Use the generator: target", testedIn: "\(example)/Package.swift")
        try assertReadmeShows(
            "Use the generator", testedIn: "\(example)/Tests/PetStoreKitTests/PetStoreTests.swift")
        try assertReadmeShows(
            "Use the generator: errors", testedIn: "\(example)/Tests/PetStoreKitTests/PetStoreTests.swift")
    }

    /// Fails unless README.md holds the lines between `// BEGIN README § <section>` and `// END README § <section>`
    /// of the file at `path` (relative to `Tests/`), without the indentation they all share (a function body's, or
    /// none at the top level), with `// ` taken off the lines that show the imports and the client (a wrapped one's two lines).
    private func assertReadmeShows(
        _ section: String, testedIn path: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let root = tests.deletingLastPathComponent()
        let example = try String(contentsOf: tests.appendingPathComponent(path), encoding: .utf8)
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(example.range(of: "// BEGIN README § \(section)\n"), file: file, line: line)
        let end = try XCTUnwrap(example.range(of: "// END README § \(section)"), file: file, line: line)
        let lines = example[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        let indentation = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        // A client declaration wrapped after its `(` shows its next line too.
        var continuesClient = false
        let tested =
            lines
            .map { String($0.dropFirst(indentation)) }
            .map { line in
                let shown =
                    line.hasPrefix("// ")
                    && (line.hasPrefix("// import ") || line.contains("let client") || continuesClient)
                continuesClient = shown && line.hasSuffix("(")
                return shown ? String(line.dropFirst(3)) : line
            }
            .map { $0 == "//" ? "" : $0 }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(
            readme.contains(tested), "README.md § \(section) differs from \(path); copy the block:\n\(tested)",
            file: file, line: line)
    }
}
