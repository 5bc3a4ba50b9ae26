import OpenAPIClientKit

/// Which bytes Wix media identifiers and static URLs keep unencoded; the encoding itself is OpenAPIClientKit's
/// `PercentEncoding` (whose `decode` reads identifiers: `+` stays `+`, as Wix encodes with JavaScript's
/// `encodeURIComponent`).
enum MediaPercentEncoding {
    /// Encodes like JavaScript's `encodeURIComponent`: everything but ASCII letters, digits and `-_.!~*'()`.
    static func encodeComponent(_ text: String) -> String {
        PercentEncoding.encode(text, keeping: isKeptByEncodeURIComponent)
    }

    /// Encodes a media ID for a path: like ``encodeComponent(_:)`` but keeping `/`, which separates Wix's
    /// `ugd/` folder from a document's ID.
    static func encodeMediaID(_ text: String) -> String {
        PercentEncoding.encode(text, keeping: { isKeptByEncodeURIComponent($0) || $0 == UInt8(ascii: "/") })
    }

    /// RFC 3986 `unreserved` (letters, digits, `-._~`) and the marks `encodeURIComponent` also keeps: `!*'()`.
    private static func isKeptByEncodeURIComponent(_ byte: UInt8) -> Bool {
        PercentEncoding.isUnreserved(byte) || "!*'()".utf8.contains(byte)
    }
}
