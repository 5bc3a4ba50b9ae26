import Foundation
import XCTest

@testable import GeneratorKit

/// Runs the built `generator` executable as a user would.
final class CommandLineTests: GeneratorCommandTestCase {
    typealias Run = GeneratorProcess.Run

    func makeSchema(_ text: String, name: String = "api.json") throws -> URL {
        try write(text, as: "schemas/\(name)")
    }

    /// An output folder holding one hand-written file, so tests can see it is left alone.
    private func makeOutputWithSentinel() throws -> (folder: URL, sentinel: URL, bytes: Data) {
        let folder = work.appendingPathComponent("Generated", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sentinel = folder.appendingPathComponent("Sentinel.swift")
        let bytes = Data("// hand-written, keep me\n".utf8)
        try bytes.write(to: sentinel)
        return (folder, sentinel, bytes)
    }

    static let validSchema = """
        {
          "openapi": "3.0.3",
          "info": {"title": "Pets", "version": "1"},
          "tags": [{"name": "pets"}],
          "paths": {
            "/pets/{id}": {
              "get": {
                "operationId": "getPet",
                "tags": ["pets"],
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}
              }
            }
          },
          "components": {
            "schemas": {
              "Pet": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
            }
          }
        }
        """

    static let expectedFiles = [
        "Clients/PetsClient.swift", "Models/Pet.swift", "Operations.swift", "Operations/GetPet.swift", "PetsAPI.swift",
    ]

    // MARK: - Usage

    func testHelp() throws {
        let result = try run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(
            result.stdout.hasPrefix(
                "USAGE: generator generate --schema <path> --output <folder> [--check] [--strict]\n"), result.stdout)
        XCTAssertTrue(
            result.stdout.contains("EXIT STATUS: 0 success, 1 schema errors or stale files, 2 usage errors."),
            result.stdout)
        XCTAssertEqual(result.stderr, "")
    }

    func testVersion() throws {
        let result = try run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, GeneratorVersion.current + "\n")
        XCTAssertEqual(result.stdout, "0.1.0\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testNoArgumentsIsAUsageError() throws {
        let result = try run([])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("error: missing subcommand\n\nUSAGE: generator generate"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testUnknownOptionIsAUsageError() throws {
        let result = try run(["generate", "--schema", "api.json", "--output", "Out", "--frobnicate"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(
            result.stderr.hasPrefix("error: unknown option '--frobnicate'\n\nUSAGE: generator generate"), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("Out").path))
    }

    func testUnknownSubcommandIsAUsageError() throws {
        let result = try run(["--schema", "api.json"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("error: unknown subcommand '--schema'\n\nUSAGE:"), result.stderr)
    }

    func testMissingSchemaIsAUsageError() throws {
        let result = try run(["generate", "--output", "Out"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("error: missing --schema\n\nUSAGE: generator generate"), result.stderr)
    }

    func testOptionWithoutValueIsAUsageError() throws {
        let missingOutput = try run(["generate", "--schema", "api.json"])
        XCTAssertEqual(missingOutput.status, 2)
        XCTAssertTrue(missingOutput.stderr.hasPrefix("error: missing --output\n"), missingOutput.stderr)

        let noValue = try run(["generate", "--schema", "--output", "Out"])
        XCTAssertEqual(noValue.status, 2)
        XCTAssertTrue(noValue.stderr.hasPrefix("error: --schema needs a value\n"), noValue.stderr)
    }

    // MARK: - Schema errors

    func testUnreadableSchemaFile() throws {
        let missing = work.appendingPathComponent("missing.json").path
        let result = try run(["generate", "--schema", missing, "--output", "Out"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "\(missing): error: cannot read the schema file\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("Out").path))
    }

    func testMalformedJSONIsLocatedAndWritesNothing() throws {
        let schema = try makeSchema(
            "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"T\" \"version\": \"1\"}\n}\n")
        let output = try makeOutputWithSentinel()
        let result = try run(["generate", "--schema", schema.path, "--output", output.folder.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.stderr,
            "\(schema.path):3:25: error: malformed JSON: expected ',' or '}' in object, found '\"' [at #/info]\n"
                + "generation failed with 1 error; nothing was written\n")
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(UnitSupport.listFiles(output.folder), ["Sentinel.swift"])
        XCTAssertEqual(try Data(contentsOf: output.sentinel), output.bytes)
    }

    func testDanglingReferenceIsLocatedAndWritesNothing() throws {
        let text = """
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "components": {
                "schemas": {
                  "Pet": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}}
                }
              }
            }
            """
        let schema = try makeSchema(text)
        let output = work.appendingPathComponent("Fresh", isDirectory: true)
        let result = try run(["generate", "--schema", schema.path, "--output", output.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.stderr,
            "\(schema.path):6:57: error: reference '#/components/schemas/Owner' names a schema that is not in components/schemas [at #/components/schemas/Pet/properties/owner]\n"
                + "generation failed with 1 error; nothing was written\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testStrictTurnsWarningsIntoErrors() throws {
        let text = UnitSupport.document(
            #""paths": {"/me/{id}": {"get": {"operationId": "me"}}}"#
        )
        let schema = try makeSchema(text)
        let output = work.appendingPathComponent("Out", isDirectory: true)

        let strict = try run(["generate", "--schema", schema.path, "--output", output.path, "--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(
            strict.stderr.contains(
                ": error: path parameter 'id' is used in '/me/{id}' but not declared; generated as a required String [at #/paths/~1me~1{id}/get]\n"
            ), strict.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))

        let lenient = try run(["generate", "--schema", schema.path, "--output", output.path])
        XCTAssertEqual(lenient.status, 0)
        XCTAssertTrue(
            lenient.stderr.contains(
                ": warning: path parameter 'id' is used in '/me/{id}' but not declared; generated as a required String [at #/paths/~1me~1{id}/get]\n"
            ), lenient.stderr)
        XCTAssertEqual(
            UnitSupport.listFiles(output),
            ["Clients/DefaultClient.swift", "Operations.swift", "Operations/Me.swift", "TAPI.swift"])
    }

    // MARK: - Generating and checking

    func testValidSchemaWritesTheFiles() throws {
        let schema = try makeSchema(Self.validSchema)
        let output = try makeOutputWithSentinel()
        let result = try run(["generate", "--schema", schema.path, "--output", output.folder.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "generated 5 files: 5 written, 0 unchanged, 0 deleted\n")
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(UnitSupport.listFiles(output.folder), (Self.expectedFiles + ["Sentinel.swift"]).sorted())
        XCTAssertEqual(try Data(contentsOf: output.sentinel), output.bytes)

        // The files are exactly what the pipeline produces.
        let expected = try Pipeline.generate(SourceText(fileName: schema.path, text: Self.validSchema)).files
        XCTAssertEqual(expected.map(\.path), Self.expectedFiles)
        for file in expected {
            XCTAssertEqual(
                try Data(contentsOf: output.folder.appendingPathComponent(file.path)), Data(file.contents.utf8),
                file.path)
        }

        let again = try run(["generate", "--schema", schema.path, "--output", output.folder.path])
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(again.stdout, "generated 5 files: 0 written, 5 unchanged, 0 deleted\n")
    }

    func testCheckPassesOnFreshOutputAndListsEditedFiles() throws {
        let schema = try makeSchema(Self.validSchema)
        let output = work.appendingPathComponent("Generated", isDirectory: true)
        XCTAssertEqual(try run(["generate", "--schema", schema.path, "--output", output.path]).status, 0)

        let fresh = try run(["generate", "--schema", schema.path, "--output", output.path, "--check"])
        XCTAssertEqual(fresh.status, 0, fresh.stderr)
        XCTAssertEqual(fresh.stdout, "5 generated files are up to date\n")
        XCTAssertEqual(fresh.stderr, "")

        let pet = output.appendingPathComponent("Models/Pet.swift")
        var text = try String(contentsOf: pet, encoding: .utf8)
        text += "// an edit\n"
        try Data(text.utf8).write(to: pet)

        let stale = try run(["generate", "--schema", schema.path, "--output", output.path, "--check"])
        XCTAssertEqual(stale.status, 1)
        XCTAssertEqual(
            stale.stderr,
            "1 generated file is stale in \(output.path); regenerate without --check:\n  Models/Pet.swift\n")
        XCTAssertEqual(stale.stdout, "")
        // --check writes nothing.
        XCTAssertEqual(try String(contentsOf: pet, encoding: .utf8), text)
    }

    func testCheckListsMissingAndLeftoverFiles() throws {
        let schema = try makeSchema(Self.validSchema)
        let output = work.appendingPathComponent("Generated", isDirectory: true)
        XCTAssertEqual(try run(["generate", "--schema", schema.path, "--output", output.path]).status, 0)
        try FileManager.default.removeItem(at: output.appendingPathComponent("Operations/GetPet.swift"))
        try Data((FileLayout.headerPrefix + " from api.json. DO NOT EDIT.\n").utf8).write(
            to: output.appendingPathComponent("Models/Old.swift"))

        let stale = try run(["generate", "--schema", schema.path, "--output", output.path, "--check"])
        XCTAssertEqual(stale.status, 1)
        XCTAssertEqual(
            stale.stderr,
            "2 generated files are stale in \(output.path); regenerate without --check:\n  Models/Old.swift\n  Operations/GetPet.swift\n"
        )
    }

    func testUnwritableOutputFails() throws {
        let schema = try makeSchema(Self.validSchema)
        let blocker = work.appendingPathComponent("blocker")
        try Data("file\n".utf8).write(to: blocker)
        let output = blocker.appendingPathComponent("Generated")
        let result = try run(["generate", "--schema", schema.path, "--output", output.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("\(output.path): error: cannot write output: "), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(try Data(contentsOf: blocker), Data("file\n".utf8))
    }

    // MARK: - Hostile inputs (issue #13)

    func testDuplicateKeyIsLocatedAndWritesNothing() throws {
        let schema = try makeSchema(
            "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"T\", \"version\": \"1\", \"title\": \"U\"}}\n")
        let output = try makeOutputWithSentinel()
        let result = try run(["generate", "--schema", schema.path, "--output", output.folder.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.stderr.hasPrefix(
                "\(schema.path):1:61: error: malformed JSON: duplicate member name \"title\" (first at line 1, column 31)"
            ),
            result.stderr)
        XCTAssertTrue(result.stderr.contains("[at #/info/title]"), result.stderr)
        XCTAssertEqual(UnitSupport.listFiles(output.folder), ["Sentinel.swift"])
    }

    /// A schema name longer than a file name may be is valid: it is generated, into a shortened file.
    func testOverlongSchemaNameIsGenerated() throws {
        let name = String(repeating: "Long", count: 80)
        let schema = try makeSchema(
            UnitSupport.schemas(#""\#(name)": {"type": "object", "properties": {"a": {"type": "string"}}}"#))
        let output = work.appendingPathComponent("Generated", isDirectory: true)
        let result = try run(["generate", "--schema", schema.path, "--output", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = UnitSupport.listFiles(output)
        XCTAssertEqual(files.count, 1)
        XCTAssertLessThanOrEqual(files.first?.split(separator: "/").last?.utf8.count ?? .max, 200)
    }

    func testSymlinkedSubfolderIsLocatedAndWritesNothing() throws {
        let schema = try makeSchema(Self.validSchema)
        let output = try makeOutputWithSentinel()
        let elsewhere = work.appendingPathComponent("elsewhere", isDirectory: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: output.folder.appendingPathComponent("Models"), withDestinationURL: elsewhere)
        let result = try run(["generate", "--schema", schema.path, "--output", output.folder.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.stderr.hasPrefix(
                "\(output.folder.path)/Models: error: cannot write output: 'Models' is a symbolic link"),
            result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [])
        XCTAssertEqual(UnitSupport.listFiles(output.folder), ["Sentinel.swift"])
    }
}
