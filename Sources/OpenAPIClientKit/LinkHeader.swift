/// Reads RFC 8288 `Link` header fields: `<https://api.example.com/items?page=2>; rel="next", <…>; rel="last"`.
///
/// The parser is written for hostile input: it scans each field once, without recursion, accepts commas and
/// semicolons inside `<…>` and quoted strings, and skips a malformed link-value rather than failing the
/// whole field. A target is returned as written (a URI reference, possibly relative); resolving it and
/// deciding whether to follow it is the caller's business (see ``HTTPRequest/link``).
public enum LinkHeader {
    /// The longest field value read; a longer one is ignored rather than scanned, as no paging link needs it.
    public static let maximumFieldLength = 65_536

    /// The target of the first link whose `rel` names `relation` (case-insensitively, among space-separated
    /// relation types) in the `Link` fields of `headers`, or nil when there is none.
    public static func target(relation: String, in headers: [HTTPHeader]) -> String? {
        for value in headers.values(for: "Link") {
            if let link = links(in: value).first(where: { $0.relations.contains(relation.lowercased()) }) {
                return link.target
            }
        }
        return nil
    }

    /// One link-value: its target and its relation types, lowercased.
    public struct Link: Sendable, Hashable {
        /// The URI reference between `<` and `>`, as written.
        public var target: String
        /// The `rel` parameter's relation types, lowercased; empty when the link has no `rel`.
        public var relations: [String]
    }

    /// The well-formed link-values of one `Link` field value, in order.
    public static func links(in value: String) -> [Link] {
        guard value.utf8.count <= maximumFieldLength else { return [] }
        var scanner = Scanner(Array(value.utf8))
        var result: [Link] = []
        while !scanner.isAtEnd {
            if let link = scanner.linkValue() {
                result.append(link)
            }
            scanner.skipPast(UInt8(ascii: ","))
        }
        return result
    }

    /// A byte cursor over one field value.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var isAtEnd: Bool { index >= bytes.count }
        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while let byte = current, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
        }

        /// Moves past the next `byte` outside `<…>` and quoted strings (the end of a malformed value).
        mutating func skipPast(_ byte: UInt8) {
            while let next = current {
                index += 1
                if next == byte { return }
                if next == UInt8(ascii: "\"") { skipQuotedRest() }
                if next == UInt8(ascii: "<") { _ = scan(until: UInt8(ascii: ">")) }
            }
        }

        /// `<target>` then `; name=value` parameters, stopping before the `,` that ends it; nil when malformed.
        mutating func linkValue() -> Link? {
            skipWhitespace()
            guard current == UInt8(ascii: "<") else { return nil }
            index += 1
            guard let target = scan(until: UInt8(ascii: ">")) else { return nil }
            var relations: [String]?
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: ";") else { break }
                index += 1
                skipWhitespace()
                let name = token().lowercased()
                guard !name.isEmpty else { return nil }
                skipWhitespace()
                var parameterValue = ""
                if current == UInt8(ascii: "=") {
                    index += 1
                    skipWhitespace()
                    if current == UInt8(ascii: "\"") {
                        index += 1
                        guard let quoted = quotedRest() else { return nil }
                        parameterValue = quoted
                    } else {
                        parameterValue = token()
                    }
                }
                // RFC 8288 §3.3: only the first `rel` counts.
                if name == "rel", relations == nil {
                    relations = parameterValue.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
                        .map(String.init)
                }
            }
            skipWhitespace()
            guard isAtEnd || current == UInt8(ascii: ",") else { return nil }
            return Link(target: target, relations: relations ?? [])
        }

        /// The bytes up to `end` (consumed), or nil when `end` never comes.
        mutating func scan(until end: UInt8) -> String? {
            let start = index
            while let byte = current, byte != end { index += 1 }
            guard current == end else { return nil }
            defer { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// A token: anything up to whitespace or a delimiter.
        mutating func token() -> String {
            let start = index
            let delimiters: Set<UInt8> = Set(" \t;,=\"<>".utf8)
            while let byte = current, !delimiters.contains(byte) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// The rest of a quoted string after its opening quote, unescaped; nil when it never closes.
        mutating func quotedRest() -> String? {
            var text: [UInt8] = []
            while let byte = current {
                index += 1
                if byte == UInt8(ascii: "\"") { return String(decoding: text, as: UTF8.self) }
                if byte == UInt8(ascii: "\\"), let escaped = current {
                    index += 1
                    text.append(escaped)
                } else {
                    text.append(byte)
                }
            }
            return nil
        }

        mutating func skipQuotedRest() { _ = quotedRest() }
    }
}
