import Foundation

/// An error response from the Wix API: status, its category, the application error code, and everything
/// else Wix sent, including the raw body.
///
/// Every operation throws this one type, so one `catch let error as WixAPIError` catches every error
/// response. Switch on ``category`` for the kind of failure, or on ``code(as:)`` with the operation's
/// generated code enum (`Operations.DeleteFolder.ErrorCode`) for its documented application codes.
public struct WixAPIError: Error, Sendable, CustomStringConvertible {
    /// The HTTP status code.
    public var statusCode: Int
    /// The application error code as Wix sent it (`details.applicationError.code`), when there is one;
    /// ``code(as:)`` reads it as an operation's code enum.
    public var code: AnyErrorCode?
    /// The human-readable message (`message`).
    public var message: String?
    /// The application error's description (`details.applicationError.description`).
    public var codeDescription: String?
    /// Extra data of the application error.
    public var data: [String: JSONValue]?
    /// Invalid request fields (`details.validationError.fieldViolations`).
    public var fieldViolations: [FieldViolation]
    /// The `x-wix-request-id` response header, which Wix support asks for.
    public var requestID: String?
    /// The response body as received; 5xx responses are often empty or not JSON.
    public var rawBody: Data

    /// The kind of failure its HTTP status stands for.
    public var category: Category { Category(statusCode: statusCode) }

    /// The application error code as `Code`, typically an operation's generated enum
    /// (`error.code(as: Operations.GetFolder.ErrorCode.self)`); nil when the body carries no code.
    ///
    /// A code the enum does not list is kept in its unknown-value case, never dropped.
    public func code<Code: APIErrorCode>(as type: Code.Type) -> Code? {
        code.map { Code(rawValue: $0.rawValue) }
    }

    /// Reads an error response; a body that is not Wix's error JSON still gives an error with its raw bytes.
    ///
    /// Each part is read on its own from the JSON tree, so one member of an unexpected type (say a string
    /// `errorCode`) does not lose the others.
    public init(statusCode: Int, body: Data, requestID: String?) {
        let json = try? JSONDecoder().decode(JSONValue.self, from: body)
        let application = json?["details"]?["applicationError"]
        self.statusCode = statusCode
        self.code = application?["code"]?.stringValue.map(AnyErrorCode.init(rawValue:))
        self.message = json?["message"]?.stringValue
        self.codeDescription = application?["description"]?.stringValue
        self.data = application?["data"]?.objectValue
        self.fieldViolations = (json?["details"]?["validationError"]?["fieldViolations"]?.arrayValue ?? []).compactMap {
            Self.decode(FieldViolation.self, from: $0)
        }
        self.requestID = requestID
        self.rawBody = body
    }

    /// The error for a non-2xx `response` with `body`: the one place the client and the uploads build it,
    /// so both read the request ID the same way.
    init(response: HTTPResponse, body: Data) {
        self.init(
            statusCode: response.statusCode, body: body, requestID: response.headerValue(for: "x-wix-request-id"))
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, from json: JSONValue) -> Value? {
        guard let data = try? JSONEncoder().encode(json) else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }

    public var description: String {
        var parts = ["HTTP \(statusCode)"]
        if let code { parts.append(code.rawValue) }
        if let message, !message.isEmpty { parts.append(message) }
        for violation in fieldViolations {
            parts.append("\(violation.field ?? "?"): \(violation.description ?? "invalid")")
        }
        if let requestID { parts.append("request \(requestID)") }
        // The message is the server's text, which may quote a signed URL.
        return URLRedaction.redactingURLs(inText: "WixAPIError(" + parts.joined(separator: "; ") + ")")
    }
}

/// Failures that are not an error response from Wix: the runtime's ``APIClientError``, under the name this
/// package has always used for them.
///
/// A `URLError` the client wraps in `transport(underlying:)` has the URLs of its `userInfo` redacted
/// (``URLRedaction/redactingURLs(in:)``), so printing it, or the error around it, shows no upload token.
public typealias WixMediaError = APIClientError
