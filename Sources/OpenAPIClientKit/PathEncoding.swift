/// Encoding of values substituted into URL path templates.
public enum PathEncoding {
    /// Percent-encodes `value` as one path segment.
    ///
    /// Only RFC 3986 unreserved characters (letters, digits, `-`, `.`, `_`, `~`) are kept; every other UTF-8
    /// byte becomes `%XX`. Sub-delimiters such as `:` or `=` would be legal in a segment, but servers and
    /// proxies disagree on how they treat them, and identifiers like
    /// `media:image://v1/a~b.jpg/leon.jpg#originWidth=3024` must reach the server as exactly one segment that
    /// decodes back to the original.
    ///
    /// A value made only of dots (`.`, `..`, …) has every dot encoded as `%2E`: as it is, URL resolution would
    /// remove it or the segment before it (RFC 3986 §5.2.4), turning `DELETE /orgs/{org}/users/..` into
    /// `DELETE /orgs/{org}`. An empty value stays empty; ``segment(_:parameter:)`` refuses it.
    public static func segment(_ value: some QueryValue) -> String {
        encodeSegment(value.queryValue)
    }

    /// Percent-encodes the value of the path parameter `name` as one segment, like ``segment(_:)``.
    ///
    /// - Throws: `RequestValidationError.emptyPathParameter` when `value` is empty, which would leave the
    ///   segment out of the path.
    public static func segment(_ value: some QueryValue, parameter name: String) throws -> String {
        try nonEmpty(segment(value), parameter: name)
    }

    /// Encodes a segment's text: unreserved bytes kept, the rest as `%XX`, and a dot-only segment all `%2E`.
    static func encodeSegment(_ text: String) -> String {
        if !text.isEmpty, text.utf8.allSatisfy({ $0 == UInt8(ascii: ".") }) {
            return String(repeating: "%2E", count: text.utf8.count)
        }
        return PercentEncoding.encode(text, keeping: PercentEncoding.isUnreserved)
    }

    static func nonEmpty(_ segment: String, parameter name: String) throws -> String {
        guard !segment.isEmpty else { throw RequestValidationError.emptyPathParameter(name: name) }
        return segment
    }
}
