/// Literal (`|`) and folded (`>`) block scalars, with chomping and indentation indicators.
extension YAMLReader {
    private enum Chomping {
        case strip, clip, keep
    }

    /// Reads a block scalar whose header is at the reader's position; `parentIndent` is the indentation of the
    /// collection holding it (-1 at the top), so content sits at `parentIndent + indicator` or is auto-detected.
    mutating func parseBlockScalar(parentIndent: Int) throws(Diagnostic) -> Scalar {
        let start = index
        let folded = current == UInt8(ascii: ">")
        index += 1
        var chomping = Chomping.clip
        var explicitIndent: Int?
        for _ in 0..<2 {
            let indicator = current
            if (indicator == UInt8(ascii: "-") || indicator == UInt8(ascii: "+")) && chomping == .clip {
                chomping = indicator == UInt8(ascii: "-") ? .strip : .keep
            } else if (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(indicator) && explicitIndent == nil {
                explicitIndent = Int(indicator - UInt8(ascii: "0"))
            } else {
                break
            }
            index += 1
        }
        guard isWhiteOrEnd(current) else { throw error("invalid block scalar header: unexpected \(describeCurrent())") }
        skipBlanks()
        if current == UInt8(ascii: "#") {
            while !isAtEnd && current != 0x0A { index += 1 }
        }
        guard isBreakOrEnd(current) else { throw error("invalid block scalar header: unexpected \(describeCurrent())") }
        consumeBreak()
        let contentIndent: Int
        if let explicitIndent {
            contentIndent = max(parentIndent, 0) + explicitIndent
        } else {
            contentIndent = try detectBlockIndent(parentIndent: parentIndent)
        }
        var text: [UInt8] = []
        var emptyLines = 0
        var sawContent = false
        var previousMoreIndented = false
        while !isAtEnd {
            var position = index
            while position - index < contentIndent && byte(position) == 0x20 { position += 1 }
            let next = byte(position)
            let lineIsEmpty = next == 0x0A || next == 0 || (next == 0x0D && byte(position + 1) == 0x0A)
            if position - index < contentIndent && !lineIsEmpty {
                if next == 0x09 { throw error("tab characters must not be used for indentation", at: position) }
                break
            }
            if index == lineStart && contentIndent == 0 && isAtDocumentBoundaryAt(index) { break }
            if lineIsEmpty {
                // Spaces before the end of input are a last empty line, kept by `+`.
                if next == 0 && position > index { emptyLines += 1 }
                index = position
                if next == 0 { break }
                emptyLines += 1
                consumeBreak()
                continue
            }
            var lineEnd = position
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > position && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let moreIndented = next == 0x20 || next == 0x09
            if !sawContent {
                text.append(contentsOf: repeatElement(0x0A, count: emptyLines))
            } else if folded && !previousMoreIndented && !moreIndented {
                if emptyLines == 0 {
                    text.append(0x20)
                } else {
                    text.append(contentsOf: repeatElement(0x0A, count: emptyLines))
                }
            } else {
                text.append(contentsOf: repeatElement(0x0A, count: emptyLines + 1))
            }
            text.append(contentsOf: bytes[position..<contentEnd])
            sawContent = true
            previousMoreIndented = moreIndented
            emptyLines = 0
            index = lineEnd
            if !isAtEnd { consumeBreak() }
        }
        switch chomping {
        case .strip: break
        case .clip: if sawContent { text.append(0x0A) }
        case .keep: text.append(contentsOf: repeatElement(0x0A, count: emptyLines + (sawContent ? 1 : 0)))
        }
        return Scalar(text: try decode(text[...], at: start), offset: start)
    }

    /// The indentation of the first non-empty line, which must be deeper than the parent's and at least as deep
    /// as any empty line before it.
    private func detectBlockIndent(parentIndent: Int) throws(Diagnostic) -> Int {
        var position = index
        var widestEmpty = 0
        var widestEmptyOffset = index
        while position < bytes.count {
            let lineBegin = position
            while byte(position) == 0x20 { position += 1 }
            let next = byte(position)
            if next == 0x0A || (next == 0x0D && byte(position + 1) == 0x0A) {
                if position - lineBegin > widestEmpty {
                    widestEmpty = position - lineBegin
                    widestEmptyOffset = lineBegin
                }
                position += next == 0x0D ? 2 : 1
                continue
            }
            if next == 0 {
                widestEmpty = max(widestEmpty, position - lineBegin)
                break
            }
            let indent = position - lineBegin
            guard indent > parentIndent else { return parentIndent + 1 }
            if widestEmpty > indent {
                throw error(
                    "a leading empty line of this block scalar is indented more than its first content line",
                    at: widestEmptyOffset)
            }
            return indent
        }
        // Only empty lines: every one of them is trailing.
        return max(parentIndent + 1, widestEmpty + 1)
    }
}
