import XCTest

@testable import GeneratorKit

/// Valid documents whose names or texts once made output that did not compile (issue #13, item 10):
/// each test covers the class, not only the example the `hostile-names` fixture pins.
final class HostileNameTests: XCTestCase {
    // MARK: - Identifier grammar

    func testGrammarDataIsSortedAndDisjoint() {
        for ranges in [SwiftIdentifierGrammar.headRanges, SwiftIdentifierGrammar.continuationOnlyRanges] {
            for (earlier, later) in zip(ranges, ranges.dropFirst()) {
                XCTAssertLessThan(earlier.upperBound, later.lowerBound, "\(earlier) and \(later)")
            }
        }
    }

    func testGrammarAgreesWithTheBookOnItsEdges() {
        let heads: [Unicode.Scalar] = [
            "a", "Z", "_", "\u{A8}", "\u{C0}", "\u{370}", "\u{1E00}", "\u{2E80}", "\u{10000}",
        ]
        for scalar in heads { XCTAssertTrue(SwiftIdentifierGrammar.isHead(scalar), "U+\(hex(scalar))") }
        let notHeads: [Unicode.Scalar] = ["1", "$", "\u{345}", "\u{301}", "\u{2E2F}", "\u{D7}", "\u{F7}", "\u{2190}"]
        for scalar in notHeads { XCTAssertFalse(SwiftIdentifierGrammar.isHead(scalar), "U+\(hex(scalar))") }
        for scalar: Unicode.Scalar in ["1", "\u{345}", "\u{301}", "\u{20D0}", "\u{FE20}"] {
            XCTAssertTrue(SwiftIdentifierGrammar.isCharacter(scalar), "U+\(hex(scalar))")
        }
        for scalar: Unicode.Scalar in ["\u{2E2F}", "-", " ", "\u{D7}", "\u{2190}", "\u{FFFE}"] {
            XCTAssertFalse(SwiftIdentifierGrammar.isCharacter(scalar), "U+\(hex(scalar))")
        }
    }

    /// Every alphabetic scalar of the Basic Multilingual Plane, at the start of a name and inside one:
    /// whatever Unicode calls a letter, the names made from it are identifiers to Swift.
    func testNamesFromAnyLetterAreSwiftIdentifiers() {
        var failures: [String] = []
        for value in UInt32(0x80)...0xFFFF {
            // Letters Swift does not accept everywhere, and a sample of the rest (all of them take seconds).
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic,
                !SwiftIdentifierGrammar.isHead(scalar) || value % 31 == 0
            else { continue }
            let text = String(scalar)
            for input in [text + "name", "name" + text, text.uppercased() + "_CASE"] {
                for name in [Naming.memberName(input), Naming.typeName(input), Naming.caseName(input)]
                where !SwiftIdentifierGrammar.isIdentifier(name) {
                    failures.append("U+\(hex(scalar)) \(input) → \(name)")
                }
            }
        }
        XCTAssertEqual(failures.prefix(10), [], "\(failures.count) names are no identifiers")
    }

    func testLettersSwiftRejectsAreLeftOutOrPrefixed() {
        XCTAssertEqual(Naming.memberName("\u{2E2F}delta"), "delta")
        XCTAssertEqual(Naming.memberName("\u{345}iota"), "iota")
        XCTAssertEqual(Naming.memberName("\u{345}\u{301}"), "value")
        XCTAssertEqual(Naming.typeName("\u{2E2F}"), "Value")
        XCTAssertEqual(Naming.caseName("\u{2E2F}"), "value")
        XCTAssertEqual(Naming.memberName("2x"), "_2x")
    }

    // MARK: - The generated code's own names

