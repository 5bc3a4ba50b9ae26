import XCTest

@testable import GeneratorKit

/// Descriptions split across files (issue #12): `$ref`s into other files, resolved relative to the file
/// that holds them, inside the root document's directory, with every refusal located in the file at fault.
final class MultiFileReferenceTests: XCTestCase {
    static let root = "api/root.yaml"

    /// A YAML root document whose `components/schemas` holds `schemas` (indented block YAML, four spaces).
    static func rootText(schemas: String, paths: String = "") -> String {
        """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        \(paths.isEmpty ? "" : "paths:\n" + paths)
        components:
          schemas:
        \(schemas)
        """
    }

    func generate(_ rootText: String, files: [String: String]) throws(GenerationFailure) -> Pipeline.Result {
        try Pipeline.generate(
            SourceText(fileName: Self.root, text: rootText), loader: InMemoryDocumentLoader(texts: files))
    }

    func failure(_ rootText: String, files: [String: String], line: UInt = #line) -> [Diagnostic] {
        do {
            _ = try generate(rootText, files: files)
            XCTFail("expected the generation to fail", line: line)
            return []
        } catch {
            return error.diagnostics
        }
    }

    func properties(_ result: Pipeline.Result, of type: String) -> [String: TypeUsage] {
        guard let declaration = result.model.types.first(where: { $0.name == type }),
            case .structure(let structure) = declaration.kind
        else { return [:] }
        return Dictionary(uniqueKeysWithValues: structure.properties.map { ($0.jsonKey, $0.type) })
    }

    static let common = """
        {"components": {"schemas": {
          "Owner": {"type": "object", "properties": {"name": {"type": "string"}, "address": {"$ref": "#/components/schemas/Address"}}},
          "Address": {"type": "object", "properties": {"city": {"type": "string"}}},
          "Colour": {"type": "string", "enum": ["red", "green"]}
        }}}
        """

    /// YAML root, JSON sibling; a local `$ref` inside the sibling names the sibling's own component.
    func testComponentReferenceIntoASiblingFile() throws {
        let result = try generate(
            Self.rootText(
                schemas: """
                        Pet:
                          type: object
                          properties:
                            owner: {$ref: 'common.json#/components/schemas/Owner'}
                            colour: {$ref: './common.json#/components/schemas/Colour'}
                    """),
            files: ["api/common.json": Self.common])
        XCTAssertEqual(properties(result, of: "Pet")["owner"], .named("Owner"))
        XCTAssertEqual(properties(result, of: "Pet")["colour"], .named("Colour"))
        XCTAssertEqual(properties(result, of: "Owner")["address"], .named("Address"))
        XCTAssertEqual(result.inputFiles, ["api/root.yaml", "api/common.json"])
        let owner = try XCTUnwrap(result.model.types.first { $0.name == "Owner" })
        XCTAssertEqual(owner.pointer, "api/common.json#/components/schemas/Owner")
    }

    /// `schemas/pet.yaml` is a whole schema named after its file; its own `../common.json` is resolved
    /// relative to `schemas/`, not to the root.
    func testWholeFileReferencesAreNamedAfterTheFileAndResolvedRelativeToTheirHolder() throws {
        let result = try generate(
            Self.rootText(
                schemas: """
                        Shop:
                          type: object
                          properties:
                            pets: {type: array, items: {$ref: schemas/pet.yaml}}
                    """),
            files: [
                "api/schemas/pet.yaml": """
                type: object
                properties:
                  owner: {$ref: '../common.json#/components/schemas/Owner'}
                  sibling: {$ref: 'pet.yaml'}
                """,
                "api/common.json": Self.common,
            ])
        XCTAssertEqual(properties(result, of: "Shop")["pets"], .array(.named("Pet")))
        XCTAssertEqual(properties(result, of: "Pet")["owner"], .named("Owner"))
        XCTAssertEqual(properties(result, of: "Pet")["sibling"], .named("Pet"))
        XCTAssertEqual(result.inputFiles, ["api/root.yaml", "api/schemas/pet.yaml", "api/common.json"])
    }

