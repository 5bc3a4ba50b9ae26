import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension Harness {
    /// An HTTP answer as the session got it.
    struct RawAnswer {
        var response: HTTPURLResponse
        var body: Data
    }

    /// Sends `request` as it is, straight through the harness's session, and returns the answer whatever its status.
    func send(_ request: URLRequest) async throws -> RawAnswer {
        let (body, response) = try await session.data(for: request)
        return RawAnswer(response: try XCTUnwrap(response as? HTTPURLResponse), body: body)
    }
}

extension WixAPIError {
    /// The error the client would make of `answer`.
    init(_ answer: Harness.RawAnswer) {
        self.init(
            statusCode: answer.response.statusCode, body: answer.body,
            requestID: answer.response.value(forHTTPHeaderField: "x-wix-request-id"))
    }
}
