/// Stage 2 — Resolve: follows `$ref`s to their targets, rejecting external, dangling and circular
/// references with located errors.
///
/// An explicit service of the translator (docs/DESIGN-notes.md, "Generator stage boundaries"): Translate
/// asks it for each referenced value when it needs one, and it remembers what it resolved. Nodes are
/// identified by `NodeAddress` — file and pointer — so that references into other files (issue #12) are
/// resolved relative to the file that holds them, and a cycle through several files is found like one
/// inside a file. Today every document is one file, `document.source`, and other files are refused.
public final class ReferenceResolver {
    public let document: OpenAPIDocument
    private let schemaComponentPrefix = "#/components/schemas/"
    /// The parsed files references can lead into, by file name; the root document's only, for now.
    private let roots: [String: JSONNode]
    /// What each schema `$ref` chain led to, by the address of every node on it, so that a document
    /// using each link of a long alias chain walks the chain once, not once per use.
    private var schemaOutcomes: [NodeAddress: SchemaOutcome] = [:]

    public init(document: OpenAPIDocument) {
        self.document = document
        self.roots = [document.source.fileName: document.root]
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

    /// The node `reference` names, relative to the file that holds it (the root document's, for now).
    func address(of reference: Reference) throws(Diagnostic) -> NodeAddress {
        guard reference.target.hasPrefix("#") else {
            throw error(
                "external reference '\(reference.target)' is not supported; bundle the document into one file first",
                at: reference.origin)
        }
        guard let pointer = JSONPointer(fragment: reference.target) else {
            throw error("'\(reference.target)' is not a valid JSON pointer", at: reference.origin)
        }
        return NodeAddress(file: document.source.fileName, pointer: pointer)
    }

    /// The cursor at the node `reference` names.
    func target(of reference: Reference) throws(Diagnostic) -> NodeCursor {
        let address = try address(of: reference)
        guard let node = roots[address.file]?.node(at: address.pointer) else {
            throw error("reference '\(reference.target)' points to nothing in this document", at: reference.origin)
        }
        return NodeCursor(node: node, pointer: address.pointer, source: document.source)
    }

    /// The schema a `$ref` leads to, following chains of references (`A → B → C`); every chain is walked
    /// once and remembered.
    public func resolveSchema(_ reference: Reference) throws(Diagnostic) -> Schema {
        var chain: [(target: String, address: NodeAddress)] = []
        var positions: [NodeAddress: Int] = [:]
        var current = reference
        var currentAddress: NodeAddress?
        let outcome: SchemaOutcome
        walk: while true {
            do {
                let address = try address(of: current)
                currentAddress = address
                if let known = schemaOutcomes[address] {
                    outcome = known
                    break walk
                }
                if let position = positions[address] {
                    outcome = .circular(Array(chain[position...]))
                    break walk
                }
                positions[address] = chain.count
                chain.append((current.target, address))
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
        for link in chain { schemaOutcomes[link.address] = outcome }
        switch outcome {
        case .schema(let schema):
            return schema
        case .circular(let cycle):
            // As walked from this reference, up to the first target seen twice. A walk that ends in a
            // cycle found before goes round it from where it joins; one that joins a lead-in names it.
            let texts = chain.map(\.target)
            let message: String
            if let entry = cycle.firstIndex(where: { $0.address == currentAddress }) {
                let round = (cycle[entry...] + cycle[..<entry]).map(\.target) + [current.target]
                message = (texts + (positions[currentAddress!] != nil ? [current.target] : round))
                    .joined(separator: " → ")
            } else {
                let cycleText = (cycle.map(\.target) + [cycle[0].target]).joined(separator: " → ")
                message = "\((texts + [current.target]).joined(separator: " → ")), which leads into \(cycleText)"
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
        var inChain: Set<NodeAddress> = []
        var current = referable
        while true {
            switch current {
            case .value(let value):
                return value
            case .reference(let reference):
                guard inChain.insert(try address(of: reference)).inserted else {
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

/// A node of a parsed file: its identity across the documents of one generation.
struct NodeAddress: Hashable {
    var file: String
    var pointer: JSONPointer
}

/// Where a schema `$ref` chain ended.
enum SchemaOutcome {
    case schema(Schema)
    /// The chain runs into this cycle of targets (`[A, B]` for `A → B → A`).
    case circular([(target: String, address: NodeAddress)])
    case failure(Diagnostic)
}
