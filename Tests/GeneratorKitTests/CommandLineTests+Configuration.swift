import Foundation
import XCTest

/// The configuration file as the CLI finds it: next to the document, or named by `--config`.
extension CommandLineTests {
    func testTheConfigurationNextToTheDocumentIsRead() throws {
        let schema = try makeSchema(Self.validSchema)
        let config = schema.deletingLastPathComponent().appendingPathComponent("api.swift-config.json")
        try Data(#"{"accessLevel": "internal", "schemas": {"Pet": "Animal"}}"#.utf8).write(to: config)
        let output = work.appendingPathComponent("out", isDirectory: true)
        let result = try run(["generate", "--schema", schema.path, "--output", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let model = try String(
            contentsOf: output.appendingPathComponent("Models/Animal.swift"), encoding: .utf8)
        XCTAssertTrue(model.contains("internal struct Animal"), model)
    }

    func testAConfigurationNamedByConfigMustExistAndBeValid() throws {
        let schema = try makeSchema(Self.validSchema)
        let output = work.appendingPathComponent("out", isDirectory: true).path
        let missing = try run(["generate", "--schema", schema.path, "--output", output, "--config", "nope.json"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("nope.json: error: cannot read the configuration file"), missing.stderr)
        let bad = work.appendingPathComponent("bad.json")
        try Data(#"{"schemas": {"Pet": "not a name"}}"#.utf8).write(to: bad)
        let invalid = try run(["generate", "--schema", schema.path, "--output", output, "--config", bad.path])
        XCTAssertEqual(invalid.status, 1)
        XCTAssertTrue(invalid.stderr.contains("'not a name' is not a Swift identifier"), invalid.stderr)
        XCTAssertTrue(
            invalid.stderr.contains("bad.json:1:"), "the error is located in the configuration: \(invalid.stderr)")
    }
}
