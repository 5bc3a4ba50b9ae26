import Foundation
import XCTest

@testable import GeneratorKit

/// The YAML reader's constructs, core-schema resolution, offsets and located refusals. The public YAML test
/// suite's cases are in YAMLTestSuiteTests.
final class YAMLReaderTests: XCTestCase {
    private func read(_ text: String, file: String = "api.yaml") throws(Diagnostic) -> JSONNode {
        try YAMLReader.read(SourceText(fileName: file, text: text))
    }

    private func readError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        readError(bytes: Array(text.utf8), file: file, line: line)
    }

    private func readError(bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        do {
            let node = try YAMLReader.read(SourceText(fileName: "api.yaml", bytes: bytes))
            XCTFail("expected a read error, read \(YAMLTestSuiteTests.render(node))", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func rendered(_ text: String) throws -> String {
        YAMLTestSuiteTests.render(try read(text))
    }

    private func position(_ diagnostic: Diagnostic?) -> String {
        guard let location = diagnostic?.location else { return "none" }
        return "\(location.file):\(location.line):\(location.column) \(location.pointer)"
    }

    // MARK: - Collections

    func testBlockAndFlowCollections() throws {
        let text = """
            # leading comment
            name: petstore   # trailing comment
            tags:
              - pets
              - {name: store, x: [1, 2]}
            indentless:
            - a
            - b
            nested:
              deeper:
                deepest: [a, "b", 'c', {}, []]
            compact:
              - key: value
                other: 2
              - - inner
                - seq
            """
        XCTAssertEqual(
            try rendered(text),
            #"{"name": "petstore", "tags": ["pets", {"name": "store", "x": [1, 2]}], "indentless": ["a", "b"], "#
                + #""nested": {"deeper": {"deepest": ["a", "b", "c", {}, []]}}, "#
                + #""compact": [{"key": "value", "other": 2}, ["inner", "seq"]]}"#)
    }

    func testEmptyValuesAreNull() throws {
        XCTAssertEqual(
            try rendered("a:\nb: ~\nc: null\nd: [a, ]\ne: {k: }"),
            #"{"a": null, "b": null, "c": null, "d": ["a"], "e": {"k": null}}"#)
        XCTAssertEqual(try rendered(""), "null")
        XCTAssertEqual(try rendered("# only a comment\n"), "null")
    }

    func testFlowCollectionsOverSeveralLinesAndSinglePairs() throws {
        XCTAssertEqual(
            try rendered("key: [\n  one,   # comment\n  two: 2,\n  \"three\":3\n ]\n"),
            #"{"key": ["one", {"two": 2}, {"three": 3}]}"#)
        XCTAssertEqual(try rendered("{a: 1, \"b\": {c: [x, y]}, d}"), #"{"a": 1, "b": {"c": ["x", "y"]}, "d": null}"#)
        XCTAssertEqual(try rendered("[http://x.org/a:b, a:b]"), #"["http://x.org/a:b", "a:b"]"#)
    }

    func testDocumentMarkers() throws {
        XCTAssertEqual(try rendered("---\na: 1\n...\n"), #"{"a": 1}"#)
        XCTAssertEqual(try rendered("%YAML 1.2\n---\na: 1\n"), #"{"a": 1}"#)
        XCTAssertEqual(try rendered("--- [1, 2]\n... # end\n"), "[1, 2]")
        XCTAssertEqual(try rendered("\u{FEFF}a: 1"), #"{"a": 1}"#)
    }

    // MARK: - Scalars

    func testPlainScalarsFoldOverLines() throws {
        let text = "description: This is\n  a long\n\n  plain scalar   # comment\nnext: x\n"
        XCTAssertEqual(try rendered(text), #"{"description": "This is a long\nplain scalar", "next": "x"}"#)
    }

    func testQuotedScalarsWithEveryEscape() throws {
        let text = #"""
            a: "tab\there \u00e9 \U0001F600 \x41 \"q\" \\ \/ \0\a\b\v\f\r\e\ \N\_\L\P"
            b: 'it''s # not a comment'
            c: "folded
              line

              break"
            d: "escaped \
              break"
            e: "keep \
            "
            """#
        let node = try read(text)
        XCTAssertEqual(
            node.object?["a"]?.string,
            "tab\there é 😀 A \"q\" \\ / \u{0}\u{7}\u{8}\u{B}\u{C}\r\u{1B} \u{85}\u{A0}\u{2028}\u{2029}")
        XCTAssertEqual(node.object?["b"]?.string, "it's # not a comment")
        XCTAssertEqual(node.object?["c"]?.string, "folded line\nbreak")
        XCTAssertEqual(node.object?["d"]?.string, "escaped break")
        XCTAssertNotNil(readError(#"a: "bad \q escape""#))
        XCTAssertNotNil(readError(#"a: "\uD800""#), "a surrogate is not a scalar value")
        XCTAssertNotNil(readError(#"a: "\x4""#))
    }

    func testLiteralAndFoldedBlockScalars() throws {
        let text = """
            literal: |
              line one
                indented
              line three

            strip: |-
              no newline
            keep: |+
              kept

            folded: >
              folded
              text

              new paragraph
                more indented
              back
            foldedStrip: >-
              a
              b
            indicator: |2
                two extra spaces
            empty: |
            last: end
            """
        let node = try read(text)
        let object = try XCTUnwrap(node.object)
        XCTAssertEqual(object["literal"]?.string, "line one\n  indented\nline three\n")
        XCTAssertEqual(object["strip"]?.string, "no newline")
        XCTAssertEqual(object["keep"]?.string, "kept\n\n")
        XCTAssertEqual(object["folded"]?.string, "folded text\nnew paragraph\n  more indented\nback\n")
        XCTAssertEqual(object["foldedStrip"]?.string, "a b")
        XCTAssertEqual(object["indicator"]?.string, "  two extra spaces\n")
        XCTAssertEqual(object["empty"]?.string, "")
        XCTAssertEqual(object["last"]?.string, "end")
    }

    func testCoreSchemaResolution() throws {
        let text = """
            strings: [yes, no, on, off, Yes, y, n, 1.2.3, 0x, 0o8, "true", '1', !!str 12, ! 12, 1_000]
            nulls: [~, null, Null, NULL, !!null '']
            bools: [true, True, TRUE, false, !!bool "false"]
            numbers: [1, -2, +3, 007, 1.5, .5, 1., -.5e3, 1e3, 1E+3, 0x1F, 0o17, 0xFFFFFFFFFFFFFFFF, !!int "12", !!float 1]
            """
        XCTAssertEqual(
            try rendered(text),
            #"{"strings": ["yes", "no", "on", "off", "Yes", "y", "n", "1.2.3", "0x", "0o8", "true", "1", "12", "12", "1_000"], "#
                + #""nulls": [null, null, null, null, null], "bools": [true, true, true, false, false], "#
                + #""numbers": [1, -2, 3, 7, 1.5, 0.5, 1.0, -0.5e3, 1e3, 1E+3, 31, 15, 18446744073709551615, 12, 1]}"#)
    }

    func testInfinityAndNaNAreRefusedWhereTheyAppear() {
        let diagnostic = readError("schema:\n  maximum: .inf\n")
        XCTAssertEqual(position(diagnostic), "api.yaml:2:12 #/schema/maximum")
        XCTAssertTrue(diagnostic?.message.contains("no JSON equivalent") ?? false, "\(String(describing: diagnostic))")
        XCTAssertNotNil(readError("a: -.Inf"))
        XCTAssertNotNil(readError("a: .NaN"))
        XCTAssertNotNil(readError("a: !!float .nan"))
    }

    func testMappingKeysAreStringsAsWritten() throws {
        XCTAssertEqual(
            try rendered("200: ok\ntrue: t\n~: n\n1.0: f\n0x1F: h\n\"quoted\": q\n"),
            #"{"200": "ok", "true": "t", "~": "n", "1.0": "f", "0x1F": "h", "quoted": "q"}"#)
        XCTAssertEqual(try rendered("{200: ok, 'a': 1}"), #"{"200": "ok", "a": 1}"#)
    }

    func testAnchorsAndAliases() throws {
        let text = """
            base: &base {type: string, maxLength: 3}
            copy: *base
            list: [&x 1, *x]
            &k key: value
            again: *k
            """
        XCTAssertEqual(
            try rendered(text),
            #"{"base": {"type": "string", "maxLength": 3}, "copy": {"type": "string", "maxLength": 3}, "#
                + #""list": [1, 1], "key": "value", "again": "key"}"#)
        XCTAssertEqual(position(readError("a: *missing")), "api.yaml:1:4 #/a")
    }

    // MARK: - Offsets and locations

    func testOffsetsLocateValuesAndKeys() throws {
        let text = "a:\n  b: [1, \"x\"]\n  c: |\n    text\n  é: v\n"
        let source = SourceText(fileName: "api.yaml", text: text)
        let root = try YAMLReader.read(source)
        func place(_ pointer: String) -> String {
            let node = root.node(at: JSONPointer(fragment: pointer)!)!
            let location = source.location(ofOffset: node.offset, pointer: JSONPointer(fragment: pointer)!)
            return "\(location.line):\(location.column)"
        }
        XCTAssertEqual(place("#/a/b"), "2:6")
        XCTAssertEqual(place("#/a/b/1"), "2:10")
        XCTAssertEqual(place("#/a/c"), "3:6")
        XCTAssertEqual(place("#/a/é"), "5:6")
        let member = try XCTUnwrap(root.object?["a"]?.object?.members.first)
        XCTAssertEqual(source.lineAndColumn(ofOffset: member.keyOffset).line, 2)
    }

    // MARK: - Refusals

    func testDuplicateKeysAreRefused() {
        XCTAssertEqual(position(readError("a: 1\nb:\n  c: 1\n  c: 2\n")), "api.yaml:4:3 #/b/c")
        XCTAssertEqual(position(readError("x: {a: 1, a: 2}")), "api.yaml:1:11 #/x/a")
    }

    func testTabIndentationIsRefused() {
        let diagnostic = readError("a:\n\tb: 1\n")
        XCTAssertEqual(position(diagnostic), "api.yaml:2:2 #/a")
        XCTAssertTrue(diagnostic?.message.contains("tab") ?? false)
        XCTAssertNotNil(readError("- a\n\t- b\n"))
    }

    func testSeveralDocumentsAreRefused() {
        XCTAssertEqual(position(readError("a: 1\n---\nb: 2\n")), "api.yaml:2:1 #")
        XCTAssertNotNil(readError("--- a\n...\n--- b\n"))
        XCTAssertNotNil(readError("a: 1\n...\nb: 2\n"))
    }

    func testComplexKeysAreRefused() {
        XCTAssertTrue(readError("? a\n: b\n")?.message.contains("complex") ?? false)
        XCTAssertTrue(readError("[a, b]: c\n")?.message.contains("complex") ?? false)
        XCTAssertTrue(readError("x: {[a]: b}\n")?.message.contains("complex") ?? false)
        XCTAssertTrue(readError("x: [{a: 1}: b]\n")?.message.contains("complex") ?? false)
    }

    func testYAML11MergeKeysAreRefusedNotReadAsKeys() throws {
        let diagnostic = readError("base: &b {type: string}\nchild:\n  <<: *b\n  format: uuid\n")
        XCTAssertEqual(position(diagnostic), "api.yaml:3:3 #/child")
        XCTAssertTrue(diagnostic?.message.contains("merge keys") ?? false)
        XCTAssertNotNil(readError("a: {<<: {b: 1}}"))
        XCTAssertEqual(try rendered("\"<<\": quoted\n"), #"{"<<": "quoted"}"#)
    }

    func testUnknownTagsAreRefusedAndCoreTagsChecked() {
        let diagnostic = readError("a: !!binary R0lG\n")
        XCTAssertEqual(position(diagnostic), "api.yaml:1:4 #/a")
        XCTAssertTrue(diagnostic?.message.contains("unknown tag '!!binary'") ?? false)
        XCTAssertNotNil(readError("a: !custom x\n"))
        XCTAssertNotNil(readError("%TAG ! tag:example.com,2000:\n---\na: 1\n"))
        XCTAssertNotNil(readError("a: !!int abc\n"))
        XCTAssertNotNil(readError("a: !!map [1]\n"))
        XCTAssertNotNil(readError("a: !!seq x\n"))
        XCTAssertNoThrow(try read("a: !!map {b: !!seq [!!str 1]}\nc: !<tag:yaml.org,2002:int> 3\n"))
    }

    func testInvalidUTF8IsRefusedWhereItIs() {
        var bytes = Array("a: ok\nb: caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Array("\n".utf8))
        XCTAssertEqual(position(readError(bytes: bytes)), "api.yaml:2:4 #/b")
        XCTAssertNotNil(readError(bytes: Array("a: \"x".utf8) + [0xFF] + Array("\"".utf8)))
        XCTAssertNotNil(readError(bytes: Array("k".utf8) + [0xC3] + Array(": v".utf8)))
    }

    func testMalformedStructureIsLocated() {
        XCTAssertEqual(position(readError("a: b: c\n")), "api.yaml:1:4 #/a")
        XCTAssertEqual(position(readError("a:\n  b: 1\n c: 2\n")), "api.yaml:3:2 #")
        XCTAssertNotNil(readError("a: [1, 2\n"))
        XCTAssertNotNil(readError("a: \"unterminated\n"))
        XCTAssertNotNil(readError("a: 'x' y\n"))
        XCTAssertNotNil(readError("- a\nb: c\n"))
        XCTAssertNotNil(readError("a: @x\n"))
        XCTAssertNotNil(readError(bytes: Array("a: x".utf8) + [0]))
    }

    // MARK: - Hostile input

    func testAliasBombIsRefusedNotFollowed() {
        // Each level doubles ten times over: 10^9 nodes if followed.
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let diagnostic = readError(text)
        XCTAssertTrue(diagnostic?.message.contains("alias bomb") ?? false, "\(String(describing: diagnostic))")
        XCTAssertEqual(diagnostic?.location.pointer.hasPrefix("#/a"), true)
    }

    func testReasonableAliasUseIsAccepted() throws {
        var text = "base: &base {type: object, properties: {a: {type: string}, b: {type: integer}}}\n"
        for index in 0..<200 { text += "copy\(index): *base\n" }
        XCTAssertEqual(try read(text).object?.members.count, 201)
    }

    func testDeepFlowNestingIsALocatedErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let diagnostic = readError(text)
        XCTAssertTrue(diagnostic?.message.contains("nested deeper than \(JSONParser.maximumDepth)") ?? false)
        XCTAssertEqual(diagnostic?.location.line, 1)
    }

    func testDeepBlockNestingIsALocatedErrorNotACrash() {
        XCTAssertTrue(
            readError(String(repeating: "- ", count: 100_000) + "x")?.message.contains("nested deeper") ?? false)
        var text = ""
        for level in 0..<600 { text += String(repeating: " ", count: level) + "k\(level):\n" }
        let diagnostic = readError(text)
        XCTAssertTrue(diagnostic?.message.contains("nested deeper") ?? false)
        // Levels count from the root mapping, so the refusal comes on the line that opens the 257th level.
        XCTAssertGreaterThan(diagnostic?.location.line ?? 0, JSONParser.maximumDepth - 2)
    }

    func testNestingUpToTheLimitIsAccepted() throws {
        let depth = YAMLReader.maximumDepth - 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        XCTAssertNoThrow(try read(text))
    }

    // MARK: - Format choice and diagnostics through the pipeline

    func testFormatIsChosenByContent() throws {
        let json = SourceText(fileName: "api.yaml", text: " \n{\"a\": [1]}")
        XCTAssertEqual(try DocumentReader.parseTree(json).object?["a"]?.array?.count, 1)
        XCTAssertTrue(
            (try? DocumentReader.parseTree(SourceText(fileName: "x.yaml", text: "{\"a\": }")))
                == nil)
        do {
            _ = try DocumentReader.parseTree(SourceText(fileName: "x.json", text: "\u{FEFF}{\"a\" 1}"))
            XCTFail("expected an error")
        } catch {
            XCTAssertTrue(error.message.hasPrefix("malformed JSON"), error.message)
        }
        do {
            _ = try DocumentReader.parseTree(SourceText(fileName: "x.json", text: "a: [1\n"))
            XCTFail("expected an error")
        } catch {
            XCTAssertTrue(error.message.hasPrefix("malformed YAML"), error.message)
        }
    }

    func testOpenAPIErrorsInYAMLNameFileLineColumnAndPointer() {
        let text = """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              pets:
                get:
                  responses: {}
            """
        do {
            _ = try DocumentReader.read(SourceText(fileName: "api.yaml", text: text))
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.description, "api.yaml:5:5: error: path 'pets' must start with '/' [at #/paths/pets]")
        }
    }
}
