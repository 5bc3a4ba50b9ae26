import Foundation
import WixMedia

/// Reading the generated request types out of HTTP requests, with Wix-shaped 400s for what does not fit.
extension SimulatorRequest {
    /// The JSON body as `Body`; an empty body reads as `{}`.
    func body<Body: Decodable>(_ type: Body.Type) throws -> Body {
        do {
            return try JSONDecoder().decode(Body.self, from: body.isEmpty ? Data("{}".utf8) : body)
        } catch let error as DecodingError {
            throw APIFailure(decoding: error)
        }
    }

    /// The JSON body as `Body`, with `value` at the dotted body field `field` when the body leaves it out.
    ///
    /// Wix binds a path parameter named after a body field (`{folder.id}`) into that field, gRPC-transcoding
    /// style, so a client may send the ID in the path only. A body that carries the field keeps its own value,
    /// which the operation can then check against the path.
    func body<Body: Decodable>(_ type: Body.Type, binding value: String, to field: String) throws -> Body {
        let raw = body.isEmpty ? Data("{}".utf8) : body
        guard var object = (try? JSONSerialization.jsonObject(with: raw)) as? [String: Any] else {
            return try self.body(type)  // not an object: the plain decoding names what is wrong
        }
        Self.setIfAbsent(value, at: field.split(separator: ".").map(String.init), in: &object)
        do {
            let bound = try JSONSerialization.data(withJSONObject: object)
            return try JSONDecoder().decode(Body.self, from: bound)
        } catch let error as DecodingError {
            throw APIFailure(decoding: error)
        }
    }

    private static func setIfAbsent(_ value: String, at path: [String], in object: inout [String: Any]) {
        guard let key = path.first else { return }
        if path.count == 1 {
            if object[key] == nil || object[key] is NSNull { object[key] = value }
            return
        }
        if object[key] == nil || object[key] is NSNull { object[key] = [String: Any]() }
        // A non-object where an object belongs is left alone for the decoder to report.
        guard var nested = object[key] as? [String: Any] else { return }
        setIfAbsent(value, at: Array(path.dropFirst()), in: &nested)
        object[key] = nested
    }

    /// A query parameter the operation cannot do without.
    func requiredQuery(_ name: String) throws -> String {
        guard let value = queryValue(name), !value.isEmpty else {
            throw APIFailure.invalid(field: name, "is required", rule: "REQUIRED_FIELD")
        }
        return value
    }

    /// An optional boolean query parameter.
    func boolQuery(_ name: String) throws -> Bool? {
        guard let text = queryValue(name) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: throw APIFailure.invalid(field: name, "must be true or false")
        }
    }

    /// `<name>.fieldName` and `<name>.order` (`sort.…`), or nil when neither is present.
    func sortingQuery(_ name: String) -> Sorting? {
        let fieldName = queryValue(name + ".fieldName")
        let order = queryValue(name + ".order").map(WixMedia.SortDirection.init(rawValue:))
        return fieldName == nil && order == nil ? nil : Sorting(fieldName: fieldName, order: order)
    }

    /// `<name>.limit` and `<name>.cursor` (`paging.…`), or nil when neither is present.
    func pagingQuery(_ name: String) throws -> CursorPaging? {
        var limit: Int32?
        if let text = queryValue(name + ".limit") {
            guard let value = Int32(text) else {
                throw APIFailure.invalid(field: name + ".limit", "must be an integer")
            }
            limit = value
        }
        let cursor = queryValue(name + ".cursor")
        return limit == nil && cursor == nil ? nil : CursorPaging(limit: limit, cursor: cursor)
    }

    /// A repeated media-type parameter (`mediaTypes=IMAGE&mediaTypes=VIDEO`).
    func mediaTypesQuery(_ name: String) -> [MediaType]? {
        let values = queryValues(name)
        return values.isEmpty ? nil : values.map(MediaType.init(rawValue:))
    }
}

extension APIFailure {
    /// A 400 naming the field that did not decode, as Wix's validation errors do.
    init(decoding error: DecodingError) {
        func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            (codingPath + (last.map { [$0] } ?? [])).map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            self = .invalid(field: path(context.codingPath, key), "is required", rule: "REQUIRED_FIELD")
        case .valueNotFound(_, let context):
            self = .invalid(field: path(context.codingPath), "must not be null", rule: "REQUIRED_FIELD")
        case .typeMismatch(let type, let context):
            self = .invalid(field: path(context.codingPath), "must be \(Self.jsonKind(of: type))")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self = .invalid([], message: "Failed to parse request message")
        case .dataCorrupted(let context):
            self = .invalid(field: path(context.codingPath), context.debugDescription)
        @unknown default:
            self = .invalid([], message: "Failed to parse request message")
        }
    }

    private static func jsonKind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is Int32.Type, is Int64.Type, is Int.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}

/// Checks that values of the schema's open enums are among the documented ones: the generated types accept
/// any string so that clients survive new values, but the server only knows the documented ones.
protocol DocumentedCases: OpenEnum where RawValue == String {
    static var knownCases: [Self] { get }
}

extension MediaType: DocumentedCases {}
extension RootFolder: DocumentedCases {}
extension WixMedia.SortDirection: DocumentedCases {}
extension StreamFormat: DocumentedCases {}
extension ContentDisposition: DocumentedCases {}
extension UploadProtocol: DocumentedCases {}

/// Fails with a 400 naming `field` unless `value` is a documented case.
func requireDocumented<Value: DocumentedCases>(_ value: Value?, field: String) throws {
    guard let value, !Value.knownCases.contains(value) else { return }
    let names = Value.knownCases.map(\.rawValue).joined(separator: ", ")
    throw APIFailure.invalid(field: field, "must be one of \(names), not \(value.rawValue)")
}

/// Fails with a 400 unless every value is documented.
func requireDocumented<Value: DocumentedCases>(_ values: [Value]?, field: String) throws {
    for (index, value) in (values ?? []).enumerated() {
        try requireDocumented(value, field: "\(field)[\(index)]")
    }
}

/// Fails with a 400 when `text` is longer than the schema allows.
func requireLength(_ text: String?, atMost limit: Int, field: String) throws {
    if let text, text.count > limit {
        throw APIFailure.invalid(field: field, "must be at most \(limit) characters")
    }
}

/// Fails with a 400 when `text` is missing or empty.
func requireNonEmpty(_ text: String?, field: String) throws {
    if text?.isEmpty ?? true {
        throw APIFailure.invalid(field: field, "is required", rule: "REQUIRED_FIELD")
    }
}

/// The file ID in a file ID or a Wix media URL (`wix:image://v1/<id>/<name>#…`), which Wix accepts wherever
/// it takes a file ID (facts §1.7).
func fileID(fromReference reference: String) -> String {
    guard reference.hasPrefix("wix:"), let range = reference.range(of: "://v1/") else { return reference }
    return String(reference[range.upperBound...].prefix { $0 != "/" && $0 != "#" })
}
