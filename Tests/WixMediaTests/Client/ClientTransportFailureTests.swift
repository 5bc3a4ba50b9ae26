import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Transport failures are sorted into timeouts, cancellation and other transport errors.
final class ClientTransportFailureTests: XCTestCase {
    func testTimeout() async {
        let error = await failure(of: URLError(.timedOut))

        guard case .timedOut? = error else {
            return XCTFail("expected timedOut, got \(String(describing: error))")
        }
    }

    func testNoConnectionIsATransportErrorThatKeepsTheURLError() async {
        let error = await failure(of: URLError(.notConnectedToInternet))

        guard case .transport(let underlying)? = error else {
            return XCTFail("expected transport, got \(String(describing: error))")
        }
        XCTAssertEqual((underlying as? URLError)?.code, .notConnectedToInternet)
    }

    func testCancellationError() async {
        let error = await failure(of: CancellationError())

        guard case .cancelled? = error else {
            return XCTFail("expected cancelled, got \(String(describing: error))")
        }
    }

    func testCancelledURLError() async {
        let error = await failure(of: URLError(.cancelled))

        guard case .cancelled? = error else {
            return XCTFail("expected cancelled, got \(String(describing: error))")
        }
    }

    func testAnyOtherErrorIsATransportError() async {
        let error = await failure(of: TestFailure("TLS handshake failed"))

        guard case .transport(let underlying)? = error else {
            return XCTFail("expected transport, got \(String(describing: error))")
        }
        XCTAssertEqual((underlying as? TestFailure)?.description, "TLS handshake failed")
    }

    private func failure(of transportError: any Error) async -> WixMediaError? {
        let client = WixMediaClient.testing(transport: .failing(with: transportError))
        return await assertThrows(WixMediaError.self) { try await client.files.listFiles() }
    }
}