    /// A schema for every name the generated code uses unqualified: none may keep it, or it would shadow
    /// the type the code means (`DecodingError` in a union's decoder).
    /// In a script without case the member name equals the type name; the case must not shadow its type.
    func testUnionCaseNeverTakesItsPayloadTypesName() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(
                ##""日本語": {"type": "object", "properties": {"a": {"type": "string"}}}, "Either": {"oneOf": [{"$ref": "#/components/schemas/日本語"}, {"type": "array", "items": {"$ref": "#/components/schemas/日本語"}}]}"##
            ))
        let union = UnitSupport.union(UnitSupport.type("Either", in: result.model))
        XCTAssertEqual(union?.cases.map(\.swiftName).contains("日本語"), false)
    }

    func testNoSchemaTakesANameTheGeneratedCodeUses() throws {
        let schemas = GeneratedCodeNames.topLevelReserved.sorted().map { #""\#($0)": {"type": "object"}"# }
        let union = #""Either": {"oneOf": [{"type": "string"}, {"type": "integer"}]}"#
        let result = try UnitSupport.generate(UnitSupport.schemas((schemas + [union]).joined(separator: ", ")))
        let declared = Set(result.model.types.map(\.name))
        XCTAssertEqual(declared.intersection(GeneratedCodeNames.topLevelReserved).sorted(), [])
        let fileNames = Set(result.files.map { $0.path.split(separator: "/").last.map(String.init) ?? "" })
        XCTAssertFalse(fileNames.contains("DecodingError.swift"))
        XCTAssertFalse(declared.contains("DecodingError"))
    }

    /// The list is complete: every type name the output of the committed schema and of every fixture
    /// uses without declaring it is on it. A renderer that starts using a new one fails here until the
    /// name is added, and with it reserved.
    func testEveryUndeclaredTypeNameTheOutputUsesIsReserved() throws {
        var inputs = [
            (try Data(contentsOf: RepositoryPaths.schema), RepositoryPaths.schema.deletingLastPathComponent())
        ]
        for name in try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.fixtures.path) {
            inputs.append(
                (
                    try Data(contentsOf: RepositoryPaths.fixtureInput(name)),
                    RepositoryPaths.fixtures.appendingPathComponent(name)
                ))
        }
        var missing: Set<String> = []
        var usedAnywhere: Set<String> = []
        for (data, folder) in inputs {
            // Per document: one that declares a `DecodingError` of its own must not excuse the others.
            var used: Set<String> = []
            var declared: Set<String> = []
            let result = try Pipeline.generate(
                SourceText(fileName: "input.json", bytes: Array(data)), loader: FolderDocumentLoader(folder: folder))
            for file in result.files {
                // A runtime type spelled with its module (`OpenAPIClientKit.Authentication`) cannot be shadowed
                // by a schema of that name, so it need not be reserved.
                let code = Self.codeWithoutCommentsAndStrings(file.contents)
                    .replacing(/OpenAPIClientKit\.\w+/, with: "OpenAPIClientKit")
                let words = Self.identifiers(in: code)
                used.formUnion(words.filter { $0.first?.isUppercase == true })
                for (keyword, name) in zip(words, words.dropFirst())
                where ["struct", "enum", "typealias", "class", "protocol"].contains(keyword) {
                    declared.insert(name)
                }
            }
            missing.formUnion(used.subtracting(declared).subtracting(GeneratedCodeNames.types))
            usedAnywhere.formUnion(used.subtracting(declared))
        }
        XCTAssertEqual(missing.sorted(), [])
        XCTAssertTrue(usedAnywhere.contains("OneOfDecoding"), "a union without a discriminator uses OneOfDecoding")
    }

    private static func codeWithoutCommentsAndStrings(_ text: String) -> String {
        text.split(separator: "\n").filter { !$0.trimmed.hasPrefix("//") }.map { line in
            var result = ""
            var inString = false
            var escaped = false
            for character in line {
                if inString {
                    if escaped {
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        inString = false
                    }
                } else if character == "\"" {
                    inString = true
                } else {
                    result.append(character)
                }
            }
            return result
        }.joined(separator: "\n")
    }

    private static func identifiers(in code: String) -> [String] {
        code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }

    /// Enum values named like the members every generated enum declares get other case names.
    func testNoEnumCaseTakesAMemberName() {
        let values = GeneratedCodeNames.enumMembers.sorted().flatMap { name in
            [JSONNode(.string(name)), JSONNode(.string(Naming.words(name).joined(separator: "_").uppercased()))]
        }
        let enumeration = EnumCaseNamer.enumDeclaration(values: values, rawType: .string)
        let names = enumeration.cases.map(\.swiftName)
        XCTAssertEqual(Set(names).intersection(GeneratedCodeNames.enumMembers).sorted(), [])
        XCTAssertTrue(names.contains("knownCases2"), "\(names)")
    }

    /// A property `hashValue: String` makes `self.hashValue` ambiguous beside `Hashable`'s, and a builder input
    /// `makeRequest` redeclares `APIOperation`'s method: the fuzz run found both as code that did not compile.
    func testNoPropertyOrInputTakesAMemberName() throws {
        let names = GeneratedCodeNames.operationMembers.sorted()
        let properties = names.map { #""\#($0)": {"type": "string"}"# }.joined(separator: ", ")
        let parameters = names.map { #"{"name": "\#($0)", "in": "query", "schema": {"type": "string"}}"# }
            .joined(separator: ", ")
        let result = try UnitSupport.generate(
            UnitSupport.schemas(
                #""S": {"type": "object", "properties": {\#(properties)}}"#,
                extra: #""paths": {"/s": {"get": {"operationId": "getS", "parameters": [\#(parameters)], "#
                    + #""responses": {"204": {"description": "none"}}}}}"#))
        let structure = try XCTUnwrap(UnitSupport.structure(UnitSupport.type("S", in: result.model)))
        let propertyNames = Set(structure.properties.map(\.swiftName))
        XCTAssertEqual(propertyNames.intersection(GeneratedCodeNames.structMembers).sorted(), [])
        XCTAssertTrue(propertyNames.contains("makeRequest"), "only the struct's own members are taken")
        let operation = try XCTUnwrap(result.model.operations.first)
        let inputs = Set(operation.parameters.map(\.swiftName))
        XCTAssertEqual(inputs.intersection(GeneratedCodeNames.operationMembers).sorted(), [])
        XCTAssertEqual(inputs.count, names.count)
    }

    func testSelfParameterGetsAnInnerNameNoSiblingHas() {
        XCTAssertEqual(SwiftSpelling.parameterDeclaration("self", among: ["self"]), "self selfValue")
        XCTAssertEqual(SwiftSpelling.parameterDeclaration("self", among: ["self", "selfValue"]), "self selfValue2")
        XCTAssertEqual(
            SwiftSpelling.parameterReference("self", among: ["selfValue2", "self", "selfValue"]), "selfValue3")
        XCTAssertEqual(SwiftSpelling.parameterReference("selfValue", among: ["self", "selfValue"]), "selfValue")
    }

    // MARK: - Texts in comments

    func testDocumentationCannotLeaveItsComment() throws {
        let hazards = (0..<0x20).filter { $0 != 0x09 } + [0x7F, 0x85, 0x9B, 0x2028, 0x2029, 0x202E, 0x2066, 0x200F]
        let description = hazards.map { "q7\\u\(String(format: "%04x", $0))" }.joined() + " end"
        let document = UnitSupport.schemas(
            #""A": {"type": "object", "description": "\#(description)", "properties": {"#
                + #""b": {"type": "string", "description": "\#(description)"}}}"#)
        let result = try UnitSupport.generate(document)
        let contents = try XCTUnwrap(result.files.first { $0.path == "Models/A.swift" }?.contents)
        let lines = contents.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines where line.contains("q7") {
            XCTAssertTrue(line.trimmed.hasPrefix("///"), "a line of schema text left its comment: \(line)")
        }
        for scalar in contents.unicodeScalars where scalar != "\n" && scalar != "\t" {
            XCTAssertFalse(PrintableText.isHazard(scalar), "U+\(hex(scalar)) reached the output")
        }
        XCTAssertTrue(contents.contains(#"q7\u{0}q7\u{1}"#), contents)
    }

    /// The schema's file name goes into every header; a line break in it must not turn the rest into code.
    func testHeaderKeepsTheFileNameInert() throws {
        let result = try UnitSupport.generate(
            UnitSupport.schemas(#""A": {"type": "string"}"#), file: "dir/evil\nstruct X {}\u{202E}.json")
        for file in result.files {
            let lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(
                lines.first,
                #"// Code generated by wix-media-swift's generator from evil\u{a}struct X {}\u{202e}.json. DO NOT EDIT."#
            )
            XCTAssertEqual(lines.dropFirst().first, "")
        }
    }

    private func hex(_ scalar: Unicode.Scalar) -> String {
        String(scalar.value, radix: 16, uppercase: true)
    }
}
