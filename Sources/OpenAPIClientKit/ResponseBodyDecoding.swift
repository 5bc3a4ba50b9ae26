import Foundation

/// How generated operations turn a success response's body into a value; `APIOperation`'s default
/// `decodeResponse` and the response enums of operations with several statuses share these rules.
public enum ResponseBodyDecoding {
    /// Decodes `body` as JSON; an empty body decodes as `{}`, so that responses whose schema is an object
    /// with only optional members succeed when the server sends nothing. Problems that tolerant decoding
    /// records go to ``DecodingProblems/current``, when the caller set one.
    public static func json<Value: Decodable>(_ type: Value.Type, from body: Data) throws -> Value {
        let decoder = JSONDecoder()
        if let problems = DecodingProblems.current { decoder.userInfo[.decodingProblems] = problems }
        return try decoder.decode(type, from: body.isEmpty ? Data("{}".utf8) : body)
    }

    /// Decodes an error response's body as JSON; nil when it is empty or does not decode, so that a
    /// missing or unexpected error body never replaces the error itself.
    public static func errorJSON<Value: Decodable>(_ type: Value.Type, from body: Data) -> Value? {
        guard !body.isEmpty else { return nil }
        return try? JSONDecoder().decode(type, from: body)
    }

    /// The body as UTF-8 text.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the body is not valid UTF-8.
    public static func text(_ body: Data) throws -> String {
        guard let text = String(bytes: body, encoding: .utf8) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: [], debugDescription: "The response body is not valid UTF-8."))
        }
        return text
    }
}

/// A success status the operation's API description does not document, for an operation whose response
/// is an enum of its documented statuses: there is no case to decode the body into.
public struct UndocumentedStatusError: Error, Sendable, Hashable {
    /// The status the server sent.
    public var statusCode: Int

    /// Creates the error for `statusCode`.
    public init(statusCode: Int) {
        self.statusCode = statusCode
    }
}
