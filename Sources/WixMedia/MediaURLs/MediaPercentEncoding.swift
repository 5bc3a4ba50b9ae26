/// Percent-encoding as Wix media identifiers and static URLs use it, done on bytes so that it behaves the same on
/// every platform and never traps on malformed input.
enum MediaPercentEncoding {
    /// Decodes `%XX` sequences; `nil` when a `%` is not followed by two hex digits or the bytes are not UTF-8.
    /// Everything else, `+` included, stays as it is (Wix encodes with JavaScript's `encodeURIComponent`).
    static func decode(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return validUTF8(bytes)
    }

    /// Encodes like JavaScript's `encodeURIComponent`: everything but ASCII letters, digits and `-_.!~*'()`.
    static func encodeComponent(_ text: String) -> String {
        encode(text, keeping: { isUnreserved($0) })
    }

    /// Encodes a media ID for a path: like ``encodeComponent(_:)`` but keeping `/`, which separates Wix's
    /// `ugd/` folder from a document's ID.
    static func encodeMediaID(_ text: String) -> String {
        encode(text, keeping: { isUnreserved($0) || $0 == UInt8(ascii: "/") })
    }

    private static func encode(_ text: String, keeping isKept: (UInt8) -> Bool) -> String {
        guard !text.utf8.allSatisfy(isKept) else { return text }
        var encoded: [UInt8] = []
        encoded.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isKept(byte) {
                encoded.append(byte)
            } else {
                encoded.append(UInt8(ascii: "%"))
                encoded.append(hexDigits[Int(byte >> 4)])
                encoded.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-_.!~*'()".utf8.contains(byte)
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The string `bytes` spell in UTF-8; `nil` when they are not valid UTF-8 (`String(decoding:)` would
    /// silently put U+FFFD in their place).
    private static func validUTF8(_ bytes: [UInt8]) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }
}
