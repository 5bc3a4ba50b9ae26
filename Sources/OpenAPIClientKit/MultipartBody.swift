import Foundation

/// `multipart/form-data` request bodies (RFC 7578) from any encodable object: one part per member.
///
/// Binary members (`Data`) become file parts with their raw bytes; strings, numbers and booleans become
/// text parts; arrays repeat the part; nested objects become `application/json` parts.
public enum MultipartBody {
    /// A boundary that cannot occur in the parts by accident.
    public static func makeBoundary() -> String {
        "openapi-client-kit-" + UUID().uuidString
    }

    /// The `Content-Type` header value for a body made with `boundary`.
    public static func contentType(boundary: String) -> String {
        "multipart/form-data; boundary=\(boundary)"
    }

    /// Encodes the members of `value`, which must encode as an object, as form-data parts.
    public static func encode(_ value: some Encodable, boundary: String) throws -> Data {
        guard case .object(let members) = try OrderedEncoding.encode(value) else {
            throw EncodingError.invalidValue(
                value,
                EncodingError.Context(codingPath: [], debugDescription: "A multipart body must be an object."))
        }
        // The ordered tree keeps member order and raw bytes; JSON of nested objects keeps their types.
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONBody.encode(value))
        var body = Data()
        for member in members {
            try appendParts(
                name: member.key, value: member.value, json: json[member.key], boundary: boundary, to: &body)
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return body
    }

    private static func appendParts(
        name: String, value: OrderedEncoding.Value, json: JSONValue?, boundary: String, to body: inout Data
    ) throws {
        switch value {
        case .null:
            return
        case .scalar(let text):
            appendPart(name: name, headers: [], content: Data(text.utf8), boundary: boundary, to: &body)
        case .bytes(let data):
            appendPart(
                name: name, fileName: name, headers: ["Content-Type: application/octet-stream"], content: data,
                boundary: boundary, to: &body)
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                try appendParts(name: name, value: element, json: json?[index], boundary: boundary, to: &body)
            }
        case .object:
            let content = try JSONBody.encode(json ?? .object([:]))
            appendPart(
                name: name, headers: ["Content-Type: application/json"], content: content, boundary: boundary, to: &body
            )
        }
    }

    private static func appendPart(
        name: String, fileName: String? = nil, headers: [String], content: Data, boundary: String, to body: inout Data
    ) {
        var disposition = "Content-Disposition: form-data; name=\"\(quoted(name))\""
        if let fileName { disposition += "; filename=\"\(quoted(fileName))\"" }
        let head = (["--\(boundary)", disposition] + headers).joined(separator: "\r\n") + "\r\n\r\n"
        body.append(Data(head.utf8))
        body.append(content)
        body.append(Data("\r\n".utf8))
    }

    /// Quotes and line breaks would end the header parameter early.
    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}