    /// The same pointer in two files is two schemas; a name the root already uses is uniqued, the same
    /// way on every run.
    func testSameNamesInTwoFilesAreTwoTypes() throws {
        let text = Self.rootText(
            schemas: """
                    Owner: {type: object, properties: {id: {type: integer}}}
                    Pet:
                      type: object
                      properties:
                        owner: {$ref: '#/components/schemas/Owner'}
                        otherOwner: {$ref: 'common.json#/components/schemas/Owner'}
                """)
        let result = try generate(text, files: ["api/common.json": Self.common])
        let pet = properties(result, of: "Pet")
        XCTAssertEqual(pet["owner"], .named("Owner"))
        guard case .named(let other)? = pet["otherOwner"] else { return XCTFail("\(pet)") }
        XCTAssertNotEqual(other, "Owner")
        XCTAssertEqual(properties(result, of: other)["name"], .string)
        XCTAssertEqual(
            try generate(text, files: ["api/common.json": Self.common]).files, result.files, "deterministic")
    }

    func testRecursiveTypesAcrossFilesAreGenerated() throws {
        let result = try generate(
            Self.rootText(schemas: "    Root: {$ref: 'a.yaml#/A'}"),
            files: [
                "api/a.yaml": "A: {type: object, properties: {b: {$ref: 'b.yaml#/B'}}}",
                "api/b.yaml": "B: {type: object, properties: {a: {$ref: 'a.yaml#/A'}}}",
            ])
        XCTAssertEqual(properties(result, of: "A")["b"], .named("B"))
        XCTAssertEqual(properties(result, of: "B")["a"], .named("A"))
    }

    func testCircularReferencesAcrossFilesAreLocated() {
        let diagnostics = failure(
            Self.rootText(schemas: "    Root: {$ref: 'a.yaml#/A'}"),
            files: ["api/a.yaml": "A: {$ref: 'b.yaml#/B'}", "api/b.yaml": "B: {$ref: 'a.yaml#/A'}"])
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(
            diagnostics.first?.message,
            "circular reference: a.yaml#/A → b.yaml#/B (in 'api/a.yaml') → a.yaml#/A (in 'api/b.yaml')")
        XCTAssertEqual(diagnostics.first?.location.file, Self.root)
        XCTAssertEqual(diagnostics.first?.location.line, 6)
        XCTAssertEqual(diagnostics.first?.location.pointer, "#/components/schemas/Root")
    }

