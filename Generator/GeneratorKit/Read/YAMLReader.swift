/// A YAML 1.2 reader for the subset API descriptions use, producing the same located `JSONNode` tree as
/// `JSONParser` (offsets are UTF-8 byte offsets of each value's first character).
///
/// Covered: block and flow collections; plain, single- and double-quoted scalars; literal and folded block
/// scalars; comments; `---`/`...` around one document; a `%YAML` directive; anchors and aliases (with a cap on
/// alias expansion); the core schema's tags. Refused with a located error: several documents, complex (`?`)
/// keys, other tags and directives, duplicate keys, tab indentation, invalid UTF-8, `.inf`/`.nan` (no JSON
/// equivalent) and nesting deeper than `maximumDepth`. Scalars resolve by the YAML 1.2 core schema; mapping keys
/// are always strings (the key's text as written, so `200:` is "200").
///
/// The reader is recursive descent over bytes with one token of lookahead per line, so time is linear in the
/// input size.
public struct YAMLReader: Sendable {
    /// Nesting deeper than this is refused: legal YAML, but it would exhaust the stack of this recursive reader
    /// and of the schema reader after it. The JSON parser's bound, so that one description nests as deep in
    /// either format (a YAML flow collection takes more stack per level than JSON: 512 overflowed it).
    public static let maximumDepth = JSONParser.maximumDepth
    /// Aliases may expand the tree to at most this many nodes, or `expansionFactor` times the document's own
    /// node count when that is larger; past it the document is an alias bomb and is refused.
    public static let maximumExpandedNodes = 1_000_000
    /// See `maximumExpandedNodes`.
    public static let expansionFactor = 10

    struct Anchored: Sendable {
        var node: JSONNode
        /// Nodes in `node`'s subtree, aliases expanded, so that every alias costs what it expands to.
        var count: Int
    }

    let source: SourceText
    let bytes: [UInt8]
    var index = 0
    /// Offset of the first byte of the line `index` is on; columns are `index - lineStart` (indentation is
    /// spaces only, so bytes and columns agree where it matters).
    var lineStart = 0
    /// Pointer tokens of the value being read, kept only so errors can name their location.
    var path: [String] = []
    var anchors: [String: Anchored] = [:]
    /// Nodes written in the document, and nodes added by expanding aliases.
    var ownNodes = 0
    var expandedNodes = 0

