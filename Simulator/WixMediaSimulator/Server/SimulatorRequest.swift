import Foundation

/// One HTTP request as the simulator received it.
struct SimulatorRequest: Sendable {
    /// The method, such as `GET`.
    var method: String
    /// The path segments, percent-decoded one by one, so an encoded `/` stays inside its segment.
    var pathSegments: [String]
    /// The query items in order, percent-decoded.
    var query: [(name: String, value: String)]
    /// The header fields in order.
    var headers: [(name: String, value: String)]
    /// The body; empty when there is none.
    var body: Data

    /// The path as sent, without the query.
    var path: String

    /// Whether `body` is only the start of what the client sent: a fault cut the request short, and the
    /// connection closes without an answer once the request has been handled.
    var bodyWasCut = false

    /// The value of the first header named `name`, ignoring case.
    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The value of the first query item named `name`.
    func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// The values of every query item named `name`, in order.
    func queryValues(_ name: String) -> [String] {
        query.filter { $0.name == name }.map(\.value)
    }
}

/// Percent-decoding of request targets.
enum URLComponentDecoding {
    /// Decodes `%XX` escapes; `plusIsSpace` also turns `+` into a space, as form-encoded queries do.
    static func decode(_ text: Substring, plusIsSpace: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                let high = iterator.next()
                let low = iterator.next()
                if let high, let low, let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                    bytes.append(value)
                } else {
                    // A malformed escape is kept as written rather than rejected; the router then fails to
                    // find whatever it names.
                    bytes.append(byte)
                    bytes += [high, low].compactMap { $0 }
                }
            case UInt8(ascii: "+") where plusIsSpace:
                bytes.append(UInt8(ascii: " "))
            default:
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Splits a request target into decoded path segments and query items.
    static func split(target: String) -> (path: String, segments: [String], query: [(name: String, value: String)]) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let segments = parts[0].split(separator: "/", omittingEmptySubsequences: true).map {
            decode($0, plusIsSpace: false)
        }
        var query: [(name: String, value: String)] = []
        if parts.count > 1 {
            for item in parts[1].split(separator: "&", omittingEmptySubsequences: true) {
                let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = decode(pair[0], plusIsSpace: true)
                let value = pair.count > 1 ? decode(pair[1], plusIsSpace: true) : ""
                query.append((name, value))
            }
        }
        return (path, segments, query)
    }
}
