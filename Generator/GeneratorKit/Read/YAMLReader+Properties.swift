/// Node properties (anchors and tags), aliases and their expansion limit.
extension YAMLReader {
    /// The core schema's tags, the only ones accepted; `nonSpecific` is the bare `!`, which makes a scalar a string.
    enum CoreTag: String {
        case string = "str"
        case integer = "int"
        case float
        case boolean = "bool"
        case null
        case mapping = "map"
        case sequence = "seq"
        case nonSpecific = "!"
    }

    struct NodeProperties {
        var anchor: String?
        var tag: CoreTag?
        var tagOffset = 0
        /// Nodes read before the node these properties belong to, so an anchor knows its subtree's size.
        var mark = 0

        var isPresent: Bool { anchor != nil || tag != nil }

        func merging(_ other: NodeProperties) -> NodeProperties {
            var merged = self
            merged.anchor = other.anchor ?? anchor
            if other.tag != nil {
                merged.tag = other.tag
                merged.tagOffset = other.tagOffset
            }
            merged.mark = other.isPresent ? other.mark : mark
            return merged
        }
    }

    var nodeCount: Int { ownNodes + expandedNodes }

    /// `&anchor` and `!tag`, in either order, each followed by blanks.
    mutating func parseProperties() throws(Diagnostic) -> NodeProperties {
        var properties = NodeProperties()
        while true {
            if current == UInt8(ascii: "&") {
                guard properties.anchor == nil else { throw error("a node has two anchors") }
                index += 1
                let start = index
                while !isWhiteOrEnd(current) && !isFlowIndicator(current) { index += 1 }
                guard index > start else { throw error("an anchor needs a name") }
                properties.anchor = try decode(bytes[start..<index], at: start)
            } else if current == UInt8(ascii: "!") {
                guard properties.tag == nil else { throw error("a node has two tags") }
                properties.tagOffset = index
                properties.tag = try parseTag()
            } else {
                break
            }
            guard isWhiteOrEnd(current) || isFlowIndicator(current) else {
                throw error("expected whitespace after a node property, found \(describeCurrent())")
            }
            skipBlanks()
        }
        properties.mark = nodeCount
        return properties
    }

    private mutating func parseTag() throws(Diagnostic) -> CoreTag {
        let start = index
        index += 1
        let name: String
        if current == UInt8(ascii: "<") {
            let open = index + 1
            while !isBreakOrEnd(current) && current != UInt8(ascii: ">") { index += 1 }
            guard current == UInt8(ascii: ">") else { throw error("unterminated verbatim tag", at: start) }
            name = try decode(bytes[open..<index], at: open)
            index += 1
        } else {
            let secondary = current == UInt8(ascii: "!")
            if secondary { index += 1 }
            let suffixStart = index
            while !isWhiteOrEnd(current) && !isFlowIndicator(current) { index += 1 }
            let suffix = try decode(bytes[suffixStart..<index], at: suffixStart)
            if !secondary && suffix.isEmpty { return .nonSpecific }
            name = secondary ? "tag:yaml.org,2002:" + suffix : "!" + suffix
        }
        let corePrefix = "tag:yaml.org,2002:"
        guard name.hasPrefix(corePrefix), let tag = CoreTag(rawValue: String(name.dropFirst(corePrefix.count))),
            tag != .nonSpecific
        else {
            let spelled = String(decoding: bytes[start..<index], as: UTF8.self)
            throw error(
                "unknown tag '\(spelled)'; only the core schema's tags (!!str, !!int, !!float, !!bool, !!null, "
                    + "!!map, !!seq) are supported", at: start)
        }
        return tag
    }

    /// Checks a collection against its tag and records its anchor.
    mutating func finish(_ node: JSONNode, _ properties: NodeProperties) throws(Diagnostic) -> JSONNode {
        if let tag = properties.tag {
            switch (tag, node.value) {
            case (.mapping, .object), (.sequence, .array), (.nonSpecific, .object), (.nonSpecific, .array): break
            case (.mapping, _), (.sequence, _), (_, .object), (_, .array):
                throw error("tag !!\(tag.rawValue) does not fit a \(node.typeName)", at: properties.tagOffset)
            default: break
            }
        }
        try register(properties, node, count: nodeCount - properties.mark, isKey: false)
        return node
    }

    /// A node with no content: null, or "" when tagged `!!str`.
    mutating func finishEmpty(_ properties: NodeProperties) throws(Diagnostic) -> JSONNode {
        let node = JSONNode(try resolveScalar("", plain: true, tag: properties.tag, at: index), offset: index)
        ownNodes += 1
        return try finish(node, properties)
    }

    mutating func register(_ properties: NodeProperties, _ node: JSONNode, count: Int, isKey: Bool) throws(Diagnostic) {
        if isKey, let tag = properties.tag, tag == .mapping || tag == .sequence {
            throw error("a mapping key is a string; tag !!\(tag.rawValue) does not fit", at: properties.tagOffset)
        }
        if let anchor = properties.anchor { anchors[anchor] = Anchored(node: node, count: max(count, 1)) }
    }

    /// `*name`: the anchored node again, counted in full so that an alias bomb is refused, not followed.
    mutating func parseAlias() throws(Diagnostic) -> JSONNode {
        let start = index
        index += 1
        let nameStart = index
        while !isWhiteOrEnd(current) && !isFlowIndicator(current) { index += 1 }
        guard index > nameStart else { throw error("an alias needs a name", at: start) }
        let name = try decode(bytes[nameStart..<index], at: nameStart)
        guard let anchored = anchors[name] else { throw error("unknown alias '*\(name)'", at: start) }
        expandedNodes += anchored.count
        let limit = max(Self.maximumExpandedNodes, Self.expansionFactor * ownNodes)
        if expandedNodes > limit {
            throw error(
                "aliases expand to more than \(limit) nodes; refusing what looks like an alias bomb", at: start)
        }
        var node = anchored.node
        node.offset = start
        return node
    }

    /// A mapping key's text from a node read as a value (aliases, flow keys): scalars only.
    func keyText(of node: JSONNode, at offset: Int) throws(Diagnostic) -> String {
        switch node.value {
        case .string(let text): return text
        case .number(let literal): return literal
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array, .object: throw error("complex mapping keys (collections as keys) are not supported", at: offset)
        }
    }
}
