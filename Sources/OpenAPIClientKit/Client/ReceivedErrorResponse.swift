import Foundation

/// An error (non-2xx) response as an ``APIClient`` received it: what its error decoder turns into the error
/// the call throws.
public struct ReceivedErrorResponse: Sendable {
    /// The `operationId` of the operation that was called.
    public var operationID: String
    /// The status and header fields.
    public var response: HTTPResponse
    /// The body as received; often empty or not JSON for a 5xx.
    public var body: Data
    /// The body decoded as the operation's documented error body (`Operation.ErrorBody`, see
    /// ``APIOperation/decodeErrorBody(_:_:)``); nil when none is documented for the status, or the body is not
    /// what the document says.
    public var errorBody: (any Sendable)?

    /// Creates the description of an error response.
    public init(operationID: String, response: HTTPResponse, body: Data, errorBody: (any Sendable)? = nil) {
        self.operationID = operationID
        self.response = response
        self.body = body
        self.errorBody = errorBody
    }

    /// The HTTP status code.
    public var statusCode: Int { response.statusCode }
}
