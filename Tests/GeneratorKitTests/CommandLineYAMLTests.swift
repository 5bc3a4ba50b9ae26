import Foundation
import XCTest

@testable import GeneratorKit

/// `generator generate --schema` with YAML, run as a user would: the format is chosen by content, the Swift is
/// the same as from the JSON, and YAML errors are located in the YAML file.
final class CommandLineYAMLTests: GeneratorCommandTestCase {

    static let yamlSchema = """
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        tags:
        - name: pets
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
                      schema: {$ref: '#/components/schemas/Pet'}
        components:
          schemas:
            Pet:
              type: object
              required: [id]
              properties:
                id: {type: string}
                name:
                  type: string

        """

    private func generate(_ schema: URL, into folder: String) throws -> (run: GeneratorProcess.Run, output: URL) {
        let output = work.appendingPathComponent(folder, isDirectory: true)
        return (try run(["generate", "--schema", schema.path, "--output", output.path]), output)
    }

    func testYAMLGeneratesTheSameSwiftAsJSONWhateverTheExtension() throws {
        let json = try generate(try write(CommandLineTests.validSchema, as: "api.json"), into: "from-json")
        XCTAssertEqual(json.run.status, 0, json.run.stderr)
        for name in ["api.yaml", "api.yml", "yaml-content.json"] {
            let yaml = try generate(try write(Self.yamlSchema, as: name), into: "from-\(name)")
            XCTAssertEqual(yaml.run.status, 0, yaml.run.stderr)
            XCTAssertEqual(yaml.run.stderr, "")
            XCTAssertEqual(UnitSupport.listFiles(yaml.output), CommandLineTests.expectedFiles)
            for path in CommandLineTests.expectedFiles {
                let fromJSON = try String(contentsOf: json.output.appendingPathComponent(path), encoding: .utf8)
                let fromYAML = try String(contentsOf: yaml.output.appendingPathComponent(path), encoding: .utf8)
                XCTAssertEqual(fromJSON.drop(while: { $0 != "\n" }), fromYAML.drop(while: { $0 != "\n" }), path)
                XCTAssertTrue(fromYAML.hasPrefix("\(FileLayout.headerPrefix) from \(name)."), path)
            }
        }
    }

    func testYAMLErrorsNameTheFileLineColumnAndPointer() throws {
        let text = Self.yamlSchema.replacingOccurrences(of: "    name:\n", with: "    id:\n")
        let schema = try write(text, as: "api.yaml")
        let result = try generate(schema, into: "out")
        XCTAssertEqual(result.run.status, 1)
        XCTAssertEqual(
            result.run.stderr,
            "\(schema.path):25:9: error: malformed YAML: duplicate key 'id' [at #/components/schemas/Pet/properties/id]\n"
                + "generation failed with 1 error; nothing was written\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: result.output.path))
    }
}
