import Foundation

/// The request target (percent-encoded path and query) of a URL the simulator serves.
struct InProcessRequestTarget {
    /// The path, and `?` and the query when there is one, as they would go on the wire.
    let text: String

    /// The target of `url`, or nil when `url` is not on the scheme, host and port of `baseURL`.
    init?(url: URL, servedBy baseURL: URL) {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: true),
            let base = URLComponents(url: baseURL, resolvingAgainstBaseURL: true),
            components.scheme?.lowercased() == base.scheme?.lowercased(),
            components.host?.lowercased() == base.host?.lowercased(),
            Self.port(of: components) == Self.port(of: base)
        else { return nil }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        text = components.percentEncodedQuery.map { path + "?" + $0 } ?? path
    }

    /// The explicit port, or the scheme's default, so that `https://host` and `https://host:443` are one place.
    private static func port(of components: URLComponents) -> Int? {
        components.port ?? (components.scheme?.lowercased() == "http" ? 80 : 443)
    }
}
