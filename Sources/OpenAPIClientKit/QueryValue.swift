import Foundation

/// A value that can stand in a URL query or path as text.
public protocol QueryValue: Sendable {
    /// The unencoded text of this value; percent-encoding happens later, when the URL is built.
    var queryValue: String { get }
}

extension QueryValue where Self: BinaryInteger {
    /// The decimal digits of this integer, with a leading `-` when negative.
    public var queryValue: String { String(self) }
}

extension String: QueryValue {
    /// The string itself.
    public var queryValue: String { self }
}

extension Substring: QueryValue {
    /// The substring as a string.
    public var queryValue: String { String(self) }
}

extension Bool: QueryValue {
    /// `true` or `false`.
    public var queryValue: String { self ? "true" : "false" }
}

extension Int: QueryValue {}
extension Int8: QueryValue {}
extension Int16: QueryValue {}
extension Int32: QueryValue {}
extension Int64: QueryValue {}
extension UInt: QueryValue {}
extension UInt8: QueryValue {}
extension UInt16: QueryValue {}
extension UInt32: QueryValue {}
extension UInt64: QueryValue {}

extension Double: QueryValue {
    /// The shortest text that reads back as the same value, such as `0.1`, `1.0` or `1e-07`.
    public var queryValue: String { description }
}

extension Float: QueryValue {
    /// The shortest text that reads back as the same value, such as `0.1` or `1.0`.
    public var queryValue: String { description }
}

extension Date: QueryValue {
    /// The RFC 3339 date-time in UTC, with milliseconds only when they are non-zero; see ``RFC3339Date``.
    public var queryValue: String { RFC3339Date.format(self) }
}

extension UUID: QueryValue {
    /// The canonical uppercase text, the same as `JSONEncoder` writes.
    public var queryValue: String { uuidString }
}
