import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension URL {
    /// This URL as it may appear in a log or an error description: what could authorise a request replaced by
    /// `REDACTED`.
    ///
    /// Signed URLs carry their authority inside them — a token in the query (`?token=…`) or a JWT as a path
    /// segment (`https://upload.example.com/upload/eyJhbGciOi…`) — so printing one hands out the right to use it.
    /// Replaced are: user and password, every query value (names stay, so the shape of the query shows), the
    /// fragment, and each path segment of 16 or more characters that holds anything but lowercase letters and
    /// hyphens (tokens and long IDs; route names such as `generate-resumable-upload-url` stay). Scheme, host,
    /// port and the other segments stay, so the URL still says where a request went.
    ///
    /// ```swift
    /// print(request.url?.redactedForDiagnostics.absoluteString ?? "")
    /// // https://upload.example.com/upload/tus/REDACTED?filename=REDACTED
    /// ```
    public var redactedForDiagnostics: URL {
        guard var components = URLComponents(url: self, resolvingAgainstBaseURL: true) else {
            return URLRedaction.placeholderURL
        }
        if components.percentEncodedUser != nil || components.percentEncodedPassword != nil {
            components.percentEncodedUser = URLRedaction.placeholder
            components.percentEncodedPassword = nil
        }
        components.percentEncodedPath = components.percentEncodedPath
            .split(separator: "/", omittingEmptySubsequences: false)
            .map { URLRedaction.mayBeSecret($0) ? URLRedaction.placeholder : String($0) }
            .joined(separator: "/")
        if let query = components.percentEncodedQuery {
            components.percentEncodedQuery = query.split(separator: "&", omittingEmptySubsequences: false)
                .map(URLRedaction.redactedQueryItem)
                .joined(separator: "&")
        }
        if components.percentEncodedFragment != nil {
            components.percentEncodedFragment = URLRedaction.placeholder
        }
        return components.url ?? URLRedaction.placeholderURL
    }
}

/// The rules behind `URL.redactedForDiagnostics`, and their use on text and errors.
public enum URLRedaction {
    /// What stands in for a redacted part; valid in every part of a URL, so a redacted URL is still one.
    public static let placeholder = "REDACTED"

    /// `text` read as a URL and redacted; text that is no absolute URL is replaced whole, since nothing tells
    /// which part of it is secret.
    public static func redact(_ text: String) -> String {
        guard let url = URL(string: text), url.scheme != nil else { return placeholder }
        return url.redactedForDiagnostics.absoluteString
    }

    /// `text` with every URL in it (`scheme://…`, up to whitespace or a quote or bracket) redacted.
    public static func redactingURLs(inText text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let separator = rest.range(of: "://") {
            // The scheme: RFC 3986 allows letters, digits, `+`, `-` and `.` after a first letter.
            var start = separator.lowerBound
            while start > rest.startIndex, isSchemeCharacter(rest[rest.index(before: start)]) {
                start = rest.index(before: start)
            }
            while start < separator.lowerBound, !(rest[start].isASCII && rest[start].isLetter) {
                start = rest.index(after: start)
            }
            let end = rest[separator.upperBound...].firstIndex(where: endsURL) ?? rest.endIndex
            if start == separator.lowerBound {  // no scheme: not a URL
                result += rest[..<separator.upperBound]
                rest = rest[separator.upperBound...]
                continue
            }
            result += rest[..<start] + redact(String(rest[start..<end]))
            rest = rest[end...]
        }
        return result + rest
    }

    /// `error` with the URLs it carries redacted, when it is a `URLError`: its description, and with it every
    /// print of an error that wraps it, shows its `userInfo` — the failing URL (`NSErrorFailingURLKey`,
    /// `NSErrorFailingURLStringKey`) and underlying errors with theirs. Other errors are returned unchanged.
    public static func redactingURLs(in error: any Error) -> any Error {
        guard let urlError = error as? URLError else { return error }
        return URLError(urlError.code, userInfo: redactedUserInfo(urlError.userInfo))
    }

    static let placeholderURL = URL(string: "redacted:" + placeholder)!

    static func mayBeSecret(_ segment: Substring) -> Bool {
        segment.utf8.count >= 16
            && !segment.utf8.allSatisfy {
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0 == UInt8(ascii: "-")
            }
    }

    static func redactedQueryItem(_ item: Substring) -> String {
        guard let equals = item.firstIndex(of: "="), !mayBeSecret(item[..<equals]) else { return placeholder }
        return item[..<equals] + "=" + placeholder
    }

    /// The values of `userInfo` with URLs redacted: URL values, URLs in text, and nested errors likewise.
    /// Other values whose description shows a URL (on Apple platforms, the session task may) are left out.
    private static func redactedUserInfo(_ userInfo: [String: Any]) -> [String: Any] {
        var redacted: [String: Any] = [:]
        for (key, value) in userInfo {
            switch value {
            case let url as URL:
                redacted[key] = url.redactedForDiagnostics
            case let text as String:
                redacted[key] = redactingURLs(inText: text)
            case let nested as URLError:
                redacted[key] = redactingURLs(in: nested)
            case let nested as NSError:
                redacted[key] = NSError(
                    domain: nested.domain, code: nested.code, userInfo: redactedUserInfo(nested.userInfo))
            default:
                if !String(describing: value).contains("://") { redacted[key] = value }
            }
        }
        return redacted
    }

    private static func isSchemeCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "+-.".contains(character))
    }

    private static func endsURL(_ character: Character) -> Bool {
        character.isWhitespace || "\"'<>()[]{}".contains(character)
    }
}
