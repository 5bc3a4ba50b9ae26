/// A coding key made from any string, for reading members whose names are only known at run time
/// (a union's discriminator property).
public struct DynamicCodingKey: CodingKey, Hashable, Sendable {
    /// The member name.
    public let stringValue: String
    /// The position, for keys made from an integer.
    public let intValue: Int?

    /// A key for the member named `name`.
    public init(_ name: String) {
        self.stringValue = name
        self.intValue = nil
    }

    /// A key for the member named `stringValue`; never fails.
    public init?(stringValue: String) {
        self.init(stringValue)
    }

    /// A key for the position `intValue`; never fails.
    public init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}
