/// Sends generated operations. Generated client namespaces call it; the library's client implements
/// it, and tests can replace it to inspect requests without a network.
public protocol APIRequestSender: Sendable {
    /// Sends the operation's request and returns its decoded response, or throws the client's errors.
    func send<Operation: APIOperation>(_ operation: Operation) async throws -> Operation.Response
}
