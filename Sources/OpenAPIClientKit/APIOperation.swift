import Foundation

/// One generated API operation: a value that can build its HTTP request without a network.
public protocol APIOperation: Sendable {
    /// What a successful call returns.
    associatedtype Response: Sendable
    /// The application error codes this operation documents.
    associatedtype ErrorCode: APIErrorCode
    /// What the body of a documented error response (`4XX`, `5XX`, `default`) decodes to; `NoErrorBody`
    /// when the API description documents none.
    associatedtype ErrorBody: Sendable = NoErrorBody

    /// The operation's `operationId` from the API description.
    static var operationID: String { get }

    /// Whether repeating the request is safe (GET, HEAD, OPTIONS, or marked idempotent in the schema).
    static var isIdempotent: Bool { get }

    /// The endpoint and where each input travels, as the API description says; generated operations
    /// state it, for servers that route requests to them. The default, nil, suits hand-written ones.
    static var endpoint: APIEndpoint? { get }

    /// Builds the HTTP request.
    func makeRequest() throws -> HTTPRequest

    /// Turns a successful (2xx) response body into `Response`.
    func decodeResponse(_ body: Data, _ response: HTTPResponse) throws -> Response

    /// The typed body of an error response, or nil when it is empty, undocumented for its status or not
    /// what the description says: an error body never hides the error it came with.
    func decodeErrorBody(_ body: Data, _ response: HTTPResponse) -> ErrorBody?
}

/// The error body of an operation whose API description documents none: there is no value of it.
public enum NoErrorBody: Sendable, Hashable {}

extension APIOperation where ErrorBody == NoErrorBody {
    /// No error body is documented: always nil.
    public func decodeErrorBody(_ body: Data, _ response: HTTPResponse) -> ErrorBody? {
        nil
    }
}

extension APIOperation where ErrorBody: Decodable {
    /// Decodes the body as JSON, whatever the error status; nil when it is empty or does not decode.
    public func decodeErrorBody(_ body: Data, _ response: HTTPResponse) -> ErrorBody? {
        ResponseBodyDecoding.errorJSON(ErrorBody.self, from: body)
    }
}

extension APIOperation {
    /// No description: an operation written by hand need not state one.
    public static var endpoint: APIEndpoint? { nil }
}

extension APIOperation where Response: Decodable {
    /// Decodes the body as JSON; an empty body decodes as `{}`, so responses whose schema is an object with
    /// only optional members succeed when the server sends nothing.
    ///
    /// The task's ``DecodingProblems/current`` collector, if any, goes into the decoder's `userInfo`: it sets
    /// the ``DecodingPolicy`` and receives the optional properties that decoded as nil.
    public func decodeResponse(_ body: Data, _ response: HTTPResponse) throws -> Response {
        try ResponseBodyDecoding.json(Response.self, from: body)
    }
}

extension APIOperation where Response == EmptyResponse {
    /// Ignores the body, whatever it holds.
    public func decodeResponse(_ body: Data, _ response: HTTPResponse) throws -> Response {
        EmptyResponse()
    }
}

extension APIOperation where Response == Data {
    /// Returns the body unchanged.
    public func decodeResponse(_ body: Data, _ response: HTTPResponse) throws -> Response {
        body
    }
}

extension APIOperation where Response == String {
    /// Returns the body as UTF-8 text.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the body is not valid UTF-8.
    public func decodeResponse(_ body: Data, _ response: HTTPResponse) throws -> Response {
        try ResponseBodyDecoding.text(body)
    }
}
