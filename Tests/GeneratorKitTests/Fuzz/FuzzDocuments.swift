import Foundation

/// Hostile OpenAPI documents for the fuzz run, each made from a seed alone so that any one can be made again.
///
/// The shapes are the classes an adversarial review found (issue #13): deep chains through every kind of
/// reference, wide fan-out onto one Swift name, names the generated code or Swift itself owns, Unicode that is
/// alphabetic but not an identifier, control characters in text, large escaped strings, deep raw nesting, and
/// mutations of the real documents vendored in `Tests/Corpus`.
struct FuzzDocument {
    enum Shape: String, CaseIterable {
        case corpusMutation, referenceChain, fanOut, hostileNames, hostileText, rawNesting, caseTwins
    }

    var shape: Shape
    var bytes: [UInt8]
    /// A short description for failure messages, such as `referenceChain allOf depth 4096`.
    var summary: String
}

/// Makes the documents; `index` picks the shape round-robin and the seed drives everything else.
struct FuzzDocumentFactory {
    /// The vendored corpus documents, parsed once.
    let corpus: [(name: String, data: Data, tree: Any)]
    /// The largest size (chain depth, member count) a document may have: the full run goes to 12,000.
    let maximumSize: Int

    func document(seed: UInt64, index: Int) -> FuzzDocument {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        let shape = FuzzDocument.Shape.allCases[index % FuzzDocument.Shape.allCases.count]
        switch shape {
        case .corpusMutation:
            let source = corpus[Int.random(in: 0..<corpus.count, using: &random)]
            let mutation = Mutation.allCases[Int.random(in: 0..<Mutation.allCases.count, using: &random)]
            return FuzzDocument(
                shape: shape, bytes: mutation.apply(to: source.data, tree: source.tree, random: &random),
                summary: "\(shape) \(mutation) of \(source.name)")
        case .referenceChain:
            let kind = ChainKind.allCases[Int.random(in: 0..<ChainKind.allCases.count, using: &random)]
            let depth = size(&random)
            return FuzzDocument(
                shape: shape, bytes: Array(kind.document(depth: depth).utf8), summary: "\(shape) \(kind) depth \(depth)"
            )
        case .fanOut:
            let kind = FanOutKind.allCases[Int.random(in: 0..<FanOutKind.allCases.count, using: &random)]
            let count = size(&random)
            return FuzzDocument(
                shape: shape, bytes: Array(kind.document(count: count).utf8), summary: "\(shape) \(kind) \(count)")
        case .hostileNames:
            let count = Int.random(in: 1...40, using: &random)
            // Distinct, so that only the deliberate duplicate key below (now and then) makes a refusal.
            var seen: Set<String> = []
            let names = (0..<count).map { _ in HostileText.name(&random) }.filter { seen.insert($0).inserted }
            return FuzzDocument(
                shape: shape, bytes: Array(HostileText.namesDocument(names, random: &random).utf8),
                summary: "\(shape) \(names.map { $0.debugDescription }.joined(separator: ", ").prefix(200))")
        case .hostileText:
            let length = size(&random) * 64
            return FuzzDocument(
                shape: shape, bytes: Array(HostileText.textDocument(length: length, random: &random).utf8),
                summary: "\(shape) \(length) characters")
        case .rawNesting:
            let depth = size(&random) * 8
            let open = Bool.random(using: &random) ? "[" : #"{"a":"#
            let close = open == "[" ? "]" : "}"
            let text = UnitSupport.schemas(
                #""Deep": {"type": "object", "x-nested": "# + String(repeating: open, count: depth) + "1"
                    + String(repeating: close, count: depth) + "}")
            return FuzzDocument(shape: shape, bytes: Array(text.utf8), summary: "\(shape) \(open) depth \(depth)")
        case .caseTwins:
            let count = Int.random(in: 2...30, using: &random)
            return FuzzDocument(
                shape: shape, bytes: Array(HostileText.caseTwinsDocument(count: count, random: &random).utf8),
                summary: "\(shape) \(count)")
        }
    }

    /// Sizes spread evenly on a log scale from 1 to `maximumSize`, so small and huge both occur often.
    private func size(_ random: inout SplitMix64) -> Int {
        let exponent = Double.random(in: 0...log2(Double(max(maximumSize, 2))), using: &random)
        return max(1, min(maximumSize, Int(pow(2, exponent))))
    }
}

