/// Immutable heap storage for a value, used by generated recursive types: a struct cannot contain
/// itself directly, but it can hold a reference to a box that does.
public final class Box<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The boxed value.
    public let value: Value

    /// Boxes a value.
    public init(_ value: Value) {
        self.value = value
    }

    /// Boxes are equal when their values are.
    public static func == (lhs: Box, rhs: Box) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }

    /// Hashes the boxed value.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
