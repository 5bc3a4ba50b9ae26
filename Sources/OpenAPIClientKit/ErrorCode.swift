/// The code of an application error that an operation can return; generated per operation as an
/// ``OpenEnum`` of `String`.
public protocol APIErrorCode: OpenEnum where RawValue == String {}

/// The error code of operations that document no specific codes: keeps whatever code the server sent.
public struct AnyErrorCode: APIErrorCode {
    /// The code as the server sent it.
    public let rawValue: String

    /// Wraps `rawValue`.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension AnyErrorCode: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}
