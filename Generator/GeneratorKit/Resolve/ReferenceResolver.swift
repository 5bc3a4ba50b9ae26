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
        var memo = ResolvedReferences()
        return try resolveSchema(reference, remembering: &memo)
    }

    /// `resolveSchema`, remembering the outcome for every `$ref` text on the way: a document that
    /// uses each link of a long alias chain then walks the chain once, not once per use.
    func resolveSchema(_ reference: Reference, remembering memo: inout ResolvedReferences) throws(Diagnostic)
        -> Schema
    {
        var chain: [String] = []
        var inChain: Set<String> = []
        var current = reference
        let outcome: ResolvedReferences.Outcome
        walk: while true {
            if let known = memo.outcomes[current.target] {
                outcome = known
                break walk
            }
            guard inChain.insert(current.target).inserted else {
                outcome = .circular(Array(chain[chain.firstIndex(of: current.target)!...]))
                break walk
            }
            chain.append(current.target)
            do {
                let schema = try SchemaReader.read(try target(of: current))
                guard let next = schema.reference else {
                    outcome = .schema(schema)
                    break walk
                }
                current = next
            } catch {
                outcome = .failure(error)
                break walk
            }
        }
        for target in chain { memo.outcomes[target] = outcome }
        switch outcome {
        case .schema(let schema):
            return schema
        case .circular(let cycle):
            // As walked from this reference, up to the first target seen twice. A walk that ends in a
            // cycle found before goes round it from where it joins; one that joins a lead-in names it.
            let message: String
            if let entry = cycle.firstIndex(of: current.target) {
                let round = cycle[entry...] + cycle[..<entry] + [current.target]
                message = (chain + (chain.contains(current.target) ? [current.target] : Array(round)))
                    .joined(separator: " → ")
            } else {
                let cycleText = (cycle + [cycle[0]]).joined(separator: " → ")
                message = "\((chain + [current.target]).joined(separator: " → ")), which leads into \(cycleText)"
            }
            throw error("circular reference: \(message)", at: reference.origin)
        case .failure(let diagnostic):
            throw diagnostic
        }
    }

    /// A parameter, request body, response or header, whether written in place or referenced.
    func resolve<Value>(
        _ referable: Referable<Value>, kind: String, read: (NodeCursor) throws(Diagnostic) -> Value
    ) throws(Diagnostic) -> Value {
        var seen: [String] = []
        var inChain: Set<String> = []
        var current = referable
        while true {
            switch current {
            case .value(let value):
                return value
            case .reference(let reference):
                guard inChain.insert(reference.target).inserted else {
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

/// What `ReferenceResolver.resolveSchema(_:remembering:)` learned about each `$ref` text it followed.
struct ResolvedReferences {
    enum Outcome {
        case schema(Schema)
        /// The chain runs into this cycle of targets (`[A, B]` for `A → B → A`).
        case circular([String])
        case failure(Diagnostic)
    }

    var outcomes: [String: Outcome] = [:]
}
