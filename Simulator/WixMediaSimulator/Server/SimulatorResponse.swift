import Foundation

/// One HTTP response the simulator sends.
struct SimulatorResponse: Sendable {
    /// The status code.
    var status: Int
    /// Header fields besides `Content-Length`, `Connection` and `x-wix-request-id`, which the server adds.
    var headers: [(name: String, value: String)]
    /// The body.
    var body: Data

    /// A response with `status`, `headers` and `body`.
    init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON response.
    static func json(_ body: Data, status: Int = 200) -> SimulatorResponse {
        SimulatorResponse(status: status, headers: [("Content-Type", "application/json")], body: body)
    }

    /// The status line and header block, ending with the blank line. `contentLength` is what the header
    /// announces, which a fault may make differ from the body actually sent.
    func head(requestID: String, keepAlive: Bool, contentLength: Int) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reason(for: status))\r\n"
        for (name, value) in headers {
            text += "\(name): \(value)\r\n"
        }
        text += "Content-Length: \(contentLength)\r\n"
        text += "x-wix-request-id: \(requestID)\r\n"
        text += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        return Array(text.utf8)
    }

    static func reason(for status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 409: "Conflict"
        case 411: "Length Required"
        case 412: "Precondition Failed"
        case 413: "Content Too Large"
        case 415: "Unsupported Media Type"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status \(status)"
        }
    }
}
