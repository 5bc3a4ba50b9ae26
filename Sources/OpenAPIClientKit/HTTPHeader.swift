/// One header field of an HTTP request or response.
public struct HTTPHeader: Sendable, Hashable {
    /// The field name, as written; compare it with ``matches(name:)`` because HTTP field names are case-insensitive.
    public var name: String
    /// The field value.
    public var value: String

    /// Creates a header field.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// Checks that the field can be sent as it is: neither its name nor its value holds a carriage return, line
    /// feed or NUL. Such a value would end the field early and start another one (header injection); URL
    /// loading drops it instead, so the request would go out without it.
    ///
    /// - Throws: `RequestValidationError.invalidHeaderValue(name:)`, naming the field but not the value, which
    ///   may be a secret. A name that is itself invalid is given with those characters escaped.
    public func validate() throws {
        if Self.holdsLineBreakOrNUL(name) {
            // The escaped form, so that the error's own description cannot be split across lines.
            throw RequestValidationError.invalidHeaderValue(name: String(name.debugDescription.dropFirst().dropLast()))
        }
        if Self.holdsLineBreakOrNUL(value) {
            throw RequestValidationError.invalidHeaderValue(name: name)
        }
    }

    private static func holdsLineBreakOrNUL(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") || $0 == 0 }
    }

    /// Whether this field is named `name`, ignoring ASCII case as HTTP does.
    public func matches(name other: String) -> Bool {
        // Field names are ASCII tokens, so a byte-wise ASCII fold is both correct and locale-independent.
        let lhs = name.utf8
        let rhs = other.utf8
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { asciiLowercased($0) == asciiLowercased($1) }
    }
}

private func asciiLowercased(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
}

extension Array where Element == HTTPHeader {
    /// The value of the first field named `name` (case-insensitive), or `nil` when there is none.
    public func value(for name: String) -> String? {
        first { $0.matches(name: name) }?.value
    }

    /// The values of every field named `name` (case-insensitive), in order.
    public func values(for name: String) -> [String] {
        filter { $0.matches(name: name) }.map(\.value)
    }
}
