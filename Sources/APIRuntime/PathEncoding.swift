/// Encoding of values substituted into URL path templates.
public enum PathEncoding {
    /// Percent-encodes `value` as one path segment.
    ///
    /// Only RFC 3986 unreserved characters (letters, digits, `-`, `.`, `_`, `~`) are kept; every other UTF-8
    /// byte becomes `%XX`. Sub-delimiters such as `:` or `=` would be legal in a segment, but servers and
    /// proxies disagree on how they treat them, and identifiers like
    /// `wix:image://v1/a~b.jpg/leon.jpg#originWidth=3024` must reach the server as exactly one segment that
    /// decodes back to the original.
    public static func segment(_ value: some QueryValue) -> String {
        PercentEncoding.encode(value.queryValue, keeping: PercentEncoding.isUnreserved)
    }
}
