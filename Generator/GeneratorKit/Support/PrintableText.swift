/// Makes document text safe to print where one line must stay one line and read as it is: generated comments,
/// diagnostics, change reports. Every scalar that could end a line or a comment, upset the compiler or make
/// text display differently from what it is, is replaced by a visible `\u{…}` escape (the way a Swift string
/// literal spells it). Schema descriptions, names, keys and file names reach every output this way.
public enum PrintableText {
    /// C0 controls but tab (NUL makes the compiler warn; LF, CR, VT, FF end a line or a `//` comment; ESC starts
    /// terminal escape sequences), DEL, C1 controls (NEL ends a line), the Unicode line and paragraph separators,
    /// and the bidirectional formatting controls that let text display in another order than it reads
    /// ("Trojan Source").
    public static func isHazard(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether `text` may hold a hazard, told cheaply from its bytes: every hazard above U+007F is encoded with
    /// a lead byte 0xC2 (C1), 0xD8 (U+061C) or 0xE2 (the rest). Nearly all text is free of hazards.
    static func mayHaveHazard(_ text: some StringProtocol) -> Bool {
        text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
        }
    }

    /// `text` with each hazard written as `\u{…}`; anything else, a backslash included, as it is.
    public static func escaping(_ text: some StringProtocol) -> String {
        guard mayHaveHazard(text) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if isHazard(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
