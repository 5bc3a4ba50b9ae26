/// Stage 2 — Resolve: follows `$ref`s to their targets — in the root document or in other files beside it —
/// rejecting remote, escaping, dangling and circular references with located errors.
///
/// An explicit service of the translator (docs/DESIGN-notes.md, "Generator stage boundaries"): Translate
/// asks it for each referenced value when it needs one, and it remembers what it resolved. Nodes are
/// identified by `NodeAddress` — file and pointer — so that references into other files (issue #12) are
/// resolved relative to the file that holds them, and a cycle through several files is found like one
/// inside a file. Other files are read on demand through a `DocumentLoader`, relative to the file holding
/// the `$ref`, and only inside the root document's directory.
public final class ReferenceResolver {
    public let document: OpenAPIDocument
    /// Reads the other files `$ref`s lead into; the only I/O a generation does, and none by default.
    private let loader: any DocumentLoader
    private let paths: ReferencePath
    /// The parsed files references can lead into, by file name (the root document's first).
    private var roots: [String: JSONNode]
    private var sources: [String: SourceText]
    /// Files that could not be read or parsed, so that each later `$ref` to them fails at once.
    private var unreadable: [String: LoadFailure] = [:]
    /// Every file read, the root document first, in the order first needed: all of them count for
    /// staleness (`--check`) and are what the generated code was made from.
    public private(set) var filesRead: [String]
    private var bytesRead: Int
    /// What each schema `$ref` chain led to, by the address of every node on it, so that a document
    /// using each link of a long alias chain walks the chain once, not once per use.
    private var schemaOutcomes: [NodeAddress: SchemaOutcome] = [:]

    /// Bounds on what one generation reads: a description is a handful of files; a cycle of generated
    /// names (`a1.yaml → a2.yaml → …`) cannot exist on disk, but a loader could serve one.
    static let maximumFiles = 1_000
    static let maximumBytes = 512 << 20

    public init(document: OpenAPIDocument, loader: any DocumentLoader = SingleFileDocumentLoader()) {
        self.document = document
        self.loader = loader
        self.paths = ReferencePath(rootFile: document.source.fileName)
        self.roots = [document.source.fileName: document.root]
        self.sources = [document.source.fileName: document.source]
        self.filesRead = [document.source.fileName]
        self.bytesRead = document.source.bytes.count
    }

    private var rootFile: String { document.source.fileName }

    /// The file an origin is in ("" is the root document).
    private func file(of origin: Origin) -> String {
        origin.file.isEmpty ? rootFile : origin.file
    }

    /// Whether `origin` is in a file other than the root document.
    func isInAnotherFile(_ origin: Origin) -> Bool {
        file(of: origin) != rootFile
    }

    func location(of origin: Origin) -> SourceLocation {
        (sources[file(of: origin)] ?? document.source).location(ofOffset: origin.offset, pointer: origin.pointer)
    }

    func error(_ message: String, at origin: Origin) -> Diagnostic {
        .error(message, at: location(of: origin))
    }

    /// A string naming a schema node across files, for the translator's tables: the pointer alone in the
    /// root document (as before files could be split), file and pointer elsewhere.
    func key(of origin: Origin) -> String {
        key(of: NodeAddress(file: file(of: origin), pointer: origin.pointer))
    }

    func key(of address: NodeAddress) -> String {
        address.file == rootFile ? address.pointer.description : address.file + address.pointer.description
    }

    /// The key of the node `reference` names; nil when the reference is refused (resolving it says why).
    func key(of reference: Reference) -> String? {
        (try? address(of: reference)).map { key(of: $0) }
    }

    /// Whether `reference` is a `#/…` pointer held in the root document, whose text is then its key.
    func isRootLocal(_ reference: Reference) -> Bool {
        reference.target.hasPrefix("#") && file(of: reference.origin) == rootFile
    }

    /// The component name when `reference` names `#/components/schemas/<name>` of the root document
    /// (from whichever file holds it).
    public func componentSchemaName(_ reference: Reference) -> String? {
        guard let address = try? address(of: reference), address.file == rootFile else { return nil }
        return Self.componentSchemaName(address.pointer)
    }

    private static func componentSchemaName(_ pointer: JSONPointer) -> String? {
        let tokens = pointer.tokens
        guard tokens.count == 3, tokens[0] == "components", tokens[1] == "schemas" else { return nil }
        return tokens[2]
    }

    /// The name a schema read from another file should get: its component name (`X` for
    /// `common.json#/components/schemas/X`) or, for a whole file, the file's (`pet` for `pet.yaml`); nil for
    /// the root document's schemas and for other places, which are named as references into them are.
    func externalSchemaName(_ origin: Origin) -> String? {
        let file = file(of: origin)
        guard file != rootFile else { return nil }
        if let component = Self.componentSchemaName(origin.pointer) { return component }
        return origin.pointer.tokens.isEmpty ? ReferencePath.baseName(of: file) : nil
    }

