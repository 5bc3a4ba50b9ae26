/// Stage 1 — Read: JSON or YAML bytes → `OpenAPIDocument`, with located errors for anything malformed.
public enum DocumentReader {
    static let httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    public static func read(_ source: SourceText) throws(Diagnostic) -> OpenAPIDocument {
        let root = try parseTree(source)
        var cursor = NodeCursor(node: root, pointer: .root, source: source)
        guard root.object != nil else {
            throw cursor.error("an OpenAPI document must be a JSON object, found \(root.typeName)")
        }
        guard let version = try cursor.string("openapi") else {
            if cursor.child("swagger") != nil {
                throw cursor.error("Swagger 2.0 documents are not supported; convert to OpenAPI 3 first")
            }
            throw cursor.error("missing 'openapi' version member; is this an OpenAPI 3 document?")
        }
        let parts = version.split(separator: ".")
        guard parts.count >= 2, parts[0] == "3", parts[1] == "0" || parts[1] == "1" else {
            throw cursor.child("openapi")!.error("unsupported OpenAPI version \(version); expected 3.0.x or 3.1.x")
        }
        guard let info = cursor.child("info") else { throw cursor.error("missing required member 'info'") }
        _ = try info.requireObject()
        let leniency = ReadLeniency(openAPIVersion: version)
        cursor.leniency = leniency
        leniency.checkURLs(in: cursor)
        var document = OpenAPIDocument(
            source: source,
            root: root,
            openAPIVersion: version,
            title: try info.string("title") ?? "",
            version: try info.string("version") ?? "",
            description: try info.string("description"),
            tags: try cursor.child("tags").map(readTags) ?? [],
            paths: try cursor.child("paths").map(readPaths) ?? [],
            components: try cursor.child("components").map(readComponents) ?? Components()
        )
        document.readWarnings = leniency.warnings
        return document
    }

    /// The document's node tree. The format is chosen by content, not by file name: a document whose first
    /// byte after whitespace (and a byte order mark) is `{` or `[` is JSON; anything else is YAML. JSON is YAML
    /// too, but the JSON parser is faster and its messages speak of JSON. (A block-style YAML document cannot
    /// start with either: they open flow collections, whose JSON reading is the same.)
    public static func parseTree(_ source: SourceText) throws(Diagnostic) -> JSONNode {
        let bytes = source.bytes
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[") {
            return try JSONParser.parse(source)
        }
        return try YAMLReader.read(source)
    }

    static func readTags(_ cursor: NodeCursor) throws(Diagnostic) -> [Tag] {
        try cursor.elements().map { (tag: NodeCursor) throws(Diagnostic) -> Tag in
            tag.leniency?.checkURLs(in: tag)
            return Tag(name: try tag.requiredString("name"), description: try tag.string("description"))
        }
    }

    static func readPaths(_ cursor: NodeCursor) throws(Diagnostic) -> [PathItem] {
        var items: [PathItem] = []
        for (path, item) in try cursor.members() where !path.hasPrefix("x-") {
            guard path.hasPrefix("/") else { throw item.error("path '\(path)' must start with '/'") }
            if item.child("$ref") != nil { throw item.error("path item '$ref' is not supported; inline the path item") }
            item.leniency?.checkURLs(in: item)
            var operations: [Operation] = []
            for (key, value) in try item.members() where httpMethods.contains(key) {
                operations.append(try readOperation(value, method: key))
            }
            items.append(
                PathItem(
                    path: path, parameters: try readParameterList(item.child("parameters")), operations: operations,
                    origin: item.origin))
        }
        return items
    }

    static func readOperation(_ cursor: NodeCursor, method: String) throws(Diagnostic) -> Operation {
        _ = try cursor.requireObject()
        cursor.leniency?.checkURLs(in: cursor)
        var responses: [(String, Referable<Response>)] = []
        if let responsesCursor = cursor.child("responses") {
            for (status, value) in try responsesCursor.members() where !status.hasPrefix("x-") {
                responses.append((status, try readReferable(value, readResponse)))
            }
        }
        return Operation(
            method: method,
            operationID: try cursor.string("operationId"),
            summary: try cursor.string("summary"),
            description: try cursor.string("description"),
            tags: try cursor.stringArray("tags") ?? [],
            deprecated: try cursor.bool("deprecated") ?? false,
            parameters: try readParameterList(cursor.child("parameters")),
            requestBody: try cursor.child("requestBody").map { (body: NodeCursor) throws(Diagnostic) in
                try readReferable(body, readRequestBody)
            },
            responses: responses,
            extensions: cursor.extensions,
            origin: cursor.origin
        )
    }

