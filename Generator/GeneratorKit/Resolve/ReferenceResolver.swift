/// Stage 2 — Resolve: follows `$ref`s to their targets anywhere in the document, rejecting
/// external, dangling and circular references with located errors.
public struct ReferenceResolver: Sendable {
    public let document: OpenAPIDocument
    private let schemaComponentPrefix = "#/components/schemas/"

    public init(document: OpenAPIDocument) {
        self.document = document
    }

    func location(of origin: Origin) -> SourceLocation {
        document.source.location(ofOffset: origin.offset, pointer: origin.pointer)
    }

    func error(_ message: String, at origin: Origin) -> Diagnostic {
        .error(message, at: location(of: origin))
    }

    /// The component name when `reference` is `#/components/schemas/<name>`.
    public func componentSchemaName(_ reference: Reference) -> String? {
        guard reference.target.hasPrefix(schemaComponentPrefix),
            let pointer = JSONPointer(fragment: reference.target), pointer.tokens.count == 3
        else { return nil }
        return pointer.tokens[2]
    }

    /// The cursor a local reference points to.
    func target(of reference: Reference) throws(Diagnostic) -> NodeCursor {
        guard reference.target.hasPrefix("#") else {
            throw error(
                "external reference '\(reference.target)' is not supported; bundle the document into one file first",
                at: reference.origin)
        }
        guard let pointer = JSONPointer(fragment: reference.target) else {
            throw error("'\(reference.target)' is not a valid JSON pointer", at: reference.origin)
        }
        guard let node = document.root.node(at: pointer) else {
            throw error("reference '\(reference.target)' points to nothing in this document", at: reference.origin)
        }
        return NodeCursor(node: node, pointer: pointer, source: document.source)
    }

    /// The schema a `$ref` leads to, following chains of references (`A → B → C`).
    public func resolveSchema(_ reference: Reference) throws(Diagnostic) -> Schema {
        var seen: [String] = []
        var current = reference
        while true {
            guard !seen.contains(current.target) else {
                throw error(
                    "circular reference: \((seen + [current.target]).joined(separator: " → "))", at: reference.origin)
            }
            seen.append(current.target)
            let schema = try SchemaReader.read(try target(of: current))
            guard let next = schema.reference else { return schema }
            current = next
        }
    }

    /// A parameter, request body, response or header, whether written in place or referenced.
    func resolve<Value>(
        _ referable: Referable<Value>, kind: String, read: (NodeCursor) throws(Diagnostic) -> Value
    ) throws(Diagnostic) -> Value {
        var seen: [String] = []
        var current = referable
        while true {
            switch current {
            case .value(let value):
                return value
            case .reference(let reference):
                guard !seen.contains(reference.target) else {
                    throw error(
                        "circular \(kind) reference: \((seen + [reference.target]).joined(separator: " → "))",
                        at: reference.origin)
                }
                seen.append(reference.target)
                current = try DocumentReader.readReferable(try target(of: reference), read)
            }
        }
    }

    public func parameter(_ referable: Referable<Parameter>) throws(Diagnostic) -> Parameter {
        try resolve(referable, kind: "parameter", read: DocumentReader.readParameter)
    }

    public func requestBody(_ referable: Referable<RequestBody>) throws(Diagnostic) -> RequestBody {
        try resolve(referable, kind: "request body", read: DocumentReader.readRequestBody)
    }

    public func response(_ referable: Referable<Response>) throws(Diagnostic) -> Response {
        try resolve(referable, kind: "response", read: DocumentReader.readResponse)
    }

    public func header(_ referable: Referable<Header>) throws(Diagnostic) -> Header {
        try resolve(referable, kind: "header", read: DocumentReader.readHeader)
    }
}
