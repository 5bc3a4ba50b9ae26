import XCTest

@testable import GeneratorKit

final class JSONParserTests: XCTestCase {
    // MARK: - Values

    func testParsesEveryValueKind() throws {
        let node = try UnitSupport.parse(
            #"{"n": null, "t": true, "f": false, "i": 42, "s": "x", "a": [1, "two"], "o": {}}"#)
        XCTAssertEqual(node.typeName, "object")
        let object = try XCTUnwrap(node.object)
        XCTAssertEqual(object.keys, ["n", "t", "f", "i", "s", "a", "o"])
        XCTAssertEqual(object["n"]?.isNull, true)
        XCTAssertEqual(object["n"]?.typeName, "null")
        XCTAssertEqual(object["t"]?.bool, true)
        XCTAssertEqual(object["f"]?.bool, false)
        XCTAssertEqual(object["f"]?.typeName, "boolean")
        XCTAssertEqual(object["i"]?.numberLiteral, "42")
        XCTAssertEqual(object["i"]?.typeName, "number")
        XCTAssertEqual(object["s"]?.string, "x")
        XCTAssertEqual(object["s"]?.typeName, "string")
        let array = try XCTUnwrap(object["a"]?.array)
        XCTAssertEqual(array.count, 2)
        XCTAssertEqual(array[0].numberLiteral, "1")
        XCTAssertEqual(array[1].string, "two")
        XCTAssertEqual(object["a"]?.typeName, "array")
        XCTAssertEqual(object["o"]?.object?.members.count, 0)
        XCTAssertNil(object["missing"])
        // Accessors of the wrong kind answer nil.
        XCTAssertNil(object["s"]?.numberLiteral)
        XCTAssertNil(object["i"]?.string)
        XCTAssertEqual(object["s"]?.isNull, false)
    }

    func testScalarDocuments() throws {
        XCTAssertEqual(try UnitSupport.parse("true").bool, true)
        XCTAssertEqual(try UnitSupport.parse(" null ").isNull, true)
        XCTAssertEqual(try UnitSupport.parse("\"hi\"").string, "hi")
        XCTAssertEqual(try UnitSupport.parse("\n\t-7\r\n").numberLiteral, "-7")
        XCTAssertEqual(try UnitSupport.parse("[]").array?.count, 0)
        XCTAssertEqual(try UnitSupport.parse("[ ]").array?.count, 0)
        XCTAssertEqual(try UnitSupport.parse("{ }").object?.members.count, 0)
    }

    func testMemberOrderIsPreserved() throws {
        let node = try UnitSupport.parse(#"{"z": 1, "a": {"y": 0, "b": 0, "x": 0}, "m": 3}"#)
        XCTAssertEqual(node.object?.keys, ["z", "a", "m"])
        XCTAssertEqual(node.object?["a"]?.object?.keys, ["y", "b", "x"])
        XCTAssertEqual(node.object?["m"]?.numberLiteral, "3")
    }

    func testOffsetsPointAtValuesAndKeys() throws {
        let node = try UnitSupport.parse(#"{"a": [1, true], "bc": "x"}"#)
        XCTAssertEqual(node.offset, 0)
        let members = try XCTUnwrap(node.object?.members)
        XCTAssertEqual(members[0].keyOffset, 1)
        XCTAssertEqual(members[0].value.offset, 6)
        XCTAssertEqual(members[0].value.array?[1].offset, 10)
        XCTAssertEqual(members[1].keyOffset, 17)
        XCTAssertEqual(members[1].value.offset, 23)
    }

    func testNumberLiteralsAreKeptVerbatim() throws {
        let node = try UnitSupport.parse("[1.0, -0, 1e3, 1E+3, -12.5e-3, 0, 123456789012345678901234567890, 0.10]")
        XCTAssertEqual(
            node.array?.map(\.numberLiteral),
            ["1.0", "-0", "1e3", "1E+3", "-12.5e-3", "0", "123456789012345678901234567890", "0.10"])
    }

    func testInvalidNumbersAreRejected() {
        let cases: [(text: String, message: String, column: Int)] = [
            ("-", "invalid number: expected a digit, found end of input", 2),
            ("-x", "invalid number: expected a digit, found 'x'", 2),
            ("1.", "invalid number: expected a digit after '.'", 3),
            ("1.e3", "invalid number: expected a digit after '.'", 3),
            ("1e", "invalid number: expected a digit in the exponent", 3),
            ("1e+", "invalid number: expected a digit in the exponent", 4),
            (".5", "unexpected '.', expected a value", 1),
            ("+1", "unexpected '+', expected a value", 1),
        ]
        for (text, message, column) in cases {
            let error = UnitSupport.parseError(text)
            XCTAssertEqual(error?.message, "malformed JSON: " + message, text)
            XCTAssertEqual(error?.location.line, 1, text)
            XCTAssertEqual(error?.location.column, column, text)
            XCTAssertEqual(error?.location.pointer, "#", text)
        }
    }

    func testLeadingZerosAreRejected() {
        let message = "malformed JSON: invalid number: leading zeros are not allowed"
        let bare = UnitSupport.parseError("01")
        XCTAssertEqual(bare?.message, message)
        XCTAssertEqual(bare?.location.column, 2)

        let negative = UnitSupport.parseError("-012")
        XCTAssertEqual(negative?.message, message)
        XCTAssertEqual(negative?.location.column, 3)

        let member = UnitSupport.parseError(#"{"a": 01}"#)
        XCTAssertEqual(member?.message, message)
        XCTAssertEqual(member?.location.column, 8)
        XCTAssertEqual(member?.location.pointer, "#/a")

        let element = UnitSupport.parseError("[00]")
        XCTAssertEqual(element?.message, message)
        XCTAssertEqual(element?.location.column, 3)
        XCTAssertEqual(element?.location.pointer, "#/0")
    }

    // MARK: - Strings

    func testEscapes() throws {
        let node = try UnitSupport.parse(#"["\"\\\/\b\f\n\r\t", "caf\u00e9", "caf\u00E9", "\u0041\u0000z"]"#)
        XCTAssertEqual(node.array?.map(\.string), ["\"\\/\u{08}\u{0C}\n\r\t", "café", "café", "A\u{0}z"])
    }

    func testSurrogatePairBecomesOneScalar() throws {
        let node = try UnitSupport.parse(#"["\ud83d\udc4d", "a\uD83D\uDC4Db"]"#)
        XCTAssertEqual(node.array?[0].string, "👍")
        XCTAssertEqual(node.array?[0].string?.unicodeScalars.map(\.value), [0x1F44D])
        XCTAssertEqual(node.array?[1].string, "a👍b")
    }

    func testRawUTF8PassesThrough() throws {
        let node = try UnitSupport.parse(#"{"naïve": "👍 é\u0021"}"#)
        XCTAssertEqual(node.object?.keys, ["naïve"])
        XCTAssertEqual(node.object?["naïve"]?.string, "👍 é!")
    }

    func testInvalidSurrogatesAreRejected() {
        let cases: [(text: String, message: String, column: Int)] = [
            (#""\ud83d""#, #"lone high surrogate \uD83D in string"#, 8),
            (#""\ud83dx""#, #"lone high surrogate \uD83D in string"#, 8),
            (#""\ud83d\n""#, #"lone high surrogate \uD83D in string"#, 8),
            (#""\ud83d\u0041""#, #"high surrogate \uD83D followed by \u0041, not a low surrogate"#, 14),
            (#""\ud83d\ud83d""#, #"high surrogate \uD83D followed by \uD83D, not a low surrogate"#, 14),
            (#""\udc4d""#, #"lone low surrogate \uDC4D in string"#, 8),
        ]
        for (text, message, column) in cases {
            let error = UnitSupport.parseError(text)
            XCTAssertEqual(error?.message, "malformed JSON: " + message, text)
            XCTAssertEqual(error?.location.column, column, text)
            XCTAssertEqual(error?.location.pointer, "#", text)
        }
    }

    func testIncompleteUnicodeEscapes() {
        let short = UnitSupport.parseError(#""\u12""#)
        XCTAssertEqual(short?.message, #"malformed JSON: incomplete \u escape"#)
        XCTAssertEqual(short?.location.column, 4)

        let badDigit = UnitSupport.parseError(#"["\u12g4"]"#)
        XCTAssertEqual(badDigit?.message, #"malformed JSON: invalid hex digit 'g' in \u escape"#)
        XCTAssertEqual(badDigit?.location.column, 7)
        XCTAssertEqual(badDigit?.location.pointer, "#/0")
    }

    func testInvalidUTF8IsRejected() {
        let error = UnitSupport.parseError(bytes: [
            UInt8(ascii: "["), UInt8(ascii: "\""), 0x61, 0xFF, UInt8(ascii: "\""), UInt8(ascii: "]"),
        ])
        XCTAssertEqual(error?.message, "malformed JSON: invalid UTF-8 in string")
        XCTAssertEqual(error?.location.line, 1)
        XCTAssertEqual(error?.location.column, 3)
        XCTAssertEqual(error?.location.pointer, "#/0")
    }

    func testByteOrderMarkIsAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)
        let node = try JSONParser.parse(SourceText(fileName: "bom.json", bytes: bytes))
        XCTAssertEqual(node.object?.keys, ["a"])
        XCTAssertEqual(node.offset, 3)
    }

    /// Editors hide the byte order mark, so it must not shift the columns of the first line.
    func testByteOrderMarkDoesNotCountAsAColumn() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a" 1}"#.utf8)
        let error = UnitSupport.parseError(bytes: bytes)
        XCTAssertEqual(error?.message, #"malformed JSON: expected ':' after member name "a", found '1'"#)
        XCTAssertEqual(error?.location.line, 1)
        XCTAssertEqual(error?.location.column, 6)
    }

    // MARK: - Malformed input: message, line:column, pointer

    func testErrorInsideNestedArrayIsLocatedByPointer() {
        let error = UnitSupport.parseError(#"{"a": {"b": [1, 2,, 3]}}"#)
        XCTAssertEqual(error?.message, "malformed JSON: unexpected ',', expected a value")
        XCTAssertEqual(error?.location.file, "test.json")
        XCTAssertEqual(error?.location.line, 1)
        XCTAssertEqual(error?.location.column, 19)
        XCTAssertEqual(error?.location.pointer, "#/a/b/2")
        XCTAssertEqual(error?.severity, .error)
        XCTAssertEqual(
            error?.description, "test.json:1:19: error: malformed JSON: unexpected ',', expected a value [at #/a/b/2]")
    }

    func testTruncatedObject() {
        let inner = UnitSupport.parseError(#"{"a": {"b": 1"#)
        XCTAssertEqual(inner?.message, "malformed JSON: expected ',' or '}' in object, found end of input")
        XCTAssertEqual(inner?.location.column, 14)
        XCTAssertEqual(inner?.location.pointer, "#/a")

        let afterColon = UnitSupport.parseError(#"{"a":"#)
        XCTAssertEqual(afterColon?.message, "malformed JSON: unexpected end of input, expected a value")
        XCTAssertEqual(afterColon?.location.column, 6)
        XCTAssertEqual(afterColon?.location.pointer, "#/a")

        let open = UnitSupport.parseError("{")
        XCTAssertEqual(open?.message, "malformed JSON: expected a member name in quotes, found end of input")
        XCTAssertEqual(open?.location.column, 2)

        let multiLine = UnitSupport.parseError("{\n  \"a\": [\n    1,\n    2\n")
        XCTAssertEqual(multiLine?.message, "malformed JSON: expected ',' or ']' in array, found end of input")
        XCTAssertEqual(multiLine?.location.line, 5)
        XCTAssertEqual(multiLine?.location.column, 1)
        XCTAssertEqual(multiLine?.location.pointer, "#/a")
    }

    func testTrailingCommas() {
        let object = UnitSupport.parseError(#"{"a": 1,}"#)
        XCTAssertEqual(object?.message, "malformed JSON: expected a member name in quotes, found '}'")
        XCTAssertEqual(object?.location.column, 9)
        XCTAssertEqual(object?.location.pointer, "#")

        let multiLine = UnitSupport.parseError("{\n  \"a\": 1,\n}")
        XCTAssertEqual(multiLine?.message, "malformed JSON: expected a member name in quotes, found '}'")
        XCTAssertEqual(multiLine?.location.line, 3)
        XCTAssertEqual(multiLine?.location.column, 1)

        let array = UnitSupport.parseError("[1, 2,]")
        XCTAssertEqual(array?.message, "malformed JSON: unexpected ']', expected a value")
        XCTAssertEqual(array?.location.column, 7)
        XCTAssertEqual(array?.location.pointer, "#/2")
    }

    func testMissingColon() {
        let error = UnitSupport.parseError(#"{"a" 1}"#)
        XCTAssertEqual(error?.message, #"malformed JSON: expected ':' after member name "a", found '1'"#)
        XCTAssertEqual(error?.location.column, 6)
        XCTAssertEqual(error?.location.pointer, "#")

        let text = """
            {
              "info": {
                "title" "x"
              }
            }
            """
        let nested = UnitSupport.parseError(text)
        XCTAssertEqual(nested?.message, #"malformed JSON: expected ':' after member name "title", found '"'"#)
        XCTAssertEqual(nested?.location.line, 3)
        XCTAssertEqual(nested?.location.column, 13)
        XCTAssertEqual(nested?.location.pointer, "#/info")
    }

    /// Duplicate member names are refused wherever they are (DESIGN-notes: "Hostile inputs"): parsers
    /// disagree on which one counts, and keeping both made a `CodingKeys` enum with a repeated raw value.
    func testDuplicateMemberNamesAreLocated() {
        let text = """
            {
              "components": {
                "schemas": {
                  "A": {"properties": {"name": {}, "size": {}, "name": {}}}
                }
              }
            }
            """
        let error = UnitSupport.parseError(text)
        XCTAssertEqual(
            error?.message,
            #"malformed JSON: duplicate member name "name" (first at line 4, column 28); "#
                + "which one counts is undefined, so remove one")
        XCTAssertEqual(error?.location.line, 4)
        XCTAssertEqual(error?.location.column, 52)
        XCTAssertEqual(error?.location.pointer, "#/components/schemas/A/properties/name")
    }

    /// Objects with many members are checked through a set; a duplicate after the first 16 is found too.
    func testDuplicateMemberNameInALargeObject() {
        let members = (0..<40).map { "\"k\($0)\": \($0)" } + [#""k3": 0"#]
        let error = UnitSupport.parseError("{" + members.joined(separator: ", ") + "}")
        XCTAssertEqual(error?.location.pointer, "#/k3")
        XCTAssertEqual(
            error?.message.hasPrefix(#"malformed JSON: duplicate member name "k3" (first at line 1, column 29)"#), true)
        // Equal names only: keys that merely look alike are distinct.
        XCTAssertNoThrow(try UnitSupport.parse(#"{"a": 1, "A": 2, "a ": 3, "\u0061b": 4, "ab ": 5}"#))
    }

    func testBadEscapeIsLocated() {
        let error = UnitSupport.parseError(#"{"a": "x\q"}"#)
        XCTAssertEqual(error?.location.line, 1)
        XCTAssertEqual(error?.location.column, 10)
        XCTAssertEqual(error?.location.pointer, "#/a")
        XCTAssertEqual(error?.message.hasPrefix("malformed JSON: invalid escape sequence"), true)
    }

    /// The message should quote the escape once: `'\q'`, not `'\'q''`.
    func testBadEscapeMessageQuotesTheEscapeOnce() {
        let error = UnitSupport.parseError(#"{"a": "x\q"}"#)
        XCTAssertEqual(error?.message, #"malformed JSON: invalid escape sequence '\q'"#)
    }

    func testUnterminatedString() {
        let value = UnitSupport.parseError(#"{"a": "abc"#)
        XCTAssertEqual(value?.message, "malformed JSON: unterminated string")
        XCTAssertEqual(value?.location.column, 11)
        XCTAssertEqual(value?.location.pointer, "#/a")

        let escaped = UnitSupport.parseError(#"["ab\"#)
        XCTAssertEqual(escaped?.message, "malformed JSON: unterminated escape sequence")
        XCTAssertEqual(escaped?.location.column, 6)
        XCTAssertEqual(escaped?.location.pointer, "#/0")

        let key = UnitSupport.parseError(#"{"abc"#)
        XCTAssertEqual(key?.message, "malformed JSON: unterminated string")
        XCTAssertEqual(key?.location.column, 6)
        XCTAssertEqual(key?.location.pointer, "#")

        // A string running into the next line hits the raw newline, which is a control character.
        let multiLine = UnitSupport.parseError("{\n  \"a\": \"abc\n}")
        XCTAssertEqual(multiLine?.message, "malformed JSON: control character U+000A must be escaped in a string")
        XCTAssertEqual(multiLine?.location.line, 2)
        XCTAssertEqual(multiLine?.location.column, 12)
        XCTAssertEqual(multiLine?.location.pointer, "#/a")
    }

    func testControlCharacterInString() {
        let tab = UnitSupport.parseError("[\"a\tb\"]")
        XCTAssertEqual(tab?.message, "malformed JSON: control character U+0009 must be escaped in a string")
        XCTAssertEqual(tab?.location.column, 4)
        XCTAssertEqual(tab?.location.pointer, "#/0")

        // After an escape the slow path must reject control characters too.
        let afterEscape = UnitSupport.parseError("[\"\\n\u{01}\"]")
        XCTAssertEqual(afterEscape?.message, "malformed JSON: control character U+0001 must be escaped in a string")
        XCTAssertEqual(afterEscape?.location.column, 5)
    }

    func testTrailingGarbage() {
        let word = UnitSupport.parseError(#"{"a": 1} x"#)
        XCTAssertEqual(word?.message, "malformed JSON: unexpected 'x' after the end of the document")
        XCTAssertEqual(word?.location.column, 10)
        XCTAssertEqual(word?.location.pointer, "#")

        let second = UnitSupport.parseError("{}\n{}")
        XCTAssertEqual(second?.message, "malformed JSON: unexpected '{' after the end of the document")
        XCTAssertEqual(second?.location.line, 2)
        XCTAssertEqual(second?.location.column, 1)

        let nul = UnitSupport.parseError(bytes: Array("[]".utf8) + [0])
        XCTAssertEqual(nul?.message.hasPrefix("malformed JSON: unexpected byte 0x"), true, nul?.message ?? "")
        XCTAssertEqual(nul?.message.hasSuffix(" after the end of the document"), true, nul?.message ?? "")
        XCTAssertEqual(nul?.location.column, 3)
    }

    func testEmptyInput() {
        let empty = UnitSupport.parseError("")
        XCTAssertEqual(empty?.message, "malformed JSON: unexpected end of input, expected a value")
        XCTAssertEqual(empty?.location.line, 1)
        XCTAssertEqual(empty?.location.column, 1)
        XCTAssertEqual(empty?.location.pointer, "#")

        let blank = UnitSupport.parseError("  \n\n ")
        XCTAssertEqual(blank?.message, "malformed JSON: unexpected end of input, expected a value")
        XCTAssertEqual(blank?.location.line, 3)
        XCTAssertEqual(blank?.location.column, 2)
    }

    func testMisspelledLiterals() {
        let text = "{\n  \"a\": [\n    1,\n    tru\n  ]\n}"
        let error = UnitSupport.parseError(text)
        XCTAssertEqual(error?.message, "malformed JSON: unexpected 't', expected a value")
        XCTAssertEqual(error?.location.line, 4)
        XCTAssertEqual(error?.location.column, 5)
        XCTAssertEqual(error?.location.pointer, "#/a/1")

        let null = UnitSupport.parseError("nul")
        XCTAssertEqual(null?.message, "malformed JSON: unexpected 'n', expected a value")
        XCTAssertEqual(null?.location.column, 1)
    }

    func testPointerEscapesKeysAndColumnCountsScalars() {
        let escaped = UnitSupport.parseError(#"{"a/b": {"c~d": [}}"#)
        XCTAssertEqual(escaped?.message, "malformed JSON: unexpected '}', expected a value")
        XCTAssertEqual(escaped?.location.pointer, "#/a~1b/c~0d/0")
        XCTAssertEqual(escaped?.location.column, 18)

        let text = "{\"naïve\": \"é\",\n \"b\": x}"
        let accented = UnitSupport.parseError(text)
        XCTAssertEqual(accented?.location.line, 2)
        XCTAssertEqual(accented?.location.column, 7)
        XCTAssertEqual(accented?.location.pointer, "#/b")

        let emoji = UnitSupport.parseError(#"{"👍": x}"#)
        XCTAssertEqual(emoji?.location.column, 7)
        XCTAssertEqual(emoji?.location.pointer, "#/👍")
    }

    func testNestingUpToTheLimitIsAccepted() throws {
        let limit = JSONParser.maximumDepth
        let text = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        var node = try UnitSupport.parse(text)
        var depth = 1
        while let inner = node.array?.first {
            node = inner
            depth += 1
        }
        XCTAssertEqual(depth, limit)
    }

    func testNestingDeeperThanTheLimitIsRejected() {
        let limit = JSONParser.maximumDepth
        let message = "malformed JSON: values nested deeper than \(limit) levels"
        let arrays = UnitSupport.parseError(
            String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1))
        XCTAssertEqual(arrays?.message, message)
        XCTAssertEqual(arrays?.location.line, 1)
        XCTAssertEqual(arrays?.location.column, limit + 1)
        XCTAssertEqual(arrays?.location.pointer, "#" + String(repeating: "/0", count: limit))

        let objects = UnitSupport.parseError(String(repeating: #"{"k":"#, count: limit + 100))
        XCTAssertEqual(objects?.message, message)
        XCTAssertEqual(objects?.location.column, limit * 5 + 1)
        XCTAssertEqual(objects?.location.pointer, "#" + String(repeating: "/k", count: limit))

        // Far deeper input must fail the same way rather than overflow the stack.
        let huge = UnitSupport.parseError(String(repeating: "[", count: 200_000))
        XCTAssertEqual(huge?.message, message)
    }

    // MARK: - JSONNode.node(at:)

    func testNodeAtPointer() throws {
        let root = try UnitSupport.parse(#"{"a": [{"b/c": 1}, {"d~e": "x"}], "": true}"#)
        XCTAssertEqual(root.node(at: try XCTUnwrap(JSONPointer(fragment: "#/a/0/b~1c")))?.numberLiteral, "1")
        XCTAssertEqual(root.node(at: try XCTUnwrap(JSONPointer(fragment: "#/a/1/d~0e")))?.string, "x")
        XCTAssertEqual(root.node(at: try XCTUnwrap(JSONPointer(fragment: "#/")))?.bool, true)
        XCTAssertEqual(root.node(at: .root)?.object?.keys, ["a", ""])
        XCTAssertNil(root.node(at: try XCTUnwrap(JSONPointer(fragment: "#/a/2"))))
        XCTAssertNil(root.node(at: try XCTUnwrap(JSONPointer(fragment: "#/a/x"))))
        XCTAssertNil(root.node(at: try XCTUnwrap(JSONPointer(fragment: "#/a/0/b~1c/deeper"))))
        XCTAssertNil(root.node(at: try XCTUnwrap(JSONPointer(fragment: "#/missing"))))
    }
}

final class SourceTextTests: XCTestCase {
    func testLineAndColumnCountScalars() {
        // a=0, é=1…2, 👍=3…6, \n=7, x=8, y=9
        let source = SourceText(fileName: "f.json", text: "aé👍\nxy")
        XCTAssertEqual(source.bytes.count, 10)
        let expected: [(offset: Int, line: Int, column: Int)] = [
            (0, 1, 1), (1, 1, 2), (3, 1, 3), (7, 1, 4), (8, 2, 1), (9, 2, 2), (10, 2, 3),
        ]
        for (offset, line, column) in expected {
            let position = source.lineAndColumn(ofOffset: offset)
            XCTAssertEqual(position.line, line, "offset \(offset)")
            XCTAssertEqual(position.column, column, "offset \(offset)")
        }
    }

    func testOffsetsOutsideTheTextAreClamped() {
        let source = SourceText(fileName: "f.json", text: "ab\ncd")
        XCTAssertEqual(source.lineAndColumn(ofOffset: -5).line, 1)
        XCTAssertEqual(source.lineAndColumn(ofOffset: -5).column, 1)
        XCTAssertEqual(source.lineAndColumn(ofOffset: 100).line, 2)
        XCTAssertEqual(source.lineAndColumn(ofOffset: 100).column, 3)
    }

    func testCRLFLineEndings() {
        let source = SourceText(fileName: "f.json", text: "a\r\nbc")
        XCTAssertEqual(source.lineAndColumn(ofOffset: 3).line, 2)
        XCTAssertEqual(source.lineAndColumn(ofOffset: 3).column, 1)
        XCTAssertEqual(source.lineAndColumn(ofOffset: 4).column, 2)
    }

    func testLocationCarriesFileAndPointer() {
        let source = SourceText(fileName: "dir/api.json", text: "{\n  \"é\": 1}")
        let location = source.location(ofOffset: 10, pointer: JSONPointer(tokens: ["é"]))
        XCTAssertEqual(location, SourceLocation(file: "dir/api.json", line: 2, column: 8, pointer: "#/é"))
    }

    func testDiagnosticDescription() {
        let located = Diagnostic.warning("odd", at: SourceLocation(file: "a.json", line: 3, column: 4, pointer: "#/x"))
        XCTAssertEqual(located.description, "a.json:3:4: warning: odd [at #/x]")
        let whole = Diagnostic.error("bad", at: SourceLocation(file: "a.json", line: 0, column: 0, pointer: "#"))
        XCTAssertEqual(whole.description, "a.json: error: bad [at #]")
        let failure = GenerationFailure([located, whole])
        XCTAssertEqual(failure.description, "a.json:3:4: warning: odd [at #/x]\na.json: error: bad [at #]")
    }
}

final class JSONPointerTests: XCTestCase {
    func testEscapingTildeAndSlash() {
        XCTAssertEqual(JSONPointer(tokens: ["a/b", "c~d", "~1"]).description, "#/a~1b/c~0d/~01")
        XCTAssertEqual(JSONPointer.root.description, "#")
        XCTAssertEqual(
            JSONPointer.root.appending("paths").appending("/files/{id}").appending(0).description,
            "#/paths/~1files~1{id}/0")
        XCTAssertEqual(JSONPointer(tokens: [""]).description, "#/")
    }

    func testPercentEncodingOfSpaceAndPercent() {
        XCTAssertEqual(JSONPointer(tokens: ["a b", "50%"]).description, "#/a%20b/50%25")
    }

    func testParsingFragments() {
        XCTAssertEqual(JSONPointer(fragment: "#/components/schemas/A~1B")?.tokens, ["components", "schemas", "A/B"])
        XCTAssertEqual(JSONPointer(fragment: "/components/schemas/A")?.tokens, ["components", "schemas", "A"])
        // `~01` is `~1` (a tilde then a one), not a slash: `~1` must be decoded before `~0`.
        XCTAssertEqual(JSONPointer(fragment: "#/a~01")?.tokens, ["a~1"])
        XCTAssertEqual(JSONPointer(fragment: "#/a~0~1")?.tokens, ["a~/"])
        XCTAssertEqual(JSONPointer(fragment: "#")?.tokens, [])
        XCTAssertEqual(JSONPointer(fragment: "")?.tokens, [])
        XCTAssertEqual(JSONPointer(fragment: "#/")?.tokens, [""])
        XCTAssertEqual(JSONPointer(fragment: "#/a//b")?.tokens, ["a", "", "b"])
    }

    func testParsingPercentEncodedFragments() {
        XCTAssertEqual(
            JSONPointer(fragment: "#/components/schemas/With%20Space")?.tokens, ["components", "schemas", "With Space"])
        XCTAssertEqual(JSONPointer(fragment: "#/paths/~1files~1%7Bid%7D/get")?.tokens, ["paths", "/files/{id}", "get"])
        XCTAssertEqual(JSONPointer(fragment: "#/caf%C3%A9")?.tokens, ["café"])
        XCTAssertNil(JSONPointer(fragment: "#/bad%zz"))
    }

    func testRejectsNonLocalPointers() {
        XCTAssertNil(JSONPointer(fragment: "other.json#/X"))
        XCTAssertNil(JSONPointer(fragment: "#components"))
        XCTAssertNil(JSONPointer(fragment: "components/schemas/A"))
    }

    func testRoundTrip() {
        let tokens = ["paths", "/files/{id}", "a~b", "50% off", "é"]
        let pointer = JSONPointer(tokens: tokens)
        XCTAssertEqual(JSONPointer(fragment: pointer.description)?.tokens, tokens)
        XCTAssertEqual(JSONPointer(fragment: pointer.description), pointer)
    }
}
