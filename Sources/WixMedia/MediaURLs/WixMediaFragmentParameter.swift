/// One `key=value` item of a Wix media identifier's fragment (the part after `#`), exactly as written.
///
/// Values are kept as written, percent-encoding included, so that printing the identifier gives back the text
/// it was parsed from; parameters this package does not know (`watermark`, future keys) keep their place.
public struct WixMediaFragmentParameter: Sendable, Hashable, CustomStringConvertible {
    /// The text before the first `=`, or the whole item when it has none.
    public var key: String
    /// The text after the first `=`; `nil` when the item has no `=`.
    public var value: String?

    /// Creates a parameter from its key and its value as they are to be written.
    public init(key: String, value: String?) {
        self.key = key
        self.value = value
    }

    /// The item as written in the fragment: `key=value`, or `key` alone.
    public var description: String { value.map { "\(key)=\($0)" } ?? key }

    /// Splits one `&`-separated item at its first `=`.
    init(parsing item: Substring) {
        if let equals = item.firstIndex(of: "=") {
            self.init(key: String(item[..<equals]), value: String(item[item.index(after: equals)...]))
        } else {
            self.init(key: String(item), value: nil)
        }
    }
}
