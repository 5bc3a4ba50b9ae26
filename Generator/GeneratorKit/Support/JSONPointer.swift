import Foundation

/// Builds and parses RFC 6901 JSON pointers in their URI-fragment form (`#/a/b~1c`).
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    public private(set) var tokens: [String]

    public static let root = JSONPointer(tokens: [])

    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Parses `#/a/b` (or `/a/b`); returns nil for anything that is not a local pointer.
    public init?(fragment: String) {
        var text = Substring(fragment)
        if text.hasPrefix("#") { text = text.dropFirst() }
        guard let decoded = text.removingPercentEncodingIfNeeded() else { return nil }
        if decoded.isEmpty {
            self.tokens = []
            return
        }
        guard decoded.hasPrefix("/") else { return nil }
        self.tokens = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    public func appending(_ token: String) -> JSONPointer {
        var copy = self
        copy.tokens.append(token)
        return copy
    }

    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    public var description: String {
        "#" + tokens.map { "/" + Self.escape($0) }.joined()
    }

    static func escape(_ token: String) -> String {
        guard
            token.contains(where: { $0 == "~" || $0 == "/" || $0 == "%" || $0 == " " })
                || PrintableText.mayHaveHazard(token)
        else { return token }
        var out = ""
        for scalar in token.unicodeScalars {
            switch scalar {
            case "~": out += "~0"
            case "/": out += "~1"
            // URI fragments cannot hold these raw; `$ref`s in the wild write them percent-encoded.
            case "%": out += "%25"
            case " ": out += "%20"
            // Nor control characters (RFC 6901 §6 defers to RFC 3986): percent-encoded as UTF-8, the way
            // `init(fragment:)` reads them back, with the other scalars that break or reorder a printed line.
            case _ where PrintableText.isHazard(scalar):
                out += String(scalar).utf8.map { "%" + ($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true) }
                    .joined()
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Substring {
    fileprivate func removingPercentEncodingIfNeeded() -> String? {
        contains("%") ? String(self).removingPercentEncoding : String(self)
    }
}