    static func readParameterList(_ cursor: NodeCursor?) throws(Diagnostic) -> [Referable<Parameter>] {
        guard let cursor else { return [] }
        return try cursor.elements().map { (element: NodeCursor) throws(Diagnostic) in
            try readReferable(element, readParameter)
        }
    }

    static func readReferable<Value>(
        _ cursor: NodeCursor, _ read: (NodeCursor) throws(Diagnostic) -> Value
    ) throws(Diagnostic) -> Referable<Value> {
        if let target = try cursor.string("$ref") {
            return .reference(Reference(target: target, origin: cursor.origin))
        }
        return .value(try read(cursor))
    }

    static func readParameter(_ cursor: NodeCursor) throws(Diagnostic) -> Parameter {
        let name = try cursor.requiredString("name")
        let locationText = try cursor.requiredString("in")
        guard let location = Parameter.Location(rawValue: locationText) else {
            throw cursor.child("in")!.error(
                "unknown parameter location '\(locationText)'; expected path, query, header or cookie")
        }
        var schema = try cursor.child("schema").map(SchemaReader.read)
        var contentMediaType: String?
        if schema == nil, let content = cursor.child("content") {
            // `content` instead of `schema`: the value is serialised as that media type (usually JSON).
            let first = try readContent(content).first
            schema = first?.schema
            contentMediaType = first?.mediaType
        }
        return Parameter(
            name: name,
            location: location,
            description: try cursor.string("description"),
            required: try cursor.bool("required") ?? false,
            deprecated: try cursor.bool("deprecated") ?? false,
            schema: schema,
            style: try cursor.string("style"),
            explode: try cursor.bool("explode"),
            contentMediaType: contentMediaType,
            extensions: cursor.extensions,
            origin: cursor.origin
        )
    }

    static func readRequestBody(_ cursor: NodeCursor) throws(Diagnostic) -> RequestBody {
        RequestBody(
            description: try cursor.string("description"),
            required: try cursor.bool("required") ?? false,
            content: try cursor.child("content").map(readContent) ?? [],
            origin: cursor.origin
        )
    }

    static func readResponse(_ cursor: NodeCursor) throws(Diagnostic) -> Response {
        var headers: [(String, Referable<Header>)] = []
        if let headersCursor = cursor.child("headers") {
            for (name, value) in try headersCursor.members() {
                headers.append((name, try readReferable(value, readHeader)))
            }
        }
        return Response(
            description: try cursor.string("description"),
            content: try cursor.child("content").map(readContent) ?? [],
            headers: headers,
            extensions: cursor.extensions,
            origin: cursor.origin
        )
    }

    static func readHeader(_ cursor: NodeCursor) throws(Diagnostic) -> Header {
        Header(
            description: try cursor.string("description"),
            required: try cursor.bool("required") ?? false,
            schema: try cursor.child("schema").map(SchemaReader.read),
            origin: cursor.origin
        )
    }

    static func readContent(_ cursor: NodeCursor) throws(Diagnostic) -> [MediaTypeContent] {
        try cursor.members().map { (mediaType: String, value: NodeCursor) throws(Diagnostic) in
            MediaTypeContent(
                mediaType: mediaType, schema: try value.child("schema").map(SchemaReader.read), origin: value.origin)
        }
    }

    static func readComponents(_ cursor: NodeCursor) throws(Diagnostic) -> Components {
        var components = Components()
        if let schemas = cursor.child("schemas") {
            components.schemas = try schemas.members().map { (name: String, value: NodeCursor) throws(Diagnostic) in
                (name, try SchemaReader.read(value))
            }
        }
        if let parameters = cursor.child("parameters") {
            components.parameters = try parameters.members().map {
                (name: String, value: NodeCursor) throws(Diagnostic) in
                (name, try readReferable(value, readParameter))
            }
        }
        if let bodies = cursor.child("requestBodies") {
            components.requestBodies = try bodies.members().map {
                (name: String, value: NodeCursor) throws(Diagnostic) in
                (name, try readReferable(value, readRequestBody))
            }
        }
        if let responses = cursor.child("responses") {
            components.responses = try responses.members().map { (name: String, value: NodeCursor) throws(Diagnostic) in
                (name, try readReferable(value, readResponse))
            }
        }
        if let headers = cursor.child("headers") {
            components.headers = try headers.members().map { (name: String, value: NodeCursor) throws(Diagnostic) in
                (name, try readReferable(value, readHeader))
            }
        }
        return components
    }
}