    /// Each refusal: its message, and the place of the `$ref` in the file that holds it.
    func refusal(_ reference: String, holder: String = "root", files: [String: String] = [:], line: UInt = #line)
        -> Diagnostic?
    {
        var files = files
        let rootText: String
        if holder == "root" {
            rootText = Self.rootText(schemas: "    X: {type: object, properties: {p: {$ref: '\(reference)'}}}")
        } else {
            rootText = Self.rootText(schemas: "    X: {$ref: '\(holder)#/Y'}")
            files["api/\(holder)"] = "Y: {type: object, properties: {p: {$ref: '\(reference)'}}}"
        }
        let diagnostics = failure(rootText, files: files, line: line)
        XCTAssertEqual(diagnostics.count, 1, "\(diagnostics)", line: line)
        XCTAssertEqual(
            diagnostics.first?.location.file, holder == "root" ? Self.root : "api/\(holder)", line: line)
        XCTAssertEqual(
            diagnostics.first?.location.pointer,
            holder == "root" ? "#/components/schemas/X/properties/p" : "#/Y/properties/p", line: line)
        XCTAssertGreaterThan(diagnostics.first?.location.line ?? 0, 0, line: line)
        return diagnostics.first
    }

    func testMissingFilesAreRefusedAtTheReference() {
        XCTAssertEqual(
            refusal("nope.yaml#/X")?.message, "cannot use 'nope.yaml#/X' ('api/nope.yaml'): there is no such file")
        XCTAssertEqual(
            refusal("../nope.yaml#/X", holder: "sub/holder.yaml")?.message,
            "cannot use '../nope.yaml#/X' ('api/nope.yaml'): there is no such file")
        XCTAssertEqual(
            refusal("common.json#/components/schemas/Nope", files: ["api/common.json": Self.common])?.message,
            "reference 'common.json#/components/schemas/Nope' points to nothing in 'api/common.json'")
    }

    /// Paths that leave the root document's directory are refused by name, whether or not the file exists.
    func testReferencesLeavingTheRootDirectoryAreRefused() {
        let files = ["outside.json": #"{"X": {"type": "string"}}"#]
        for reference in ["../outside.json#/X", "./sub/../../outside.json#/X", "sub/../../outside.json"] {
            XCTAssertEqual(
                refusal(reference, files: files)?.message,
                "reference '\(reference)' leaves the root document's directory ('api'); only files inside it may be referenced"
            )
        }
        XCTAssertEqual(
            refusal("../../outside.json#/X", holder: "sub/holder.yaml", files: files)?.message,
            "reference '../../outside.json#/X' leaves the root document's directory ('api'); only files inside it may be referenced"
        )
        XCTAssertEqual(
            refusal("/etc/passwd#/X")?.message,
            "reference '/etc/passwd#/X' is an absolute path; write it relative to the file that holds it")
    }

    func testRemoteAndURIReferencesAreRefused() {
        for reference in ["https://example.com/common.json#/X", "HTTP://example.com/x.yaml"] {
            XCTAssertEqual(
                refusal(reference)?.message.hasPrefix(
                    "remote reference '\(reference)' is refused: the generator never uses the network"),
                true)
        }
        XCTAssertEqual(
            refusal("file:///etc/passwd#/X", holder: "holder.yaml")?.message,
            "reference 'file:///etc/passwd#/X' uses the URI scheme 'file:'; only relative file paths are supported")
    }

    /// A fault inside another file is reported in that file, at its line.
    func testFaultsInsideAnotherFileNameThatFile() {
        let wrongType = failure(
            Self.rootText(schemas: "    X: {$ref: 'common.yaml#/Y'}"),
            files: ["api/common.yaml": "Y:\n  type: object\n  properties:\n    p: {type: 7}\n"])
        XCTAssertEqual(wrongType.map(\.location.file), ["api/common.yaml"])
        XCTAssertEqual(wrongType.first?.location.line, 4)
        XCTAssertEqual(wrongType.first?.location.pointer, "#/Y/properties/p/type")

        let truncated = failure(
            Self.rootText(schemas: "    X: {$ref: 'common.json#/Y'}"), files: ["api/common.json": #"{"Y": {"type": "#])
        XCTAssertEqual(truncated.map(\.location.file), ["api/common.json"])
    }

    /// Parameters and responses can live in other files too; their schemas keep resolving from there.
    func testParametersAndResponsesFromAnotherFile() throws {
        let result = try generate(
            Self.rootText(
                schemas: "    Unused: {type: string}",
                paths: """
                      /pets:
                        get:
                          operationId: listPets
                          parameters: [{$ref: 'parts/parameters.yaml#/limit'}]
                          responses:
                            '200': {$ref: 'parts/responses.yaml#/PetList'}
                    """),
            files: [
                "api/parts/parameters.yaml":
                    "limit: {name: limit, in: query, schema: {$ref: '#/Limit'}}\nLimit: {type: integer}",
                "api/parts/responses.yaml": """
                PetList:
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '../common.json#/components/schemas/Owner'}}
                """,
                "api/common.json": Self.common,
            ])
        let operation = try XCTUnwrap(result.model.operations.first)
        XCTAssertEqual(operation.requestMembers.map(\.jsonKey), ["limit"])
        XCTAssertTrue(result.model.types.contains { $0.name == "Owner" })
        XCTAssertEqual(Set(result.inputFiles).count, 4)
    }

    /// A chain through more files than the bound is refused, not followed without end.
    func testTheNumberOfFilesIsBounded() {
        var files: [String: String] = [:]
        for index in 0...ReferenceResolver.maximumFiles {
            files["api/f\(index).yaml"] = "$ref: 'f\(index + 1).yaml'"
        }
        let diagnostics = failure(Self.rootText(schemas: "    X: {$ref: 'f0.yaml'}"), files: files)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(
            diagnostics.first?.message.hasSuffix(
                "the description spans more than \(ReferenceResolver.maximumFiles) files"), true, "\(diagnostics)")
    }

    /// Without a loader (the default) other files are refused, still located.
    func testTheDefaultLoaderReadsNoOtherFile() {
        do {
            _ = try Pipeline.generate(
                SourceText(fileName: Self.root, text: Self.rootText(schemas: "    X: {$ref: 'common.json#/Y'}")))
            XCTFail("expected a refusal")
        } catch {
            XCTAssertEqual(
                error.diagnostics.map(\.message),
                ["cannot use 'common.json#/Y' ('api/common.json'): this generation reads no file but the root document"]
            )
        }
    }
}