/// Chains of `depth` schemas, each reaching the next through one kind of reference.
enum ChainKind: String, CaseIterable {
    case alias, allOf, properties, items, additionalProperties, oneOf, intoProperty

    func document(depth: Int) -> String {
        var schemas: [String] = []
        schemas.reserveCapacity(depth + 1)
        for index in 0..<depth {
            let next = ##"{"$ref": "#/components/schemas/S\##(index + 1)"}"##
            let body: String =
                switch self {
                case .alias: next
                case .allOf:
                    #"{"allOf": [\#(next), {"type": "object", "properties": {"p\#(index)": {"type": "string"}}}]}"#
                case .properties: #"{"type": "object", "properties": {"next": \#(next)}}"#
                case .items: #"{"type": "array", "items": \#(next)}"#
                case .additionalProperties: #"{"type": "object", "additionalProperties": \#(next)}"#
                case .oneOf: #"{"oneOf": [\#(next), {"type": "string"}]}"#
                case .intoProperty:
                    ##"{"type": "object", "properties": {"x": {"$ref": "#/components/schemas/S\##(index + 1)/properties/x"}}}"##
                }
            schemas.append(#""S\#(index)": \#(body)"#)
        }
        schemas.append(#""S\#(depth)": {"type": "object", "properties": {"x": {"type": "integer"}}}"#)
        return UnitSupport.schemas(
            schemas.joined(separator: ", "),
            extra:
                ##""paths": {"/s": {"get": {"operationId": "getS", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/S0"}}}}}}}}"##
        )
    }
}

/// `count` things that all map to one Swift name.
enum FanOutKind: String, CaseIterable {
    case enumValues, propertyNames, schemaNames, operationIDs

    func document(count: Int) -> String {
        // Spellings that differ only in case and punctuation, so the namer folds them together.
        func spelling(_ index: Int) -> String {
            ["same_name", "SameName", "same-name", "SAME_NAME", "same name", "sameName"][index % 6]
                + String(repeating: "_", count: index / 6)
        }
        switch self {
        case .enumValues:
            let values = (0..<count).map { #""\#(spelling($0))""# }.joined(separator: ", ")
            return UnitSupport.schemas(#""E": {"type": "string", "enum": [\#(values)]}"#)
        case .propertyNames:
            let members = (0..<count).map { #""\#(spelling($0))": {"type": "string"}"# }.joined(separator: ", ")
            return UnitSupport.schemas(#""P": {"type": "object", "properties": {\#(members)}}"#)
        case .schemaNames:
            return UnitSupport.schemas(
                (0..<count).map { #""\#(spelling($0))": {"type": "string"}"# }.joined(separator: ", "))
        case .operationIDs:
            let paths = (0..<count).map {
                #""/p\#($0)": {"get": {"operationId": "\#(spelling($0))", "responses": {"204": {"description": "none"}}}}"#
            }
            return UnitSupport.document(#""paths": {\#(paths.joined(separator: ", "))}"#)
        }
    }
}

/// Names and text that Swift, the generated code or a terminal could take for something else.
enum HostileText {
    /// Names the generated code, the runtime, Swift or Foundation use, and text that is not an identifier.
    static let names: [String] = [
        "self", "Self", "selfValue", "Type", "Protocol", "init", "deinit", "subscript", "default", "case", "_", "__",
        "`", "KNOWN_CASES", "knownCases", "unrecognized", "Unrecognized", "DecodingError", "EncodingError", "Decoder",
        "Encoder", "CodingKeys", "Response", "ErrorCode", "Operations", "Body", "body", "Error", "Result", "Optional",
        "String", "Int", "Array", "Dictionary", "Set", "Data", "Date", "URL", "UUID", "JSONValue", "HTTPRequest",
        "HTTPResponse", "APIOperation", "QueryItems", "AnyErrorCode", "Box", "OpenEnum", "rawValue", "RawValue",
        "choice", "Choice", "hash", "hashValue", "makeRequest", "decodeResponse", "operationID", "isIdempotent",
        "request", "sender", "description", "encode", "decode", "0leading", "9", "-", ".",
        "a.b", "a/b", "..", "a\u{0}b", "new\nline", "tab\there", "quote\"d", "back\\slash", "*/", "/*", "\"\"\"",
        "\u{2E2F}vertical", "\u{0345}ypogegrammeni", "\u{0301}combining", "e\u{0301}", "\u{202E}rtl", "\u{200B}",
        "日本語", "😀", "Ǆ", "ﬁ", String(repeating: "long", count: 80), String(repeating: "é", count: 140),
    ]

    static func name(_ random: inout SplitMix64) -> String {
        let first = names[Int.random(in: 0..<names.count, using: &random)]
        guard Int.random(in: 0..<4, using: &random) == 0 else { return first }
        return first + names[Int.random(in: 0..<names.count, using: &random)]
    }

    /// JSON string content for `text`: quotes, backslashes and control characters escaped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The names used at once as schema, property, enum value, tag, operationId and parameter names.
    static func namesDocument(_ names: [String], random: inout SplitMix64) -> String {
        let quoted = names.map { "\"\(escaped($0))\"" }
        let properties = quoted.map { #"\#($0): {"type": "string", "description": \#($0)}"# }.joined(separator: ", ")
        var schemas = quoted.map { #"\#($0): {"type": "object", "properties": {\#(properties)}}"# }
        schemas.append(#""Values": {"type": "string", "enum": [\#(quoted.joined(separator: ", "))]}"#)
        schemas.append(
            ##""Either": {"oneOf": [\##(quoted.prefix(3).map { ##"{"$ref": "#/components/schemas/\##($0.dropFirst().dropLast())"}"## }.joined(separator: ", "))]}"##
        )
        let operations = quoted.enumerated().map { index, name in
            ##""/o\##(index)/{\##(name.dropFirst().dropLast())}": {"get": {"operationId": \##(name), "tags": [\##(name)], "parameters": [{"name": \##(name), "in": "path", "required": true, "schema": {"type": "string"}}, {"name": \##(name), "in": "query", "schema": {"$ref": "#/components/schemas/Values"}}], "responses": {"200": {"description": \##(name), "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Either"}}}}}}}"##
        }
        // Duplicate keys now and then: legal JSON text whose meaning tools disagree on.
        if Int.random(in: 0..<8, using: &random) == 0, let first = quoted.first {
            schemas.append(#"\#(first): {"type": "integer"}"#)
        }
        return UnitSupport.schemas(
            schemas.joined(separator: ", "), extra: #""paths": {\#(operations.joined(separator: ", "))}"#)
    }

    /// A description of `length` characters mixing escapes, control characters, comment terminators and
    /// Unicode, in a schema, a property and an operation.
    static func textDocument(length: Int, random: inout SplitMix64) -> String {
        let pieces = [
            "\\n", "\\t", "\\u0000", "\\u001b[31m", "\\\"", "\\\\", "\\/", "\\ud83d\\ude00", "*/", "/*", "\"\"\"",
            "\\u2028", "\\u202e", "#\\\"", "plain text ", "é", "\\r\\n", "\\u0085", "\\u007f",
        ]
        var text = ""
        while text.utf8.count < length { text += pieces[Int.random(in: 0..<pieces.count, using: &random)] }
        return UnitSupport.schemas(
            #""Doc": {"type": "object", "description": "\#(text)", "properties": {"p": {"type": "string", "description": "\#(text)"}}}"#,
            extra:
                ##""paths": {"/d": {"get": {"operationId": "getDoc", "summary": "\##(text)", "description": "\##(text)", "responses": {"200": {"description": "\##(text)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Doc"}}}}}}}}"##
        )
    }

    /// Tags, schemas and operationIds that differ only in letter case, for case-insensitive file systems.
    static func caseTwinsDocument(count: Int, random: inout SplitMix64) -> String {
        func twin(_ index: Int) -> String {
            String(
                "fooBarBaz".enumerated().map { offset, character in
                    (index >> (offset % 8)) & 1 == 1 ? Character(character.uppercased()) : character
                })
        }
        let schemas = (0..<count).map { #""\#(twin($0))": {"type": "string"}"# }.joined(separator: ", ")
        let paths = (0..<count).map {
            #""/t\#($0)": {"get": {"operationId": "\#(twin($0))", "tags": ["\#(twin($0))"], "responses": {"204": {"description": "none"}}}}"#
        }
        return UnitSupport.schemas(schemas, extra: #""paths": {\#(paths.joined(separator: ", "))}"#)
    }
}
