import Foundation
import XCTest

@testable import GeneratorKit

/// What the CLI prints about a document, a path or an argument stays one line per message, whatever line
/// breaks or terminal escapes they hold (issue #13).
extension CommandLineTests {
    func testErrorsAboutHostileNamesArePrintedOnOneLine() throws {
        let schema = try makeSchema(
            UnitSupport.schemas(
                ##""new\nline": {"type": "object"}, "back\r\u001b[2Jspace": {"$ref": "#/nowhere\u2028"}"##))
        let output = work.appendingPathComponent("out", isDirectory: true)
        let result = try run(["generate", "--schema", schema.path, "--output", output.path])
        XCTAssertEqual(result.status, 1)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, result.stderr)
        XCTAssertTrue(GeneratorFuzzTests.isLocated(String(lines[0]), output: output), result.stderr)
        XCTAssertTrue(lines[0].contains(#"'#/nowhere\u{2028}'"#), result.stderr)
        XCTAssertTrue(lines[0].contains(#"[at #/components/schemas/back%0D%1B[2Jspace]"#), result.stderr)
    }

    func testStaleFilesAndArgumentsWithLineBreaksArePrintedOnOneLine() throws {
        let schema = try makeSchema(Self.validSchema)
        let output = work.appendingPathComponent("Generated", isDirectory: true)
        XCTAssertEqual(try run(["generate", "--schema", schema.path, "--output", output.path]).status, 0)
        // A file the generator once wrote, under a name someone gave it since.
        try Data((FileLayout.headerPrefix + " from api.json. DO NOT EDIT.\n").utf8).write(
            to: output.appendingPathComponent("Models/Old\nName\u{1B}.swift"))
        let stale = try run(["generate", "--schema", schema.path, "--output", output.path, "--check"])
        XCTAssertEqual(stale.status, 1)
        XCTAssertTrue(stale.stderr.hasSuffix(":\n  Models/Old\\u{a}Name\\u{1b}.swift\n"), stale.stderr)

        let missing = try run(["generate", "--schema", schema.path + "\n\u{2028}", "--output", output.path])
        XCTAssertEqual(missing.stderr, "\(schema.path)\\u{a}\\u{2028}: error: cannot read the schema file\n")
        let usage = try run(["generate", "--bogus\r"])
        XCTAssertTrue(usage.stderr.hasPrefix("error: unknown option '--bogus\\u{d}'\n\n"), usage.stderr)
    }
}
