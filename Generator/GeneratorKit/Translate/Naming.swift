/// The rules that make Swift names out of schema names: word splitting, casing, initialisms, uniqueness.
/// How a name is then written into source (backticks for keywords) is Render's `SwiftSpelling`.
enum Naming {
    /// Words written all upper case in identifiers (Swift API Design Guidelines: "uniformly up- or down-cased").
    static let initialisms: Set<String> = [
        "id", "ids", "url", "urls", "uri", "uris", "http", "https", "json", "xml", "api", "apis", "uuid", "uuids",
        "html", "ip", "sdk", "jwt", "sql", "ssh", "tls", "ssl", "dns", "tcp", "udp", "cpu", "gpu", "ui",
    ]

    /// Splits `parentFolderId`, `parent_folder_id`, `PARENT-FOLDER ID`, `HTTPServer2Name` into words.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for (index, scalar) in scalars.enumerated() {
            // Letters and digits make words, but only those Swift accepts in identifiers: Unicode calls
            // U+2E2F alphabetic, and Swift an operator character.
            let isLetterOrDigit = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            guard isLetterOrDigit, SwiftIdentifierGrammar.isCharacter(scalar) else {
                flush()
                continue
            }
            if let last = current.unicodeScalars.last {
                let isUpper = scalar.properties.isUppercase
                let lastIsUpper = last.properties.isUppercase
                let lastIsLower = last.properties.isLowercase
                let lastIsDigit = ("0"..."9").contains(last)
                let nextIsLower = index + 1 < scalars.count && scalars[index + 1].properties.isLowercase
                // "fileId" → file|Id; "HTTPServer" → HTTP|Server; "v1Files" → v1|Files.
                if isUpper && (lastIsLower || lastIsDigit) {
                    flush()
                } else if isUpper && lastIsUpper && nextIsLower {
                    flush()
                }
            }
            current.unicodeScalars.append(scalar)
        }
        flush()
        return words
    }

    /// Plural initialisms keep a lower-case "s": IDs, URLs (but HTTPS is not a plural).
    static let pluralInitialisms: Set<String> = ["ids", "urls", "uris", "apis", "uuids"]

    static func capitalized(_ word: String) -> String {
        let lower = word.lowercased()
        if initialisms.contains(lower) {
            return pluralInitialisms.contains(lower) ? lower.dropLast().uppercased() + "s" : lower.uppercased()
        }
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// Keeps a word's inner capitals when it is mixed case ("iPhone" stays readable) unless it is all caps.
    static func normalizedWord(_ word: String) -> String {
        let isAllUpper = word == word.uppercased()
        return isAllUpper ? word.lowercased() : word
    }

    /// `parent_folder_id` → `ParentFolderID`.
    static func typeName(_ text: String) -> String {
        let parts = words(text)
        guard !parts.isEmpty else { return "Value" }
        return validIdentifier(joinedCapitalized(parts, keepingAcronyms: isMixedCase(text)))
    }

    /// Words joined with each one capitalised (initialisms upper-cased), no other changes. With
    /// `keepingAcronyms`, an all-caps word of a mixed-case name is an acronym the author chose
    /// (`ColorRGB`), so it stays as written.
    private static func joinedCapitalized(_ parts: some Sequence<String>, keepingAcronyms: Bool = false) -> String {
        parts.map { part -> String in
            let lower = part.lowercased()
            if initialisms.contains(lower) { return capitalized(part) }
            if keepingAcronyms, part.count > 1, part == part.uppercased(), part != lower { return part }
            let normalized = normalizedWord(part)
            return normalized.prefix(1).uppercased() + normalized.dropFirst()
        }.joined()
    }

    /// Whether the text mixes lower- and upper-case letters (`ColorRGB`, not `COLOR_RGB` or `color`).
    static func isMixedCase(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isLowercase }
            && text.unicodeScalars.contains { $0.properties.isUppercase }
    }

    /// `parent_folder_id` → `parentFolderID`; `URLPrefix` → `urlPrefix`; `ids` → `ids`.
    static func memberName(_ text: String) -> String {
        let parts = words(text)
        guard let first = parts.first else { return "value" }
        let head = normalizedWord(first)
        let firstWord: String
        if initialisms.contains(first.lowercased()) || first == first.uppercased() {
            firstWord = first.lowercased()
        } else {
            firstWord = head.prefix(1).lowercased() + head.dropFirst()
        }
        return validIdentifier(firstWord + joinedCapitalized(parts.dropFirst(), keepingAcronyms: isMixedCase(text)))
    }

    /// `MEDIA_ROOT` → `mediaRoot`, `MODEL3D` → `model3d`, `image/png` → `imagePng`; `-1` → `negative1`.
    static func caseName(_ value: String) -> String {
        if value.isEmpty { return "empty" }
        var text = Substring(value)
        var prefix: [String] = []
        if text.hasPrefix("-") {
            prefix = ["negative"]
            text = text.dropFirst()
        }
        if text.hasPrefix("+") {
            prefix = ["plus"]
            text = text.dropFirst()
        }
        let hasLowercase = text.unicodeScalars.contains { $0.properties.isLowercase }
        guard !hasLowercase else { return memberName((prefix + [String(text)]).joined(separator: " ")) }
        // SCREAMING_CASE: only separators split words, so digits stay glued (`MODEL3D`, `H264`).
        let parts = prefix + text.split { !($0.isLetter || $0.isNumber) }.map { $0.lowercased() }
        guard let first = parts.first else { return "value" }
        return validIdentifier(first + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined())
    }

    /// `name` as Swift's grammar allows it: scalars that no identifier may hold are dropped (changing
    /// case can produce one), so are combining marks with nothing before them to combine with, and a
    /// name that starts with a digit gets a leading `_`.
    static func validIdentifier(_ name: String) -> String {
        var scalars = Substring(name).unicodeScalars
        if !scalars.allSatisfy(SwiftIdentifierGrammar.isCharacter) {
            scalars = Substring.UnicodeScalarView(scalars.filter(SwiftIdentifierGrammar.isCharacter))
        }
        // Identifier characters that are not heads are ASCII digits and combining marks.
        while let first = scalars.first, !SwiftIdentifierGrammar.isHead(first), !("0"..."9").contains(first) {
            scalars.removeFirst()
        }
        guard let first = scalars.first else { return "value" }
        let valid = String(scalars)
        return SwiftIdentifierGrammar.isHead(first) ? valid : "_" + valid
    }

    /// Gives each name in `names` a unique spelling, in order: later duplicates get 2, 3, …
    /// `reserved` names are treated as taken from the start.
    /// With `ignoringCase`, names that differ only in case count as the same: type names become file
    /// names, and macOS file systems do not tell `PetX.swift` from `Petx.swift`.
    static func uniqued(_ names: [String], reserved: Set<String> = [], ignoringCase: Bool = false) -> [String] {
        var allocator = NameAllocator(reserved: reserved, ignoringCase: ignoringCase)
        return names.map { allocator.claim($0) }
    }
}
