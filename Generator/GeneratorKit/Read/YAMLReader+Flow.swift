/// Flow collections (`[a, b]`, `{a: b}`) and the flow nodes that also appear in block context.
extension YAMLReader {
    /// A node on the line of its key or dash in block context: a flow collection, quoted or plain scalar, or
    /// alias. `parentIndent` bounds the indentation of its continuation lines.
    mutating func parseFlowNodeInBlock(parentIndent: Int, depth: Int, properties: NodeProperties) throws(Diagnostic)
        -> JSONNode
    {
        let tag = properties.tag
        let node: JSONNode
        switch current {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            node = try parseFlowCollection(blockIndent: parentIndent, depth: depth)
            skipBlanks()
            if current == UInt8(ascii: ":") && isWhiteOrEnd(byte(index + 1)) {
                throw error("complex mapping keys (collections as keys) are not supported", at: node.offset)
            }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            node = try scalarNode(try parseQuotedScalar(parentIndent: parentIndent), plain: false, tag: tag)
            skipBlanks()
            if current == UInt8(ascii: ":") && isWhiteOrEnd(byte(index + 1)) {
                throw error("an implicit mapping key must be on one line", at: node.offset)
            }
        case UInt8(ascii: "*"):
            guard !properties.isPresent else { throw error("an alias cannot have an anchor or a tag") }
            node = try parseAlias()
        default:
            node = try scalarNode(try parsePlainScalar(parentIndent: parentIndent, flow: false), plain: true, tag: tag)
        }
        return node
    }

    /// A node inside a flow collection, with its properties.
    mutating func parseFlowNode(blockIndent: Int, depth: Int) throws(Diagnostic) -> (node: JSONNode, text: String?) {
        let properties = try parseProperties()
        if properties.isPresent { try skipFlowSpace(blockIndent: blockIndent) }
        let node: JSONNode
        var key: String?
        switch current {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            node = try parseFlowCollection(blockIndent: blockIndent, depth: depth)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let scalar = try parseQuotedScalar(parentIndent: blockIndent)
            key = scalar.text
            node = try scalarNode(scalar, plain: false, tag: properties.tag)
        case UInt8(ascii: "*"):
            guard !properties.isPresent else { throw error("an alias cannot have an anchor or a tag") }
            node = try parseAlias()
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
            guard properties.isPresent else { throw error("unexpected \(describeCurrent()), expected a value") }
            return (try finishEmpty(properties), nil)
        default:
            let scalar = try parsePlainScalar(parentIndent: blockIndent, flow: true)
            key = scalar.text
            node = try scalarNode(scalar, plain: true, tag: properties.tag)
        }
        return (try finish(node, properties), key)
    }

    mutating func parseFlowCollection(blockIndent: Int, depth: Int) throws(Diagnostic) -> JSONNode {
        guard depth + 1 < Self.maximumDepth else {
            throw error("values nested deeper than \(Self.maximumDepth) levels")
        }
        let start = index
        let isMapping = current == UInt8(ascii: "{")
        let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        index += 1
        var items: [JSONNode] = []
        var members: [JSONObject.Member] = []
        var keys: Set<String>?
        while true {
            try skipFlowSpace(blockIndent: blockIndent)
            if current == close {
                index += 1
                break
            }
            if isAtEnd { throw error("unterminated flow \(isMapping ? "mapping" : "sequence")", at: start) }
            if current == UInt8(ascii: ",") { throw error("unexpected ',' in a flow collection") }
            if current == UInt8(ascii: "?") && (isWhiteOrEnd(byte(index + 1)) || isFlowIndicator(byte(index + 1))) {
                throw error("complex mapping keys ('? ') are not supported")
            }
            if isMapping {
                let member = try parseFlowMember(blockIndent: blockIndent, depth: depth + 1)
                guard !Self.isDuplicate(member.key, in: members, index: &keys) else {
                    index = member.keyOffset
                    path.append(member.key)
                    throw error("duplicate key '\(member.key)'")
                }
                members.append(member)
            } else {
                path.append(String(items.count))
                items.append(try parseFlowSequenceEntry(blockIndent: blockIndent, depth: depth + 1))
                path.removeLast()
            }
            try skipFlowSpace(blockIndent: blockIndent)
            if current == UInt8(ascii: ",") {
                index += 1
            } else if current != close {
                if isAtEnd { throw error("unterminated flow \(isMapping ? "mapping" : "sequence")", at: start) }
                throw error("expected ',' or '\(Character(Unicode.Scalar(close)))', found \(describeCurrent())")
            }
        }
        ownNodes += 1
        if isMapping { return JSONNode(.object(JSONObject(members: members)), offset: start) }
        return JSONNode(.array(items), offset: start)
    }

