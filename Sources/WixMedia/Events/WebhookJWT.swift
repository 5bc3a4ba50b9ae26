import Foundation

/// A JSON Web Token in compact form (`header.payload.signature`), taken apart **without checking its
/// signature**.
///
/// Wix signs webhooks with RS256 (RSA with SHA-256) using the app's key pair. Foundation has no RSA on Linux and
/// this library takes no dependencies, so verification is left to the caller: on Apple platforms, Security's
/// `SecKeyVerifySignature` with `.rsaSignatureMessagePKCS1v15SHA256`, the app's public key (from the app's
/// Webhooks page), ``signingInput`` and ``signature`` does it; elsewhere, a JWT or crypto library.
public struct WebhookJWT: Sendable, Hashable {
    /// The header's JSON, such as `{"kid":"…","alg":"RS256"}`.
    public var header: Data
    /// The payload's JSON; for a Wix webhook, `{"data":"<envelope JSON>","iat":…,"exp":…}`.
    public var payload: Data
    /// The signature's bytes.
    public var signature: Data
    /// The bytes the signature covers: the first two parts as received, with the dot between them.
    public var signingInput: Data

    /// Takes apart `token`, ignoring surrounding white space.
    ///
    /// - Throws: ``MediaWebhookError/malformedJWT`` unless it has three parts, the first two non-empty, all
    ///   base64url.
    public init(compact token: String) throws {
        let parts = token.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
            let header = Self.base64URLDecoded(parts[0]), let payload = Self.base64URLDecoded(parts[1]),
            let signature = Self.base64URLDecoded(parts[2])
        else { throw MediaWebhookError.malformedJWT }
        self.header = header
        self.payload = payload
        self.signature = signature
        self.signingInput = Data("\(parts[0]).\(parts[1])".utf8)
    }

    /// Base64url without padding (RFC 7515 §2) as `Data`, or `nil` when it is not.
    private static func base64URLDecoded(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
