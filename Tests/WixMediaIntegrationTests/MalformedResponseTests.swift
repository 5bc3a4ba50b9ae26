import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// Answers that are not what the client expects arrive as typed errors that keep what was received.
final class MalformedResponseTests: XCTestCase {
    func testHTMLInternalServerErrorKeepsTheRawPage() async throws {
        try await withSimulator { harness in
            harness.simulator.faults.inject(.htmlInternalServerError)
            let client = harness.client(retryPolicy: RecordingSleeper().policy())

            let error = await assertThrows(WixAPIError.self) { try await client.files.listFiles() }

            XCTAssertEqual(error?.statusCode, 500)
            XCTAssertNil(error?.message)
            XCTAssertNil(error?.code)
            XCTAssertTrue(String(decoding: error?.rawBody ?? Data(), as: UTF8.self).hasPrefix("<html>"))
            XCTAssertNotNil(error?.requestID)
            XCTAssertEqual(harness.requests.count(for: "listFiles"), 1, "500 is not retried")
        }
    }

    func testTruncatedJSONOnSuccessIsAnUndecodableResponseWithTheBytes() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            _ = try await client.folders.createFolder(displayName: "Summer")
            harness.simulator.faults.inject(.truncatedJSON, for: .operation("listFolders"))

            let error = await assertThrows(WixMediaError.self) { try await client.folders.listFolders() }

            guard case .undecodableResponse(let status, let body, _)? = error else {
                return XCTFail("expected undecodableResponse, got \(String(describing: error))")
            }
            XCTAssertEqual(status, 200)
            XCTAssertFalse(body.isEmpty, "the truncated body is kept")
            XCTAssertThrowsError(try JSONSerialization.jsonObject(with: body))
            XCTAssertEqual(harness.requests.count(for: "listFolders"), 1)
        }
    }
}
