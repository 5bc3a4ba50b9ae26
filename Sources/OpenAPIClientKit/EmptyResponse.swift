/// The response of an operation whose successful reply carries no meaningful body.
public struct EmptyResponse: Codable, Hashable, Sendable {
    /// Creates the empty response.
    public init() {}
}
