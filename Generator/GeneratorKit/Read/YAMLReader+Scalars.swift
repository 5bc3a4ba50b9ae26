/// Plain, quoted and block scalars, with YAML's line folding.
extension YAMLReader {
    struct Scalar {
        var text: String
        var offset: Int
    }

    func canStartPlainScalar(at position: Int, flow: Bool) -> Bool {
        let first = byte(position)
        if isWhiteOrEnd(first) { return false }
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            // Indicators start a plain scalar only when a "safe" character follows (`-1`, `:x`).
            let next = byte(position + 1)
            return !isWhiteOrEnd(next) && !(flow && isFlowIndicator(next))
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
            UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
            UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
            UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    /// A plain scalar, folded over continuation lines indented more than `parentIndent`. In flow context it also
    /// ends at flow indicators.
    mutating func parsePlainScalar(parentIndent: Int, flow: Bool) throws(Diagnostic) -> Scalar {
        let start = index
        guard canStartPlainScalar(at: index, flow: flow) else {
            throw error("unexpected \(describeCurrent()), expected a value")
        }
        var end = scanPlainLine(from: start, flow: flow)
        var folded: [UInt8]?
        while isBreakOrEnd(current) && !isAtEnd {
            let savedIndex = index
            let savedLineStart = lineStart
            var breaks = 0
            var indentation = 0
            repeat {
                consumeBreak()
                breaks += 1
                while current == 0x20 { index += 1 }
                indentation = index - lineStart
                skipBlanks()
            } while isBreakOrEnd(current) && !isAtEnd
            let continues =
                !isAtEnd && !(indentation == 0 && isAtDocumentBoundaryAt(lineStart)) && indentation > parentIndent
                && current != UInt8(ascii: "#") && canContinuePlainScalar(flow: flow)
            guard continues else {
                index = savedIndex
                lineStart = savedLineStart
                break
            }
            if folded == nil { folded = Array(bytes[start..<end]) }
            if breaks == 1 {
                folded!.append(0x20)
            } else {
                folded!.append(contentsOf: repeatElement(0x0A, count: breaks - 1))
            }
            let segmentStart = index
            end = scanPlainLine(from: segmentStart, flow: flow)
            folded!.append(contentsOf: bytes[segmentStart..<end])
            if !flow && current == UInt8(ascii: ":") {
                throw error("a mapping key must be on one line; this plain scalar spans several")
            }
        }
        if let folded { return Scalar(text: try decode(folded[...], at: start), offset: start) }
        return Scalar(text: try decode(bytes[start..<end], at: start), offset: start)
    }

    private func canContinuePlainScalar(flow: Bool) -> Bool {
        if flow && isFlowIndicator(current) { return false }
        if current == UInt8(ascii: ":") {
            let next = byte(index + 1)
            if isWhiteOrEnd(next) || (flow && isFlowIndicator(next)) { return false }
        }
        return true
    }

    func isAtDocumentBoundaryAt(_ position: Int) -> Bool {
        let marker = byte(position)
        guard marker == UInt8(ascii: "-") || marker == UInt8(ascii: ".") else { return false }
        return byte(position + 1) == marker && byte(position + 2) == marker && isWhiteOrEnd(byte(position + 3))
    }

    /// Scans one line of a plain scalar, leaving the reader where it stops; returns the end of its text with
    /// trailing blanks trimmed.
    private mutating func scanPlainLine(from start: Int, flow: Bool) -> Int {
        while true {
            let byte = current
            if isBreakOrEnd(byte) { break }
            if byte == UInt8(ascii: ":") {
                let next = self.byte(index + 1)
                if isWhiteOrEnd(next) || (flow && isFlowIndicator(next)) { break }
            } else if flow && isFlowIndicator(byte) {
                break
            } else if byte == UInt8(ascii: "#") && index > start && isBlank(bytes[index - 1]) {
                break
            }
            index += 1
        }
        var end = index
        while end > start && (isBlank(bytes[end - 1])) { end -= 1 }
        return end
    }

    /// A single- or double-quoted scalar; continuation lines must be indented more than `parentIndent`.
    mutating func parseQuotedScalar(parentIndent: Int) throws(Diagnostic) -> Scalar {
        let start = index
        let quote = current
        let double = quote == UInt8(ascii: "\"")
        index += 1
        var text: [UInt8] = []
        /// Blanks up to here came from escapes, so folding must not trim them.
        var kept = 0
        var runStart = index
        while true {
            let byte = current
            if isAtEnd { throw error("unterminated quoted scalar", at: start) }
            if byte == quote {
                text.append(contentsOf: bytes[runStart..<index])
                index += 1
                if !double && current == quote {
                    text.append(quote)
                    index += 1
                    runStart = index
                    kept = text.count
                    continue
                }
                break
            }
            if double && byte == UInt8(ascii: "\\") {
                text.append(contentsOf: bytes[runStart..<index])
                try parseEscape(into: &text, parentIndent: parentIndent)
                kept = text.count
                runStart = index
            } else if byte == 0x0A || byte == 0x0D {
                text.append(contentsOf: bytes[runStart..<index])
                while text.count > kept, let last = text.last, isBlank(last) || last == 0x0D { text.removeLast() }
                let breaks = try foldQuotedLines(parentIndent: parentIndent, quoteStart: start)
                if breaks == 0 {
                    text.append(0x20)
                } else {
                    text.append(contentsOf: repeatElement(0x0A, count: breaks))
                }
                kept = text.count
                runStart = index
            } else {
                index += 1
            }
        }
        return Scalar(text: try decode(text[...], at: start), offset: start)
    }

    /// Moves past a line break inside a quoted scalar and the empty lines and indentation after it; returns the
    /// number of empty lines (each a line feed in the value; none means the break folds to a space).
    private mutating func foldQuotedLines(parentIndent: Int, quoteStart: Int) throws(Diagnostic) -> Int {
        var emptyLines = -1
        repeat {
            consumeBreak()
            emptyLines += 1
            while current == 0x20 { index += 1 }
            let indentation = index - lineStart
            skipBlanks()
            if !isBreakOrEnd(current) {
                if indentation == 0 && isAtDocumentBoundaryAt(lineStart) {
                    throw error("a document marker cannot appear inside a quoted scalar")
                }
                if indentation <= parentIndent {
                    throw error("a quoted scalar's continuation line must be indented more than its parent")
                }
            }
        } while current == 0x0A || current == 0x0D
        if isAtEnd { throw error("unterminated quoted scalar", at: quoteStart) }
        return emptyLines
    }

    private mutating func parseEscape(into text: inout [UInt8], parentIndent: Int) throws(Diagnostic) {
        let start = index
        index += 1
        let byte = current
        index += 1
        let simple: UInt8? =
            switch byte {
            case UInt8(ascii: "0"): 0x00
            case UInt8(ascii: "a"): 0x07
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "t"), 0x09: 0x09
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "v"): 0x0B
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "e"): 0x1B
            case 0x20: 0x20
            case UInt8(ascii: "\""): 0x22
            case UInt8(ascii: "/"): 0x2F
            case UInt8(ascii: "\\"): 0x5C
            default: nil
            }
        if let simple {
            text.append(simple)
            return
        }
        let scalar: UInt32
        switch byte {
        case UInt8(ascii: "N"): scalar = 0x85
        case UInt8(ascii: "_"): scalar = 0xA0
        case UInt8(ascii: "L"): scalar = 0x2028
        case UInt8(ascii: "P"): scalar = 0x2029
        case UInt8(ascii: "x"): scalar = try parseHex(digits: 2, escapeStart: start)
        case UInt8(ascii: "u"): scalar = try parseHex(digits: 4, escapeStart: start)
        case UInt8(ascii: "U"): scalar = try parseHex(digits: 8, escapeStart: start)
        case 0x0A, 0x0D:
            // An escaped line break joins the lines without a space; empty lines after it still count.
            index -= 1
            consumeBreak()
            while true {
                skipBlanks()
                guard current == 0x0A || current == 0x0D else { break }
                consumeBreak()
                text.append(0x0A)
            }
            return
        default:
            index = start
            throw error("invalid escape sequence in a double-quoted scalar")
        }
        guard let unicode = Unicode.Scalar(scalar) else {
            index = start
            throw error("escape \\U+\(String(scalar, radix: 16, uppercase: true)) is not a Unicode scalar value")
        }
        text.append(contentsOf: String(unicode).utf8)
    }

    private mutating func parseHex(digits: Int, escapeStart: Int) throws(Diagnostic) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            let byte = current
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit \(describeCurrent()) in an escape sequence")
            }
            value = value &* 16 &+ digit
            index += 1
        }
        return value
    }
}
