/// A small value-type printer for Swift source: indentation only at line starts, never on blank lines.
struct SwiftPrinter {
    private(set) var text = ""
    private var level = 0
    private let indentUnit = "    "
    /// The keyword declarations are printed with. Renderers write `public`; a line that starts with it
    /// gets this level instead, so the configured access level is one decision made in one place.
    private let accessKeyword: String

    init(accessLevel: GeneratorConfiguration.AccessLevel = .public) {
        self.accessKeyword = accessLevel.rawValue
    }
    /// The line length of the committed `.swift-format`; longer lists are broken one item per line.
    static let lineLength = 120

    /// Prints one line at the current indentation.
    mutating func line(_ content: String = "") {
        if content.isEmpty {
            text += "\n"
        } else {
            text += String(repeating: indentUnit, count: level) + withAccessKeyword(content) + "\n"
        }
    }

    private func withAccessKeyword(_ content: String) -> String {
        guard accessKeyword != "public", content.hasPrefix("public ") else { return content }
        return accessKeyword + content.dropFirst("public".count)
    }

    /// Prints `header {`, the body one level deeper, then `}`.
    mutating func block(_ header: String, _ body: (inout SwiftPrinter) -> Void) {
        line(header + " {")
        indented(body)
        line("}")
    }

    /// `prefix` + items + `suffix` on one line when it fits, otherwise one item per line, as
    /// swift-format lays out lists that do not fit. Collection literals get a trailing comma then.
    mutating func list(_ prefix: String, _ items: [String], _ suffix: String, trailingComma: Bool = false) {
        let single = withAccessKeyword(prefix + items.joined(separator: ", ") + suffix)
        guard level * indentUnit.count + single.count > Self.lineLength, !items.isEmpty else {
            line(single)
            return
        }
        line(withAccessKeyword(prefix))
        indented { body in
            for (index, item) in items.enumerated() {
                // swift-format wants the trailing comma only when a literal has several elements.
                let isLast = index == items.count - 1
                body.line(item + (!isLast || (trailingComma && items.count > 1) ? "," : ""))
            }
        }
        line(suffix.trimmed.isEmpty ? suffix : String(suffix.drop { $0 == " " }))
    }

    /// `head(arguments)tail` on one line when it fits; otherwise broken after `(` with the arguments on
    /// continuation lines one level deeper, filled greedily, and `)tail` after the last — as swift-format lays
    /// out a call that does not fit.
    mutating func call(_ head: String, _ arguments: [String], _ tail: String) {
        let single = head + "(" + arguments.joined(separator: ", ") + ")" + tail
        guard level * indentUnit.count + single.count > Self.lineLength, !arguments.isEmpty else {
            line(single)
            return
        }
        line(head + "(")
        let width = Self.lineLength - (level + 1) * indentUnit.count
        var current = ""
        var continuation: [String] = []
        for (index, argument) in arguments.enumerated() {
            let isLast = index == arguments.count - 1
            let item = argument + (isLast ? ")" + tail : ",")
            if current.isEmpty {
                current = item
            } else if current.count + 1 + item.count <= width {
                current += " " + item
            } else {
                continuation.append(current)
                current = item
            }
        }
        continuation.append(current)
        indented { body in
            for text in continuation { body.line(text) }
        }
    }

    /// A block whose header is a list, e.g. `public init(a: A, b: B) {`.
    mutating func listBlock(_ prefix: String, _ items: [String], _ suffix: String, _ body: (inout SwiftPrinter) -> Void)
    {
        list(prefix, items, suffix + " {")
        indented(body)
        line("}")
    }

    /// `switch subject {` with its `case` lines at the switch's own indentation, as swift-format lays them out.
    mutating func switchBlock(_ subject: String, _ cases: (inout SwiftPrinter) -> Void) {
        line("switch \(subject) {")
        level -= 1
        indented(cases)
        level += 1
        line("}")
    }

    mutating func indented(_ body: (inout SwiftPrinter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    /// Appends text another printer produced, re-indented to this printer's level.
    mutating func append(_ fragment: SwiftPrinter) {
        for line in fragment.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            self.line(String(line))
        }
    }

    /// Separates declarations with one blank line, never two and never at the start of a block.
    mutating func separator() {
        guard !text.isEmpty, !text.hasSuffix("{\n"), !text.hasSuffix("\n\n") else { return }
        text += "\n"
    }

    /// The attribute of a declaration the API description deprecates; nothing for any other. Every
    /// deprecated declaration (request builder, client method, paged method) gets it from here.
    mutating func deprecation(_ docs: Documentation) {
        guard docs.deprecated else { return }
        line("@available(*, deprecated, message: \(SwiftSpelling.stringLiteral(docs.deprecationAttributeMessage)))")
    }

    /// `///` lines for a declaration; prints nothing for empty documentation.
    mutating func documentation(_ docs: Documentation, extra: [String] = []) {
        var paragraphs: [String] = []
        if let summary = docs.summary?.trimmed, !summary.isEmpty { paragraphs.append(summary) }
        if let details = docs.details?.trimmed, !details.isEmpty, details != docs.summary?.trimmed {
            paragraphs.append(details)
        }
        if docs.deprecated { paragraphs.append("- Warning: " + docs.deprecationMessage) }
        paragraphs += extra
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { line("///") }
            for row in paragraph.docLines {
                let trimmed = PrintableText.escaping(row.trimmedTrailing)
                line(trimmed.isEmpty ? "///" : "/// " + trimmed)
            }
        }
    }
}

extension String {
    /// The text's lines, split at every Unicode line break (`\r\n`, `\r`, U+2028, …), not only `\n`: any
    /// other break inside a `///` comment would end the comment and leave the rest as code.
    var docLines: [Substring] {
        let needsFullSplit = utf8.contains { $0 == 0x0D || $0 == 0x0B || $0 == 0x0C || $0 == 0xC2 || $0 == 0xE2 }
        guard needsFullSplit else { return split(separator: "\n", omittingEmptySubsequences: false) }
        return split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }
}

extension StringProtocol {
    /// Without leading and trailing white space. Works on UTF-8 bytes: doc comments are long and
    /// Character-by-character trimming dominated generation time.
    var trimmed: String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, Self.isSpace(bytes[start]) { start += 1 }
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    var trimmedTrailing: String {
        let bytes = Array(utf8)
        var end = bytes.count
        while end > 0, Self.isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
