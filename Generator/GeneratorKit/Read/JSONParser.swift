/// A strict RFC 8259 JSON parser producing `JSONNode`s with byte offsets and member order.
///
/// Errors are `Diagnostic`s located by line:column and by the JSON pointer of the value being read.
public struct JSONParser {
    private let source: SourceText
    private let bytes: [UInt8]
    private var index = 0
    /// Pointer tokens of the value being parsed, kept only so errors can name their location.
    private var path: [String] = []
    /// Deep nesting is legal JSON but would exhaust the stack: of this recursive parser, and above all of
    /// the schema reader after it, whose frames take about 10 KiB per level in a debug build. At 256
    /// levels that is under 3 MiB of the main thread's 8; OpenAPI documents nest about 30 at most.
    static let maximumDepth = 256

    public init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes
    }

    public static func parse(_ source: SourceText) throws(Diagnostic) -> JSONNode {
        var parser = JSONParser(source: source)
        return try parser.parseDocument()
    }

    mutating func parseDocument() throws(Diagnostic) -> JSONNode {
        // A UTF-8 byte order mark is not JSON, but editors write it; skipping it harms nothing.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        let root = try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describeCurrent()) after the end of the document")
        }
        return root
    }

    private mutating func parseValue(depth: Int) throws(Diagnostic) -> JSONNode {
        guard depth < Self.maximumDepth else { throw error("values nested deeper than \(Self.maximumDepth) levels") }
        guard index < bytes.count else { throw error("unexpected end of input, expected a value") }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(.object(try parseObject(depth: depth)), offset: start)
        case UInt8(ascii: "["): return JSONNode(.array(try parseArray(depth: depth)), offset: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), offset: start)
        default:
            throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    private mutating func parseObject(depth: Int) throws(Diagnostic) -> JSONObject {
        index += 1
        var members: [JSONObject.Member] = []
        // Large objects (components, paths) get a set; small ones are scanned, which is cheaper.
        var names: Set<String> = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return JSONObject(members: members)
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else {
                throw error("expected a member name in quotes, found \(describeCurrent())")
            }
            let keyOffset = index
            let key = try parseString()
            try checkUnique(key, at: keyOffset, in: members, names: &names)
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw error("expected ':' after member name \"\(key)\", found \(describeCurrent())")
            }
            index += 1
            skipWhitespace()
            path.append(key)
            let value = try parseValue(depth: depth + 1)
            path.removeLast()
            members.append(JSONObject.Member(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return JSONObject(members: members)
            default: throw error("expected ',' or '}' in object, found \(describeCurrent())")
            }
        }
    }

    /// Refuses a member name the object already has. RFC 8259 leaves the meaning of duplicates open
    /// (parsers keep the first, the last, or both), so no reading of the document can be the author's.
    private func checkUnique(
        _ key: String, at offset: Int, in members: [JSONObject.Member], names: inout Set<String>
    ) throws(Diagnostic) {
        let scanLimit = 16
        var first: JSONObject.Member?
        if members.count < scanLimit {
            first = members.first { $0.key == key }
        } else {
            if names.isEmpty { names = Set(members.map(\.key)) }
            if !names.insert(key).inserted { first = members.first { $0.key == key } }
        }
        guard let first else { return }
        let firstPosition = source.lineAndColumn(ofOffset: first.keyOffset)
        throw Diagnostic.error(
            "malformed JSON: duplicate member name \"\(key)\" (first at line \(firstPosition.line), column \(firstPosition.column)); "
                + "which one counts is undefined, so remove one",
            at: source.location(ofOffset: offset, pointer: JSONPointer(tokens: path + [key])))
    }

    private mutating func parseArray(depth: Int) throws(Diagnostic) -> [JSONNode] {
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return items
        }
        while true {
            skipWhitespace()
            path.append(String(items.count))
            items.append(try parseValue(depth: depth + 1))
            path.removeLast()
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return items
            default: throw error("expected ',' or ']' in array, found \(describeCurrent())")
            }
        }
    }

    private mutating func parseString() throws(Diagnostic) -> String {
        index += 1
        let contentStart = index
        // Fast path: no escapes, so the bytes between the quotes are the string.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = try decodeUTF8(bytes[contentStart..<index], at: contentStart)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("control character U+\(hex(UInt32(byte))) must be escaped in a string") }
            index += 1
        }
        // Slow path: validated runs and decoded escapes go into one UTF-8 buffer, decoded once at the end.
        // (Appending to a `String.UnicodeScalarView` copies the whole view each time: quadratic in the
        // number of escapes.)
        var utf8: [UInt8] = []
        try appendValidated(contentStart..<index, to: &utf8)
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                try appendValidated(runStart..<index, to: &utf8)
                index += 1
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try appendValidated(runStart..<index, to: &utf8)
                let scalar = try parseEscape()
                UTF8.encode(scalar) { utf8.append($0) }
                runStart = index
            case 0..<0x20:
                throw error("control character U+\(hex(UInt32(byte))) must be escaped in a string")
            default:
                index += 1
            }
        }
        throw error("unterminated string")
    }

    /// Appends the bytes in `range` after checking they are valid UTF-8. Runs end only at ASCII
    /// quotes and backslashes, so a run is valid exactly when its part of the string is.
    private func appendValidated(_ range: Range<Int>, to utf8: inout [UInt8]) throws(Diagnostic) {
        let slice = bytes[range]
        if slice.contains(where: { $0 >= 0x80 }) { _ = try decodeUTF8(slice, at: range.lowerBound) }
        utf8.append(contentsOf: slice)
    }

    private mutating func parseEscape() throws(Diagnostic) -> Unicode.Scalar {
        index += 1
        guard index < bytes.count else { throw error("unterminated escape sequence") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try parseHexQuad()
            if (0xD800...0xDBFF).contains(first) {
                // A high surrogate must be followed by an escaped low surrogate; together they are one scalar.
                guard peek() == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u") else {
                    throw error("lone high surrogate \\u\(hex(first)) in string")
                }
                index += 2
                let second = try parseHexQuad()
                guard (0xDC00...0xDFFF).contains(second) else {
                    throw error("high surrogate \\u\(hex(first)) followed by \\u\(hex(second)), not a low surrogate")
                }
                let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                return Unicode.Scalar(combined)!
            }
            if (0xDC00...0xDFFF).contains(first) { throw error("lone low surrogate \\u\(hex(first)) in string") }
            return Unicode.Scalar(first)!
        default:
            index -= 1
            let character = peek().map { String(Unicode.Scalar($0)) } ?? ""
            throw error("invalid escape sequence '\\\(character)'")
        }
    }

    private mutating func parseHexQuad() throws(Diagnostic) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit \(describeCurrent()) in \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(Diagnostic) -> String {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
            if isDigit(peek()) { throw error("invalid number: leading zeros are not allowed") }
        } else if isDigit(peek()) {
            while isDigit(peek()) { index += 1 }
        } else {
            throw error("invalid number: expected a digit, found \(describeCurrent())")
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard isDigit(peek()) else { throw error("invalid number: expected a digit after '.'") }
            while isDigit(peek()) { index += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard isDigit(peek()) else { throw error("invalid number: expected a digit in the exponent") }
            while isDigit(peek()) { index += 1 }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func expectLiteral(_ literal: String) throws(Diagnostic) {
        let expected = literal.utf8
        guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected)
        else {
            throw error("unexpected \(describeCurrent()), expected a value")
        }
        index += expected.count
    }

    private func decodeUTF8(_ slice: ArraySlice<UInt8>, at offset: Int) throws(Diagnostic) -> String {
        // Validating decode: `String(decoding:)` would silently replace bad bytes with U+FFFD.
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw Diagnostic.error(
                "malformed JSON: invalid UTF-8 in string",
                at: source.location(ofOffset: offset, pointer: JSONPointer(tokens: path)))
        }
        return text
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        index + ahead < bytes.count ? bytes[index + ahead] : nil
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func describeCurrent() -> String {
        guard let byte = peek() else { return "end of input" }
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(UInt32(byte)))"
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func error(_ message: String) -> Diagnostic {
        Diagnostic.error(
            "malformed JSON: \(message)", at: source.location(ofOffset: index, pointer: JSONPointer(tokens: path)))
    }
}
