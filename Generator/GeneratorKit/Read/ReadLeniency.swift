import Foundation

/// The common mistakes real documents make that the reader accepts with a located warning instead of an
/// error (`--strict` turns each warning back into an error). One instance per read; cursors share it, so a
/// check anywhere in the reader reports here. Anything malformed that is not listed stays an error.
final class ReadLeniency {
    /// `nullable` belongs to OpenAPI 3.0; a 3.1 document spells it `type: [..., "null"]`.
    let isOpenAPI31: Bool
    private(set) var warnings: [Diagnostic] = []

    init(openAPIVersion: String) {
        isOpenAPI31 = openAPIVersion.hasPrefix("3.1")
    }

    func warn(_ message: String, at cursor: NodeCursor) {
        warnings.append(.warning(message, at: cursor.location()))
    }

    /// The formats of the JSON Schema and OpenAPI format registries; anything else is read with a warning
    /// and typed by its `type` alone.
    static let knownFormats: Set<String> = [
        "int32", "int64", "float", "double", "byte", "binary", "date", "date-time", "time", "duration", "password",
        "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri",
        "iri-reference", "uri-template", "uuid", "json-pointer", "relative-json-pointer", "regex", "decimal",
        "base64url", "char", "int8", "int16", "uint8", "uint16", "uint32", "uint64", "double-int", "sf-string",
        "sf-token", "sf-binary", "sf-boolean", "sf-integer", "sf-decimal", "html", "commonmark", "media-range",
        "http-date", "url",
    ]

    /// Checks the `url` of an `externalDocs` object, or of each element of a `servers` array, under `cursor`.
    func checkURLs(in cursor: NodeCursor) {
        if let docs = cursor.child("externalDocs"), let url = docs.child("url") {
            checkURL(url, allowsVariables: false, what: "externalDocs")
        }
        if let servers = cursor.child("servers"), let elements = try? servers.elements() {
            for server in elements {
                if let url = server.child("url") { checkURL(url, allowsVariables: true, what: "server") }
            }
        }
    }

    private func checkURL(_ cursor: NodeCursor, allowsVariables: Bool, what: String) {
        guard let text = cursor.node.string else {
            warn("the \(what) URL is not a string; it is ignored", at: cursor)
            return
        }
        guard !Self.isValidURL(text, allowsVariables: allowsVariables) else { return }
        warn("invalid \(what) URL '\(text)'; it is ignored", at: cursor)
    }

    /// An absolute URL (an RFC 3986 scheme, `:`, then text without spaces or control characters), or, for
    /// server URLs, a relative one starting with `/`; `{variable}`s count as valid text there.
    static func isValidURL(_ text: String, allowsVariables: Bool) -> Bool {
        var text = text
        if allowsVariables {
            text = text.replacingOccurrences(of: #"\{[^{}]*\}"#, with: "x", options: .regularExpression)
        }
        let forbidden = Set(" \t\r\n{}<>\"\\^`|".unicodeScalars)
        guard !text.isEmpty,
            !text.unicodeScalars.contains(where: { forbidden.contains($0) || $0.value < 0x20 || $0.value == 0x7F })
        else { return false }
        if allowsVariables && text.hasPrefix("/") { return true }
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex,
            text[..<colon].first!.isASCII, text[..<colon].first!.isLetter,
            text[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return false }
        return text.index(after: colon) != text.endIndex
    }
}
