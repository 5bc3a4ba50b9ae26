/// A JSON node together with its pointer: typed accessors that fail with located diagnostics.
struct NodeCursor {
    let node: JSONNode
    let pointer: JSONPointer
    let source: SourceText
    /// Where the reader reports the mistakes it tolerates; shared by every cursor derived from this one.
    var leniency: ReadLeniency? = nil

    var origin: Origin { Origin(pointer: pointer, offset: node.offset, file: source.fileName) }

    func location() -> SourceLocation {
        source.location(ofOffset: node.offset, pointer: pointer)
    }

    func error(_ message: String) -> Diagnostic {
        Diagnostic.error(message, at: location())
    }

    /// The member `key`; an explicit `null` counts as absent, which tolerates documents that write
    /// `"parameters": null` for "none" (a null is never a valid value for an OpenAPI member we read).
    func child(_ key: String) -> NodeCursor? {
        guard let object = node.object, let value = object[key], !value.isNull else { return nil }
        return NodeCursor(node: value, pointer: pointer.appending(key), source: source, leniency: leniency)
    }

    func requireObject() throws(Diagnostic) -> JSONObject {
        guard let object = node.object else { throw error("expected an object, found \(node.typeName)") }
        return object
    }

    /// The members of an object as cursors, in document order.
    func members() throws(Diagnostic) -> [(key: String, cursor: NodeCursor)] {
        try requireObject().members.map {
            ($0.key, NodeCursor(node: $0.value, pointer: pointer.appending($0.key), source: source, leniency: leniency))
        }
    }

    func elements() throws(Diagnostic) -> [NodeCursor] {
        guard let items = node.array else { throw error("expected an array, found \(node.typeName)") }
        return items.enumerated().map {
            NodeCursor(node: $1, pointer: pointer.appending($0), source: source, leniency: leniency)
        }
    }

    func string(_ key: String) throws(Diagnostic) -> String? {
        guard let value = child(key) else { return nil }
        guard let text = value.node.string else {
            throw value.error("expected '\(key)' to be a string, found \(value.node.typeName)")
        }
        return text
    }

    func requiredString(_ key: String) throws(Diagnostic) -> String {
        guard let text = try string(key) else { throw error("missing required member '\(key)'") }
        return text
    }

    func bool(_ key: String) throws(Diagnostic) -> Bool? {
        guard let value = child(key) else { return nil }
        guard let flag = value.node.bool else {
            throw value.error("expected '\(key)' to be a boolean, found \(value.node.typeName)")
        }
        return flag
    }

    func stringArray(_ key: String) throws(Diagnostic) -> [String]? {
        guard let value = child(key) else { return nil }
        return try value.elements().map { (element: NodeCursor) throws(Diagnostic) -> String in
            guard let text = element.node.string else {
                throw element.error("expected a string in '\(key)', found \(element.node.typeName)")
            }
            return text
        }
    }

    /// The `x-…` members, which carry vendor data the generator may act on.
    var extensions: JSONObject {
        JSONObject(members: node.object?.members.filter { $0.key.hasPrefix("x-") } ?? [])
    }
}