    init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes
    }

    /// The node tree of the one YAML document in `source`, or the first problem found, located by line:column and
    /// the JSON pointer of the value being read.
    public static func read(_ source: SourceText) throws(Diagnostic) -> JSONNode {
        var reader = YAMLReader(source: source)
        return try reader.readDocument()
    }

    mutating func readDocument() throws(Diagnostic) -> JSONNode {
        // A NUL byte is not allowed in a YAML stream; refusing it up front lets 0 stand for "end of input".
        if let nul = bytes.firstIndex(of: 0) {
            index = nul
            throw error("a NUL byte is not allowed in YAML")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
        }
        try readDirectives()
        var explicitStart = false
        if isDocumentMarker("-") {
            explicitStart = true
            index += 3
        }
        let root: JSONNode
        _ = try skipSpaceAndComments()
        if isAtEnd || isAtDocumentBoundary {
            root = JSONNode(.null, offset: index)
        } else {
            root = try parseBlockNode(parentIndent: -1, depth: 0, context: .document)
        }
        _ = try skipSpaceAndComments()
        if !isAtEnd && isDocumentMarker(".") {
            index += 3
            _ = try skipSpaceAndComments()
            if !isAtEnd { throw error("several documents in one stream are not supported") }
        }
        guard isAtEnd else {
            if isDocumentMarker("-") {
                throw error("several documents in one stream are not supported")
            }
            if explicitStart || isFirstOnLine() { throw error("unexpected \(describeCurrent()) after the document") }
            throw error("unexpected \(describeCurrent()) after a value")
        }
        return root
    }

    /// `%YAML 1.x` lines are accepted (they must be followed by `---`); other directives are refused.
    private mutating func readDirectives() throws(Diagnostic) {
        var sawDirective = false
        while true {
            _ = try skipSpaceAndComments()
            guard current == UInt8(ascii: "%"), index == lineStart else { break }
            guard matches("%YAML"), isWhite(byte(index + 5)) else {
                throw error("YAML directives other than %YAML (such as %TAG) are not supported")
            }
            if sawDirective { throw error("several %YAML directives") }
            sawDirective = true
            index += 5
            skipBlanks()
            guard current == UInt8(ascii: "1"), byte(index + 1) == UInt8(ascii: "."),
                (0x30...0x39).contains(byte(index + 2))
            else {
                throw error("unsupported YAML version; expected 1.x")
            }
            index += 2
            while (0x30...0x39).contains(current) { index += 1 }
            skipBlanks()
            if !isBreakOrEnd(current) && current != UInt8(ascii: "#") {
                throw error("unexpected \(describeCurrent()) after the %YAML directive")
            }
        }
        if sawDirective && !isDocumentMarker("-") { throw error("a directive must be followed by '---'") }
    }

    // MARK: - Block structure

    enum BlockContext {
        case document, mappingValue, sequenceEntry
    }

    /// The node after `key:`, after `- `, or at the document's top; `parentIndent` is the indentation of the
    /// collection holding it (-1 at the top).
    mutating func parseBlockNode(parentIndent: Int, depth: Int, context: BlockContext) throws(Diagnostic)
        -> JSONNode
    {
        guard depth < Self.maximumDepth else { throw error("values nested deeper than \(Self.maximumDepth) levels") }
        var separatorStart = index
        // Whether the node starts on a line of its own (block collections may), not after its key or dash.
        var ownLine = try skipSpaceAndComments() || (context == .document && isFirstOnLine())
        var properties = NodeProperties()
        /// Properties read on the node's line, which belong to a key instead when a mapping starts there.
        var lineProperties: (start: Int, before: NodeProperties)?
        while true {
            if isAtEnd || isAtDocumentBoundary { return try finishEmpty(properties) }
            if ownLine && lineProperties == nil {
                let indentless = column == parentIndent && context == .mappingValue && isSequenceEntryIndicator
                guard column > parentIndent || indentless else { return try finishEmpty(properties) }
            }
            if current == UInt8(ascii: "|") || current == UInt8(ascii: ">") {
                return try finish(try blockScalarNode(parentIndent: parentIndent, tag: properties.tag), properties)
            }
            if isSequenceEntryIndicator {
                let compact = !ownLine && context != .mappingValue && !properties.isPresent
                guard (ownLine && lineProperties == nil) || compact else {
                    throw error("a block sequence cannot start on the same line as its key or properties")
                }
                try refuseTabs(from: ownLine && lineProperties == nil ? lineStart : separatorStart)
                return try finish(try parseBlockSequence(indent: column, depth: depth), properties)
            }
            try refuseComplexKey()
            // A plain scalar is read once: if it stops at ': ' it was a key, and the mapping reads it again
            // (keys are short; values, read only once, are long).
            let contentStart = index
            var plainValue: Scalar?
            if canStartPlainScalar(at: index, flow: false) {
                let scalar = try parsePlainScalar(parentIndent: parentIndent, flow: false)
                if current == UInt8(ascii: ":") && isWhiteOrEnd(byte(index + 1)) {
                    index = contentStart
                } else {
                    plainValue = scalar
                }
            }
            if let plainValue {
                return try finish(try scalarNode(plainValue, plain: true, tag: properties.tag), properties)
            }
            if canStartPlainScalar(at: index, flow: false) || implicitKeyAhead() {
                guard ownLine || context == .sequenceEntry else {
                    throw error("a mapping cannot start on the same line as its key; put it on the next line")
                }
                try refuseTabs(from: ownLine && lineProperties == nil ? lineStart : separatorStart)
                if let lineProperties {
                    // `&a key: value` anchors the key, not the mapping: the key reads its properties again.
                    index = lineProperties.start
                    properties = lineProperties.before
                }
                return try finish(try parseBlockMapping(indent: column, depth: depth), properties)
            }
            if (current == UInt8(ascii: "&") || current == UInt8(ascii: "!")) && lineProperties == nil {
                let before = properties
                let start = index
                properties = try combine(before, try parseProperties())
                separatorStart = index
                if try skipSpaceAndComments() {
                    ownLine = true
                } else {
                    lineProperties = (start, before)
                }
                continue
            }
            return try finish(
                try parseFlowNodeInBlock(parentIndent: parentIndent, depth: depth, properties: properties), properties)
        }
    }

    /// Properties read on two lines for one node (`key: &a` then `!!map` below it).
    private func combine(_ first: NodeProperties, _ second: NodeProperties) throws(Diagnostic) -> NodeProperties {
        if first.anchor != nil && second.anchor != nil { throw error("a node has two anchors") }
        if first.tag != nil && second.tag != nil { throw error("a node has two tags") }
        return first.merging(second)
    }

    private mutating func blockScalarNode(parentIndent: Int, tag: CoreTag?) throws(Diagnostic) -> JSONNode {
        try scalarNode(try parseBlockScalar(parentIndent: parentIndent), plain: false, tag: tag)
    }

    mutating func parseBlockMapping(indent: Int, depth: Int) throws(Diagnostic) -> JSONNode {
        guard depth + 1 < Self.maximumDepth else {
            throw error("values nested deeper than \(Self.maximumDepth) levels")
        }
        let start = index
        var members: [JSONObject.Member] = []
        var keys: Set<String>?
        while true {
            let keyOffset = index
            let key = try parseBlockKey()
            guard !Self.isDuplicate(key, in: members, index: &keys) else {
                index = keyOffset
                path.append(key)
                throw error("duplicate key '\(key)'")
            }
            path.append(key)
            let value = try parseBlockNode(parentIndent: indent, depth: depth + 1, context: .mappingValue)
            path.removeLast()
            members.append(JSONObject.Member(key: key, keyOffset: keyOffset, value: value))
            guard try nextBlockEntry(indent: indent) else { break }
        }
        ownNodes += 1
        return JSONNode(.object(JSONObject(members: members)), offset: start)
    }

    mutating func parseBlockSequence(indent: Int, depth: Int) throws(Diagnostic) -> JSONNode {
        guard depth + 1 < Self.maximumDepth else {
            throw error("values nested deeper than \(Self.maximumDepth) levels")
        }
        let start = index
        var items: [JSONNode] = []
        while true {
            index += 1  // the '-'
            path.append(String(items.count))
            items.append(try parseBlockNode(parentIndent: indent, depth: depth + 1, context: .sequenceEntry))
            path.removeLast()
            guard try nextBlockEntry(indent: indent), isSequenceEntryIndicator else { break }
        }
        ownNodes += 1
        return JSONNode(.array(items), offset: start)
    }

    /// Whether `key` is already among `members`: a linear scan while the mapping is small (most are), a set once
    /// it is not, so that the check stays linear overall.
    static func isDuplicate(_ key: String, in members: [JSONObject.Member], index: inout Set<String>?) -> Bool {
        if members.count < 16 { return members.contains { $0.key == key } }
        if index == nil { index = Set(members.map(\.key)) }
        return !index!.insert(key).inserted
    }

    /// Moves to the next entry of a block collection at `indent`; false when the collection has ended.
    private mutating func nextBlockEntry(indent: Int) throws(Diagnostic) -> Bool {
        let crossed = try skipSpaceAndComments()
        if isAtEnd { return false }
        guard crossed || isFirstOnLine() else { throw error("unexpected \(describeCurrent()) after a value") }
        if isAtDocumentBoundary { return false }
        try refuseTabIndentation()
        if column < indent { return false }
        if column > indent { throw error("unexpected indentation: expected column \(indent + 1) or less") }
        return true
    }

    /// A block mapping key (`key:`, `"key":`, `&anchor key:`, `*alias :`), leaving the reader after the ':'.
    private mutating func parseBlockKey() throws(Diagnostic) -> String {
        try refuseComplexKey()
        let properties = try parseProperties()
        if properties.isPresent { skipBlanks() }
        let keyStart = index
        let key: String
        switch current {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let lineBefore = lineStart
            key = try parseQuotedScalar(parentIndent: -1).text
            if lineStart != lineBefore { throw error("an implicit key must be on one line", at: keyStart) }
        case UInt8(ascii: "*"):
            guard !properties.isPresent else { throw error("an alias cannot have an anchor or a tag") }
            key = try keyText(of: try parseAlias(), at: keyStart)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            throw error("complex mapping keys (collections as keys) are not supported")
        default:
            guard let end = plainKeyEnd() else { throw error("expected a mapping key, found \(describeCurrent())") }
            key = try decode(bytes[keyStart..<end], at: keyStart)
            try refuseMergeKey(key, at: keyStart)
            index = end
        }
        skipBlanks()
        guard current == UInt8(ascii: ":"), isWhiteOrEnd(byte(index + 1)) else {
            throw error("expected ':' after the mapping key '\(key)'")
        }
        index += 1
        if properties.isPresent {
            try register(properties, JSONNode(.string(key), offset: keyStart), count: 1, isKey: true)
        }
        return key
    }

    /// Whether the rest of the line, from the reader's position, is an implicit key followed by ':'.
    func implicitKeyAhead() -> Bool {
        var position = index
        // Properties (`&a !!str`) may precede the key.
        while byte(position) == UInt8(ascii: "&") || byte(position) == UInt8(ascii: "!") {
            while !isWhiteOrEnd(byte(position)) { position += 1 }
            while isBlank(byte(position)) { position += 1 }
        }
        let first = byte(position)
        switch first {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            position += 1
            while true {
                let byte = self.byte(position)
                if isBreakOrEnd(byte) { return false }
                if byte == first {
                    if first == UInt8(ascii: "'"), self.byte(position + 1) == first {
                        position += 2
                        continue
                    }
                    break
                }
                position += byte == UInt8(ascii: "\\") && first == UInt8(ascii: "\"") ? 2 : 1
            }
            position += 1
            while isBlank(byte(position)) { position += 1 }
            return byte(position) == UInt8(ascii: ":") && isWhiteOrEnd(byte(position + 1))
        case UInt8(ascii: "*"):
            while !isWhiteOrEnd(byte(position)) { position += 1 }
            while isBlank(byte(position)) { position += 1 }
            return byte(position) == UInt8(ascii: ":") && isWhiteOrEnd(byte(position + 1))
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return false
        default:
            return plainKeyEnd(from: position) != nil
        }
    }

    /// End (exclusive, trailing blanks trimmed) of a plain implicit key starting at `start`, when the line holds
    /// `key:` followed by whitespace; nil when it is not a key.
    func plainKeyEnd(from start: Int? = nil) -> Int? {
        let start = start ?? index
        guard canStartPlainScalar(at: start, flow: false) else { return nil }
        var position = start
        while true {
            let byte = self.byte(position)
            if isBreakOrEnd(byte) { return nil }
            if byte == UInt8(ascii: ":") && isWhiteOrEnd(self.byte(position + 1)) {
                var end = position
                while end > start && isBlank(self.byte(end - 1)) { end -= 1 }
                return end
            }
            if byte == UInt8(ascii: "#") && position > start && isBlank(self.byte(position - 1)) { return nil }
            position += 1
        }
    }

    /// `<<: *base` merges mappings in YAML 1.1 but is an ordinary key in 1.2; read as a key it would silently
    /// drop the merged members from the description, so a plain `<<` is refused (a quoted "<<" is a key).
    func refuseMergeKey(_ key: String, at offset: Int) throws(Diagnostic) {
        if key == "<<" {
            throw error(
                "merge keys ('<<') are YAML 1.1, not 1.2; write the members out, or use allOf in a schema",
                at: offset)
        }
    }

    private mutating func refuseComplexKey() throws(Diagnostic) {
        if current == UInt8(ascii: "?") && isWhiteOrEnd(byte(index + 1)) {
            throw error("complex mapping keys ('? ') are not supported")
        }
    }

    mutating func refuseTabIndentation() throws(Diagnostic) {
        try refuseTabs(from: lineStart)
    }

    /// Tabs may separate tokens but not indent a block collection.
    func refuseTabs(from start: Int) throws(Diagnostic) {
        if start < index && bytes[start..<index].contains(UInt8(ascii: "\t")) {
            throw error("tab characters must not be used for indentation")
        }
    }

    // MARK: - Lexical helpers

    var isAtEnd: Bool { index >= bytes.count }
    var current: UInt8 { byte(index) }
    var column: Int { index - lineStart }

    /// The byte at `position`, or 0 past the end (the input has no NUL, so 0 means the end).
    @inline(__always) func byte(_ position: Int) -> UInt8 {
        position < bytes.count ? bytes[position] : 0
    }

    @inline(__always) func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    @inline(__always) func isBreakOrEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D || byte == 0 }
    @inline(__always) func isWhite(_ byte: UInt8) -> Bool { isBlank(byte) || byte == 0x0A || byte == 0x0D }
    @inline(__always) func isWhiteOrEnd(_ byte: UInt8) -> Bool { isWhite(byte) || byte == 0 }
    @inline(__always) func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    var isSequenceEntryIndicator: Bool { current == UInt8(ascii: "-") && isWhiteOrEnd(byte(index + 1)) }

    /// `---` or `...` at the start of a line, followed by whitespace or the end.
    func isDocumentMarker(_ character: Unicode.Scalar) -> Bool {
        let marker = UInt8(ascii: character)
        return index == lineStart && byte(index) == marker && byte(index + 1) == marker && byte(index + 2) == marker
            && isWhiteOrEnd(byte(index + 3))
    }

    var isAtDocumentBoundary: Bool { isDocumentMarker("-") || isDocumentMarker(".") }

    func matches(_ text: String) -> Bool {
        var position = index
        for unit in text.utf8 {
            guard byte(position) == unit else { return false }
            position += 1
        }
        return true
    }

    /// Whether only blanks precede the reader's position on its line.
    func isFirstOnLine() -> Bool {
        var position = index
        while position > lineStart {
            position -= 1
            if !isBlank(bytes[position]) { return false }
        }
        return true
    }

    mutating func skipBlanks() {
        while isBlank(current) { index += 1 }
    }

    /// Skips blanks, comments and line breaks; true when at least one line break was crossed.
    mutating func skipSpaceAndComments() throws(Diagnostic) -> Bool {
        var crossed = false
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                lineStart = index
                crossed = true
            case UInt8(ascii: "#"):
                // A comment needs whitespace before it; `a#b` is content.
                guard index == lineStart || isWhite(bytes[index - 1]) else { return crossed }
                while index < bytes.count && bytes[index] != 0x0A { index += 1 }
            default:
                return crossed
            }
        }
        return crossed
    }

    /// Moves past a line break (CRLF or LF) at the reader's position.
    mutating func consumeBreak() {
        if current == 0x0D { index += 1 }
        if current == 0x0A { index += 1 }
        lineStart = index
    }

    func decode(_ slice: ArraySlice<UInt8>, at offset: Int) throws(Diagnostic) -> String {
        // Validating decode: `String(decoding:)` would silently replace bad bytes with U+FFFD.
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw error("invalid UTF-8 in a string", at: offset)
        }
        return text
    }

    func describeCurrent() -> String {
        guard !isAtEnd else { return "end of input" }
        let byte = current
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0x09 { return "a tab" }
        if byte == 0x0A || byte == 0x0D { return "end of line" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    func error(_ message: String, at offset: Int? = nil) -> Diagnostic {
        Diagnostic.error(
            "malformed YAML: \(message)",
            at: source.location(ofOffset: offset ?? index, pointer: JSONPointer(tokens: path)))
    }
}
