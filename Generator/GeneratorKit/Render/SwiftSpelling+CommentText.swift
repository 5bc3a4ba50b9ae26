/// Makes schema text safe to print inside generated comments: every scalar that could end a comment,
/// upset the compiler or make the code read differently from how it compiles is replaced by a visible
/// `\u{…}` escape. Schema descriptions and the schema's file name reach the output this way.
extension SwiftSpelling {
    /// C0 controls but tab (NUL makes the compiler warn; CR, VT, FF end a `//` comment), DEL, C1 controls
    /// (NEL ends a line), the Unicode line and paragraph separators, and the bidirectional formatting
    /// controls that let text display in another order than it compiles ("Trojan Source").
    static func isHazard(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` with each hazard written as `\u{…}`, the way a Swift string literal would spell it.
    static func commentText(_ text: some StringProtocol) -> String {
        // Nearly all text is free of hazards; the bytes tell cheaply. Every hazard above U+007F is
        // encoded with a lead byte 0xC2 (C1), 0xD8 (U+061C) or 0xE2 (the rest).
        let mayHaveHazard = text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
        }
        guard mayHaveHazard else { return String(text) }
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
