import Foundation
import XCTest

@testable import GeneratorKit

/// `generator generate` and `generator diff` on a description split across real files (issue #12): siblings
/// are read relative to the file holding each `$ref`, every file read counts for `--check`, and symbolic
/// links out of the root document's directory are refused at the `$ref`.
final class CommandLineMultiFileTests: GeneratorCommandTestCase {

    static let root = """
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              tags: [pets]
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                200:
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: 'schemas/pet.yaml'}

        """

    static let pet = """
        type: object
        properties:
          owner: {$ref: '../common.json#/components/schemas/Owner'}

        """

    static let common =
        #"{"components": {"schemas": {"Owner": {"type": "object", "properties": {"name": {"type": "string"}}}}}}"#

    private func writeDescription(in folder: String, common: String = common) throws {
        try write(Self.root, as: "\(folder)/root.yaml")
        try write(Self.pet, as: "\(folder)/schemas/pet.yaml")
        try write(common, as: "\(folder)/common.json")
    }

    /// The schema path is relative to the working directory, as `make generate` passes it.
    func testEveryFileReadCountsForCheck() throws {
        try writeDescription(in: "api")
        let generate = try run(["generate", "--schema", "api/root.yaml", "--output", "out"])
        XCTAssertEqual(generate.status, 0, generate.stderr)
        XCTAssertTrue(generate.stdout.hasSuffix("(from 3 schema files)\n"), generate.stdout)
        let owner = try String(contentsOf: work.appendingPathComponent("out/Models/Owner.swift"), encoding: .utf8)
        XCTAssertTrue(owner.contains("public var name: String?"), owner)

        let check = try run(["generate", "--schema", "api/root.yaml", "--output", "out", "--check"])
        XCTAssertEqual(check.status, 0, check.stderr)

        // A change in a file two `$ref`s away from the root makes the output stale.
        try write(Self.common.replacingOccurrences(of: "\"name\"", with: "\"fullName\""), as: "api/common.json")
        let stale = try run(["generate", "--schema", "api/root.yaml", "--output", "out", "--check"])
        XCTAssertEqual(stale.status, 1)
        XCTAssertTrue(stale.stderr.contains("Models/Owner.swift"), stale.stderr)
    }

    func testSymbolicLinksOutOfTheRootDirectoryAreRefusedAtTheReference() throws {
        try write(Self.common, as: "secret/common.json")
        try writeDescription(in: "api")
        let linked = work.appendingPathComponent("api/common.json")
        try FileManager.default.removeItem(at: linked)
        try FileManager.default.createSymbolicLink(atPath: linked.path, withDestinationPath: "../secret/common.json")
        let result = try run(["generate", "--schema", "api/root.yaml", "--output", "out"])
        XCTAssertEqual(result.status, 1)
        let real = work.appendingPathComponent("secret/common.json").resolvingSymlinksInPath().path
        XCTAssertEqual(
            result.stderr,
            "api/schemas/pet.yaml:3:10: error: cannot use '../common.json#/components/schemas/Owner' "
                + "('api/common.json'): it is really '\(real)', outside the root document's directory "
                + "(through a symbolic link) [at #/properties/owner]\n"
                + "generation failed with 1 error; nothing was written\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
    }

    /// A link to a directory leads out just the same; a link that stays inside is followed.
    func testSymbolicLinksToDirectoriesAreJudgedByWhereTheyLead() throws {
        try write(Self.common, as: "secret/common.json")
        try write(Self.common, as: "api/shared/common.json")
        try writeDescription(in: "api")
        try FileManager.default.createSymbolicLink(
            atPath: work.appendingPathComponent("api/out-link").path, withDestinationPath: "../secret")
        try FileManager.default.createSymbolicLink(
            atPath: work.appendingPathComponent("api/in-link").path, withDestinationPath: "shared")
        try write(
            Self.pet.replacingOccurrences(of: "../common.json", with: "../out-link/common.json"),
            as: "api/schemas/pet.yaml")
        let outside = try run(["generate", "--schema", "api/root.yaml", "--output", "out"])
        XCTAssertEqual(outside.status, 1)
        XCTAssertTrue(outside.stderr.contains("outside the root document's directory"), outside.stderr)

        try write(
            Self.pet.replacingOccurrences(of: "../common.json", with: "../in-link/common.json"),
            as: "api/schemas/pet.yaml")
        let inside = try run(["generate", "--schema", "api/root.yaml", "--output", "out"])
        XCTAssertEqual(inside.status, 0, inside.stderr)
    }

    func testRemoteAndMissingReferencesAreLocatedInTheFileHoldingThem() throws {
        try writeDescription(in: "api")
        try write(
            Self.pet.replacingOccurrences(of: "../common.json", with: "https://example.com/common.json"),
            as: "api/schemas/pet.yaml")
        let remote = try run(["generate", "--schema", "api/root.yaml", "--output", "out"])
        XCTAssertEqual(remote.status, 1)
        XCTAssertTrue(
            remote.stderr.hasPrefix(
                "api/schemas/pet.yaml:3:10: error: remote reference 'https://example.com/common.json#/components/schemas/Owner' is refused"
            ),
            remote.stderr)

        try FileManager.default.removeItem(at: work.appendingPathComponent("api/schemas/pet.yaml"))
        let missing = try run(["generate", "--schema", "api/root.yaml", "--output", "out"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(
            missing.stderr.hasPrefix(
                "api/root.yaml:15:23: error: cannot use 'schemas/pet.yaml' ('api/schemas/pet.yaml'): there is no such file"
            ),
            missing.stderr)
    }

    /// `generator diff` reads each side's files beside it: a change in a sibling file is a change.
    func testDiffReadsEachSideFromItsOwnFolder() throws {
        try writeDescription(in: "old")
        try writeDescription(in: "new", common: Self.common.replacingOccurrences(of: "\"name\"", with: "\"fullName\""))
        let diff = try run(["diff", "--old", "old/root.yaml", "--new", "new/root.yaml"])
        XCTAssertEqual(diff.status, 0, diff.stderr)
        XCTAssertTrue(diff.stdout.contains("Owner"), diff.stdout)
        XCTAssertTrue(diff.stdout.contains("fullName"), diff.stdout)
    }
}
