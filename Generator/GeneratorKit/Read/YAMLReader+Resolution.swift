/// Scalar resolution by the YAML 1.2 core schema, into JSON's values.
///
/// Numbers keep literal text, as `JSONParser`'s do, rewritten into JSON's number grammar so that downstream
/// code sees one spelling: `+1` → `1`, `007` → `7`, `.5` → `0.5`, `1.` → `1.0`, `0x1F` → `31`, `0o17` → `15`.
/// `.inf` and `.nan` have no JSON equivalent and are refused with a located error (quote them for a string).
extension YAMLReader {
    /// A scalar node, counted for the alias-expansion limit.
    mutating func scalarNode(_ scalar: Scalar, plain: Bool, tag: CoreTag?) throws(Diagnostic) -> JSONNode {
        ownNodes += 1
        return JSONNode(
            try resolveScalar(scalar.text, plain: plain, tag: tag, at: scalar.offset), offset: scalar.offset)
    }

    /// What a scalar means: plain scalars go through the core schema, quoted and block ones are strings, and an
    /// explicit tag asks for one type, which the text must match.
    func resolveScalar(_ text: String, plain: Bool, tag: CoreTag?, at offset: Int) throws(Diagnostic)
        -> JSONNode.Value
    {
        switch tag {
        case nil:
            guard plain else { return .string(text) }
            switch Self.coreValue(text) {
            case .some(let value): return value
            case nil: throw error("'\(text)' has no JSON equivalent; quote it to make it a string", at: offset)
            }
        case .string, .nonSpecific:
            return .string(text)
        case .mapping, .sequence:
            throw error("tag !!\(tag!.rawValue) does not fit a scalar", at: offset)
        case .null, .boolean, .integer, .float:
            let value = Self.coreValue(text)
            switch (tag!, value) {
            case (.null, .some(.null)), (.boolean, .some(.bool)): return value!
            case (.integer, .some(.number(let literal))) where !literal.contains(where: { "." == $0 || "e" == $0 }):
                return value!
            case (.float, .some(.number)): return value!
            case (.float, nil): throw error("'\(text)' has no JSON equivalent", at: offset)
            default: throw error("'\(text)' is not a valid !!\(tag!.rawValue)", at: offset)
            }
        }
    }

    /// The core schema's reading of a plain scalar; nil for `.inf`/`.nan`, which JSON cannot hold.
    static func coreValue(_ text: String) -> JSONNode.Value? {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            if text == "true" || text == "True" || text == "TRUE" { return .bool(true) }
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            if text == "false" || text == "False" || text == "FALSE" { return .bool(false) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            let utf8 = Array(text.utf8)
            return number(utf8) ?? (isInfinityOrNaN(utf8) ? nil : .string(text))
        default:
            break
        }
        return .string(text)
    }

    private static func isInfinityOrNaN(_ utf8: [UInt8]) -> Bool {
        let text = String(decoding: utf8, as: UTF8.self)
        let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.dropFirst()) : text
        return [".inf", ".Inf", ".INF"].contains(unsigned) || [".nan", ".NaN", ".NAN"].contains(text)
    }

    /// A core-schema integer or float rewritten as a JSON number literal; nil when the text is not one.
    private static func number(_ utf8: [UInt8]) -> JSONNode.Value? {
        if utf8.count > 2, utf8[0] == UInt8(ascii: "0"), utf8[1] == UInt8(ascii: "x") || utf8[1] == UInt8(ascii: "o") {
            return radixInteger(utf8[2...], radix: utf8[1] == UInt8(ascii: "x") ? 16 : 8)
        }
        var position = 0
        var literal: [UInt8] = []
        if utf8[0] == UInt8(ascii: "-") || utf8[0] == UInt8(ascii: "+") {
            if utf8[0] == UInt8(ascii: "-") { literal.append(UInt8(ascii: "-")) }
            position = 1
        }
        let integerStart = position
        while position < utf8.count, isDigit(utf8[position]) { position += 1 }
        var integerDigits = utf8[integerStart..<position].drop(while: { $0 == UInt8(ascii: "0") })
        if integerDigits.isEmpty { integerDigits = [UInt8(ascii: "0")][...] }
        let hasInteger = position > integerStart
        var fraction: ArraySlice<UInt8>?
        if position < utf8.count, utf8[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while position < utf8.count, isDigit(utf8[position]) { position += 1 }
            fraction = utf8[fractionStart..<position]
        }
        guard hasInteger || !(fraction?.isEmpty ?? true) else { return nil }
        var exponent: ArraySlice<UInt8>?
        if position < utf8.count, utf8[position] == UInt8(ascii: "e") || utf8[position] == UInt8(ascii: "E") {
            let exponentStart = position
            position += 1
            if position < utf8.count, utf8[position] == UInt8(ascii: "-") || utf8[position] == UInt8(ascii: "+") {
                position += 1
            }
            let digitsStart = position
            while position < utf8.count, isDigit(utf8[position]) { position += 1 }
            guard position > digitsStart else { return nil }
            exponent = utf8[exponentStart..<position]
        }
        guard position == utf8.count else { return nil }
        literal.append(contentsOf: integerDigits)
        if let fraction {
            literal.append(UInt8(ascii: "."))
            literal.append(contentsOf: fraction.isEmpty ? [UInt8(ascii: "0")][...] : fraction)
        }
        if let exponent { literal.append(contentsOf: exponent) }
        return .number(String(decoding: literal, as: UTF8.self))
    }

    /// `0x…`/`0o…` as a decimal literal; digits beyond 64 bits are left a string rather than rounded.
    private static func radixInteger(_ digits: ArraySlice<UInt8>, radix: UInt64) -> JSONNode.Value? {
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt64(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            guard digit < radix else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return .number(String(value))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
