/// A wrapper that gives a property a fixed wire format, whatever strategies the encoder or decoder uses.
///
/// Generated models store the adapter and expose its ``value``, so the format travels with the model.
public protocol CodingAdapter: Codable, Sendable {
    /// The type the application works with.
    associatedtype Value: Sendable

    /// Wraps `value`.
    init(_ value: Value)

    /// The wrapped value.
    var value: Value { get }
}