    /// The node `reference` names, relative to the file that holds it.
    func address(of reference: Reference) throws(Diagnostic) -> NodeAddress {
        let text = reference.target
        let hash = text.firstIndex(of: "#") ?? text.endIndex
        let filePart = String(text[..<hash])
        let fragment = hash == text.endIndex ? "#" : String(text[hash...])
        guard let pointer = JSONPointer(fragment: fragment) else {
            throw error("'\(text)' is not a valid JSON pointer", at: reference.origin)
        }
        let holder = file(of: reference.origin)
        guard !filePart.isEmpty else { return NodeAddress(file: holder, pointer: pointer) }
        do {
            return NodeAddress(file: try paths.file(filePart, heldIn: holder), pointer: pointer)
        } catch {
            throw self.error(Self.refusal(error, reference: text, rootDirectory: paths.prefix), at: reference.origin)
        }
    }

    private static func refusal(_ refusal: ReferencePath.Refusal, reference: String, rootDirectory: String) -> String {
        switch refusal {
        case .remote(let scheme):
            return "remote reference '\(reference)' is refused: the generator never uses the network (\(scheme)); "
                + "save the file beside the description and refer to it by a relative path"
        case .scheme(let scheme):
            return "reference '\(reference)' uses the URI scheme '\(scheme):'; only relative file paths are supported"
        case .absolute:
            return "reference '\(reference)' is an absolute path; write it relative to the file that holds it"
        case .escapesRoot:
            let directory = rootDirectory.isEmpty ? "." : String(rootDirectory.dropLast())
            return "reference '\(reference)' leaves the root document's directory ('\(directory)'); "
                + "only files inside it may be referenced"
        case .malformed:
            return "reference '\(reference)' does not name a file"
        }
    }

    /// The cursor at the node `reference` names.
    func target(of reference: Reference) throws(Diagnostic) -> NodeCursor {
        let address = try address(of: reference)
        let root = try tree(of: address.file, for: reference)
        guard let node = root.node(at: address.pointer) else {
            let place = address.file == file(of: reference.origin) ? "this document" : "'\(address.file)'"
            throw error("reference '\(reference.target)' points to nothing in \(place)", at: reference.origin)
        }
        return NodeCursor(node: node, pointer: address.pointer, source: sources[address.file]!)
    }

    /// The parsed tree of `file`, read through the loader the first time a reference needs it.
    private func tree(of file: String, for reference: Reference) throws(Diagnostic) -> JSONNode {
        if let root = roots[file] { return root }
        let failure = unreadable[file] ?? read(file)
        switch failure {
        case .none:
            return roots[file]!
        case .parse(let diagnostic):
            unreadable[file] = failure
            throw diagnostic
        case .refused(let reason):
            unreadable[file] = failure
            throw error("cannot use '\(reference.target)' ('\(file)'): \(reason)", at: reference.origin)
        }
    }

    private func read(_ file: String) -> LoadFailure {
        guard filesRead.count < Self.maximumFiles else {
            return .refused("the description spans more than \(Self.maximumFiles) files")
        }
        let bytes: [UInt8]
        do {
            bytes = try loader.load(file)
        } catch {
            return .refused(error.explanation)
        }
        guard bytesRead + bytes.count <= Self.maximumBytes else {
            return .refused("the description's files hold more than \(Self.maximumBytes >> 20) MiB")
        }
        bytesRead += bytes.count
        filesRead.append(file)
        let source = SourceText(fileName: file, bytes: bytes)
        sources[file] = source
        do {
            roots[file] = try DocumentReader.parseTree(source)
            return .none
        } catch {
            return .parse(error)
        }
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
                chain.append((linkText(current), address))
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
                let round = (cycle[entry...] + cycle[..<entry]).map(\.target) + [linkText(current)]
                message = (texts + (positions[currentAddress!] != nil ? [linkText(current)] : round))
                    .joined(separator: " → ")
            } else {
                let cycleText = (cycle.map(\.target) + [cycle[0].target]).joined(separator: " → ")
                message = "\((texts + [linkText(current)]).joined(separator: " → ")), which leads into \(cycleText)"
            }
            throw error("circular reference: \(message)", at: reference.origin)
        case .failure(let diagnostic):
            throw diagnostic
        }
    }

    /// A link of a reported chain: the `$ref` as written, and the file holding it when that is not the root.
    private func linkText(_ reference: Reference) -> String {
        let holder = file(of: reference.origin)
        return holder == rootFile ? reference.target : "\(reference.target) (in '\(holder)')"
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
                        "circular \(kind) reference: \((seen + [linkText(reference)]).joined(separator: " → "))",
                        at: reference.origin)
                }
                seen.append(linkText(reference))
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

/// Why a file could not be used; `.none` when it was read and parsed.
enum LoadFailure {
    case none
    case refused(String)
    case parse(Diagnostic)
}
