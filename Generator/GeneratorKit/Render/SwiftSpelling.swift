/// How names the model decided and raw values it keeps are written into Swift source: keywords in
/// backticks, `self` as a parameter, string and raw-value literals with every hazardous character
/// escaped, and (in `SwiftSpelling+CommentText.swift`) schema text made inert inside comments. Render
/// escapes only through here; the model never holds escaped text.
enum SwiftSpelling {
    /// Swift's reserved words and contextual keywords that an identifier must put in backticks.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static",
        "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do",
        "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "Type",
        "Protocol", "some", "any", "consume", "copy", "borrowing", "consuming", "package", "async",
    ]

    /// Backticks for reserved words; the name itself is never mangled.
    static func identifier(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// `self.name`, escaped so that `self.`self`` names the member, not the instance.
    static func selfMember(_ name: String) -> String {
        "self." + identifier(name)
    }

    /// How a parameter is declared among parameters named `siblings`: `self` cannot be a parameter's
    /// inner name without hiding the instance, so it gets an inner name no sibling has.
    static func parameterDeclaration(_ name: String, among siblings: [String]) -> String {
        name == "self" ? "self \(selfParameterName(among: siblings))" : identifier(name)
    }

    /// How the body refers to a parameter declared with `parameterDeclaration` and the same siblings.
    static func parameterReference(_ name: String, among siblings: [String]) -> String {
        name == "self" ? selfParameterName(among: siblings) : identifier(name)
    }

    /// `selfValue`, or `selfValue2`, … when a sibling parameter already has the name.
    private static func selfParameterName(among siblings: [String]) -> String {
        var name = "selfValue"
        var counter = 2
        while siblings.contains(name) {
            name = "selfValue\(counter)"
            counter += 1
        }
        return name
    }

    /// A double-quoted Swift string literal with every character that needs it escaped.
    static func stringLiteral(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                if PrintableText.isHazard(scalar) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The body of `stringLiteral(text)`, without its quotes, for showing a value in documentation.
    static func stringLiteralContent(_ text: String) -> String {
        String(stringLiteral(text).dropFirst().dropLast())
    }

    /// A raw value of an open enum as a Swift literal: quoted and escaped for `String`, as written for `Int`.
    static func rawValueLiteral(_ value: String, _ rawType: EnumDeclaration.RawType) -> String {
        rawType == .string ? stringLiteral(value) : value
    }
}
