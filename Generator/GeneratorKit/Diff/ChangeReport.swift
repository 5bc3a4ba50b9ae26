/// Renders a list of API changes for a terminal, a pull request or a machine. Output is deterministic:
/// the changes' order is kept, and JSON is laid out the same way every time.
public enum ChangeReport {
    /// The report's audience: a terminal, a pull-request comment, or a program.
    public enum Format: String, Sendable, CaseIterable {
        case text
        case markdown
        case json
    }

    /// The whole report, ending with a newline; "No API changes." when `changes` is empty.
    public static func render(_ changes: [APIChange], format: Format) -> String {
        switch format {
        case .text: text(changes)
        case .markdown: markdown(changes)
        case .json: json(changes)
        }
    }

    /// How many changes each classification has (zero included).
    public static func counts(_ changes: [APIChange]) -> [APIChange.Classification: Int] {
        var counts = Dictionary(uniqueKeysWithValues: APIChange.Classification.allCases.map { ($0, 0) })
        for change in changes { counts[change.classification, default: 0] += 1 }
        return counts
    }

    /// `1 breaking, 0 behavioural, 2 additive, 0 documentation`.
    public static func summary(_ changes: [APIChange]) -> String {
        let counts = counts(changes)
        return APIChange.Classification.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
    }

    /// One line per change, grouped by classification: `  FileDescriptor.sizeInBytes — type … → …`. Wire names,
    /// paths and values quoted from the documents are printed through `PrintableText`, so a change stays one line.
    static func text(_ changes: [APIChange]) -> String {
        guard !changes.isEmpty else { return "No API changes.\n" }
        var lines = ["API changes: \(summary(changes))"]
        for (classification, group) in grouped(changes) {
            lines.append("")
            lines.append("\(title(classification)):")
            lines += group.map { "  \(PrintableText.escaping($0.symbol)) — \(PrintableText.escaping($0.description))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A section per classification with a table of symbol and change, for pull-request comments.
    static func markdown(_ changes: [APIChange]) -> String {
        var lines = ["## API changes", ""]
        guard !changes.isEmpty else { return (lines + ["No API changes."]).joined(separator: "\n") + "\n" }
        lines.append(summary(changes))
        for (classification, group) in grouped(changes) {
            lines += ["", "### \(title(classification))", "", "| Symbol | Change |", "| --- | --- |"]
            lines += group.map { "| `\(tableCell($0.symbol))` | \(tableCell($0.description)) |" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Built by hand so that key order and layout never depend on a Foundation version: the summary,
    /// then one change per line with `classification`, `kind`, `symbol` and `description`.
    static func json(_ changes: [APIChange]) -> String {
        let counts = counts(changes)
        let summary = APIChange.Classification.allCases.map { "\(jsonString($0.rawValue)): \(counts[$0] ?? 0)" }
        let entries = changes.map { change in
            let fields = [
                ("classification", change.classification.rawValue), ("kind", change.kind.rawValue),
                ("symbol", change.symbol), ("description", change.description),
            ]
            return "    { " + fields.map { "\(jsonString($0.0)): \(jsonString($0.1))" }.joined(separator: ", ") + " }"
        }
        let list = entries.isEmpty ? "[]" : "[\n" + entries.joined(separator: ",\n") + "\n  ]"
        return "{\n  \"summary\": { \(summary.joined(separator: ", ")) },\n  \"changes\": \(list)\n}\n"
    }

    /// A JSON string literal (RFC 8259): quotes, backslashes, control characters and the other hazards of
    /// `PrintableText` (all in the Basic Multilingual Plane) escaped.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            // Valid JSON raw, but they break or reorder the line when the report is read in a terminal.
            case _ where scalar.value < 0x20 || PrintableText.isHazard(scalar):
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func grouped(_ changes: [APIChange]) -> [(APIChange.Classification, [APIChange])] {
        APIChange.Classification.allCases.compactMap { classification in
            let group = changes.filter { $0.classification == classification }
            return group.isEmpty ? nil : (classification, group)
        }
    }

    private static func title(_ classification: APIChange.Classification) -> String {
        classification.rawValue.prefix(1).uppercased() + classification.rawValue.dropFirst()
    }

    /// One table cell: on one line (a line break would end the table) and with its bars escaped.
    private static func tableCell(_ text: String) -> String {
        PrintableText.escaping(text).split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
