import Foundation

/// The scheme, host and port of a URL: what a credential is configured for and must not leave (RFC 6454).
struct Origin: Hashable, CustomStringConvertible {
    let scheme: String
    let host: String
    let port: Int?

    init(of url: URL) {
        scheme = url.scheme?.lowercased() ?? ""
        host = url.host?.lowercased() ?? ""
        port = url.port ?? Self.defaultPort(of: scheme)
    }

    /// `scheme://host:port`; an IPv6 host in brackets.
    var description: String {
        let host = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return port.map { "\(scheme)://\(host):\($0)" } ?? "\(scheme)://\(host)"
    }

    private static func defaultPort(of scheme: String) -> Int? {
        switch scheme {
        case "http": 80
        case "https": 443
        default: nil
        }
    }
}