    /// `key: value`, `key:` or `key` in a flow mapping.
    private mutating func parseFlowMember(blockIndent: Int, depth: Int) throws(Diagnostic) -> JSONObject.Member {
        let keyOffset = index
        let quoted = current == UInt8(ascii: "\"") || current == UInt8(ascii: "'")
        if current == UInt8(ascii: ":") && (isWhiteOrEnd(byte(index + 1)) || isFlowIndicator(byte(index + 1))) {
            throw error("a mapping key is missing")
        }
        let (keyNode, text) = try parseFlowNode(blockIndent: blockIndent, depth: depth)
        let key = try flowKey(text, keyNode, at: keyOffset)
        if !quoted { try refuseMergeKey(key, at: keyOffset) }
        try skipFlowSpace(blockIndent: blockIndent)
        path.append(key)
        defer { path.removeLast() }
        var value = JSONNode(.null, offset: index)
        if current == UInt8(ascii: ":") && (quoted || isWhiteOrEnd(byte(index + 1)) || isFlowIndicator(byte(index + 1)))
        {
            index += 1
            try skipFlowSpace(blockIndent: blockIndent)
            value = try parseFlowValue(blockIndent: blockIndent, depth: depth)
        } else {
            ownNodes += 1
        }
        return JSONObject.Member(key: key, keyOffset: keyOffset, value: value)
    }

    /// An entry of a flow sequence: a node, or a single-pair mapping `key: value` written on one line.
    private mutating func parseFlowSequenceEntry(blockIndent: Int, depth: Int) throws(Diagnostic) -> JSONNode {
        let entryOffset = index
        let lineBefore = lineStart
        let quoted = current == UInt8(ascii: "\"") || current == UInt8(ascii: "'")
        if current == UInt8(ascii: ":") && (isWhiteOrEnd(byte(index + 1)) || isFlowIndicator(byte(index + 1))) {
            throw error("a mapping key is missing")
        }
        let (node, text) = try parseFlowNode(blockIndent: blockIndent, depth: depth)
        skipBlanks()
        let next = byte(index + 1)
        guard current == UInt8(ascii: ":"), quoted || isWhiteOrEnd(next) || isFlowIndicator(next) else { return node }
        let key = try flowKey(text, node, at: entryOffset)
        if !quoted { try refuseMergeKey(key, at: entryOffset) }
        if lineStart != lineBefore { throw error("an implicit mapping key must be on one line", at: entryOffset) }
        index += 1
        try skipFlowSpace(blockIndent: blockIndent)
        path.append(key)
        let value = try parseFlowValue(blockIndent: blockIndent, depth: depth + 1)
        path.removeLast()
        ownNodes += 1
        let member = JSONObject.Member(key: key, keyOffset: entryOffset, value: value)
        return JSONNode(.object(JSONObject(members: [member])), offset: entryOffset)
    }

    /// A flow key's text: the scalar as written, or an alias's scalar.
    private func flowKey(_ text: String?, _ node: JSONNode, at offset: Int) throws(Diagnostic) -> String {
        if let text { return text }
        return try keyText(of: node, at: offset)
    }

    /// The value after `key:` in flow context; empty (null) before `,` or the closing bracket.
    private mutating func parseFlowValue(blockIndent: Int, depth: Int) throws(Diagnostic) -> JSONNode {
        if current == UInt8(ascii: ",") || current == UInt8(ascii: "]") || current == UInt8(ascii: "}") {
            ownNodes += 1
            return JSONNode(.null, offset: index)
        }
        return try parseFlowNode(blockIndent: blockIndent, depth: depth).node
    }

    /// Skips whitespace, comments and line breaks inside a flow collection; lines must stay indented more than
    /// the block collection holding it, and a document marker cannot appear.
    mutating func skipFlowSpace(blockIndent: Int) throws(Diagnostic) {
        guard try skipSpaceAndComments(), !isAtEnd else { return }
        if isAtDocumentBoundary { throw error("a document marker cannot appear inside a flow collection") }
        var indentation = lineStart
        while byte(indentation) == 0x20 { indentation += 1 }
        if indentation - lineStart <= blockIndent {
            throw error("a flow collection's lines must be indented more than the block collection holding it")
        }
    }
}
