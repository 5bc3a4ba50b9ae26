import Foundation

/// An error response of the server, as an ``APIClient`` throws it by default: the status, the header fields,
/// the raw body, the body as JSON when it is JSON, and the body decoded as the operation's documented error
/// body when it is one.
///
/// ```swift
/// do {
///     _ = try await api.pets.getPet(petID: "1")
/// } catch let error as APIResponseError {
///     let problem = error.errorBody(for: Operations.GetPet.self)  // the document's error schema
///     let code = error.code(for: Operations.GetPet.self)  // its code enum: .petNotFound, …
///     print(error.statusCode, code?.rawValue ?? "", problem?.message ?? error.json?["message"]?.stringValue ?? "")
/// }
/// ```
public struct APIResponseError: Error, Sendable, CustomStringConvertible {
    /// The `operationId` of the operation that was called.
    public var operationID: String
    /// The HTTP status code.
    public var statusCode: Int
    /// The response's header fields.
    public var headers: [HTTPHeader]
    /// The response body as received.
    public var rawBody: Data
    /// The body as a JSON tree; nil when it is empty or not JSON.
    public var json: JSONValue?
    /// The body decoded as the operation's documented error body, when there is one and it decoded;
    /// ``errorBody(for:)`` reads it with its type.
    public var errorBody: (any Sendable)?

    /// Reads an error response; any body, JSON or not, gives an error with its raw bytes.
    public init(_ response: ReceivedErrorResponse) {
        operationID = response.operationID
        statusCode = response.statusCode
        headers = response.response.headers
        rawBody = response.body
        json = response.body.isEmpty ? nil : try? JSONDecoder().decode(JSONValue.self, from: response.body)
        errorBody = response.errorBody
    }

    /// The error body as `Operation` documents it (its generated `ErrorBody`), or nil when this error is
    /// another operation's, or its body is undocumented for the status or did not decode.
    public func errorBody<Operation: APIOperation>(for operation: Operation.Type) -> Operation.ErrorBody? {
        guard operationID == Operation.operationID else { return nil }
        return errorBody as? Operation.ErrorBody
    }

    /// The application error code of the body as `Operation` documents its codes — its generated `ErrorCode`
    /// enum, or ``AnyErrorCode`` when the document lists none — or nil when this error is another operation's,
    /// or the body carries no string code.
    ///
    /// The code is read where the generator finds the codes it lists: the body's top-level `code`, else
    /// `details.applicationError.code`. A code the enum does not list is kept in its unrecognized case.
    public func code<Operation: APIOperation>(for operation: Operation.Type) -> Operation.ErrorCode? {
        guard operationID == Operation.operationID,
            let code = json?["code"]?.stringValue ?? json?["details"]?["applicationError"]?["code"]?.stringValue
        else { return nil }
        return Operation.ErrorCode(rawValue: code)
    }

    /// The body decoded as `type`, or nil when it is empty or does not decode: for a body the document
    /// describes loosely, or not at all.
    public func decodeBody<Body: Decodable>(as type: Body.Type) -> Body? {
        ResponseBodyDecoding.errorJSON(type, from: rawBody)
    }

    /// The value of the first header field named `name` (case-insensitive), or `nil` when there is none.
    public func headerValue(for name: String) -> String? {
        headers.value(for: name)
    }

    /// The operation, the status and the body's size; the body itself may hold anything, and stays out.
    public var description: String {
        "APIResponseError(\(operationID): HTTP \(statusCode), \(rawBody.count) bytes)"
    }
}
