import Foundation
import XCTest

@testable import GeneratorKit

/// `--single-file NAME`: the whole output in one file, for a build-tool plugin that must name its outputs before
/// the generator runs.
extension CommandLineTests {
    func testSingleFileHoldsEveryFilesCodeOnceUnderOneHeader() throws {
        let schema = try makeSchema(Self.validSchema)
        let output = work.appendingPathComponent("Generated", isDirectory: true)
        let result = try run([
            "generate", "--schema", schema.path, "--output", output.path, "--single-file", "API.swift",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "generated 1 file: 1 written, 0 unchanged, 0 deleted\n")
        XCTAssertEqual(UnitSupport.listFiles(output), ["API.swift"])

        let single = try String(contentsOf: output.appendingPathComponent("API.swift"), encoding: .utf8)
        let files = try Pipeline.generate(SourceText(fileName: schema.path, text: Self.validSchema)).files
        XCTAssertEqual(single.components(separatedBy: FileLayout.headerPrefix).count, 2, "one header")
        let imports = single.split(separator: "\n").filter { $0.hasPrefix("import ") }
        XCTAssertEqual(imports, ["import OpenAPIClientKit"])
        XCTAssertTrue(
            single.hasPrefix("\(FileLayout.headerPrefix) from api.json. DO NOT EDIT.\n\nimport OpenAPIClientKit\n\n"))
        for file in files {
            // Each file's code after its header and imports, in the single file exactly once.
            var chunks = file.contents.components(separatedBy: "\n\n").dropFirst()
            if chunks.first?.hasPrefix("import ") == true { chunks = chunks.dropFirst() }
            let body = chunks.joined(separator: "\n\n")
            XCTAssertEqual(single.components(separatedBy: body).count, 2, file.path)
        }
    }

    func testSingleFileIsCheckedAndRewrittenLikeAnyOutput() throws {
        let schema = try makeSchema(Self.validSchema)
        let output = work.appendingPathComponent("Generated", isDirectory: true)
        let arguments = ["generate", "--schema", schema.path, "--output", output.path, "--single-file", "API.swift"]
        XCTAssertEqual(try run(arguments).status, 0)
        let fresh = try run(arguments + ["--check"])
        XCTAssertEqual(fresh.stdout, "1 generated file is up to date\n")

        let file = output.appendingPathComponent("API.swift")
        try Data((try String(contentsOf: file, encoding: .utf8) + "// an edit\n").utf8).write(to: file)
        let stale = try run(arguments + ["--check"])
        XCTAssertEqual(stale.status, 1)
        XCTAssertTrue(stale.stderr.contains("\n  API.swift\n"), stale.stderr)
        let again = try run(arguments)
        XCTAssertEqual(again.stdout, "generated 1 file: 1 written, 0 unchanged, 0 deleted\n")

        // Back to a file per type: the single file is the generator's, so it goes.
        let split = try run(["generate", "--schema", schema.path, "--output", output.path])
        XCTAssertEqual(split.status, 0, split.stderr)
        XCTAssertEqual(UnitSupport.listFiles(output), Self.expectedFiles)
    }

    func testSingleFileNameMustBeASwiftFileName() throws {
        let schema = try makeSchema(Self.validSchema)
        for name in ["Sub/API.swift", "API.txt", ".swift"] {
            let result = try run(["generate", "--schema", schema.path, "--output", "Out", "--single-file", name])
            XCTAssertEqual(result.status, 2, name)
            XCTAssertTrue(
                result.stderr.hasPrefix(
                    "error: --single-file takes a file name ending in .swift, without a folder: '\(name)'"),
                result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("Out").path))
    }
}
