import Foundation
import WixMedia
import XCTest

/// `WebhookJWT` takes a compact JWT apart into its decoded parts and the bytes its signature covers.
final class WebhookJWTTests: XCTestCase {
    func testThePartsAndTheSigningInput() throws {
        let token = EventExamples.webhookJWT(envelope: "{}")
        let parts = token.split(separator: ".")

        let jwt = try WebhookJWT(compact: token)

        XCTAssertEqual(String(decoding: jwt.header, as: UTF8.self), #"{"kid":"qG1kD2dz","alg":"RS256"}"#)
        XCTAssertEqual(
            try JSONSerialization.jsonObject(with: jwt.payload) as? NSDictionary,
            ["data": "{}", "iat": 1_672_927_951, "exp": 1_672_931_551])
        XCTAssertEqual(jwt.signature, Data([0xDE, 0xAD, 0xBE, 0xEF, 0xFF]))
        XCTAssertEqual(jwt.signingInput, Data("\(parts[0]).\(parts[1])".utf8))
    }

    func testBase64URLCharactersAndEveryPaddingLength() throws {
        for payload in [Data([0xFB, 0xFF, 0xBF]), Data([0xFB, 0xFF]), Data([0xFB])] {
            let encoded = EventExamples.base64URL(payload)
            XCTAssertFalse(encoded.contains("=") || encoded.contains("+") || encoded.contains("/"))

            let jwt = try WebhookJWT(compact: "e30.\(encoded).")

            XCTAssertEqual(jwt.payload, payload)
            XCTAssertEqual(jwt.signature, Data(), "an unsigned token has an empty signature")
        }
    }

    func testMalformedTokens() {
        for token in ["", "e30", "e30.e30", "e30.e30.e30.e30", ".e30.sig", "e30..sig", "e30.e3*0.sig"] {
            XCTAssertThrowsError(try WebhookJWT(compact: token), token) { error in
                guard case .malformedJWT? = error as? MediaWebhookError else {
                    return XCTFail("expected malformedJWT for \(token), got \(error)")
                }
            }
        }
    }
}
