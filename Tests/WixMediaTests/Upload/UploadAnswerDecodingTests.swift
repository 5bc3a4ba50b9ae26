import Foundation
import WixMedia
import XCTest

/// Once the upload host answered 2xx, Wix has the file: an answer the client cannot read must not look like a
/// failure worth repeating, and must still say which file was created.
final class UploadAnswerDecodingTests: XCTestCase {
    private static let oddAnswer = #"{ "file": { "id": "4acbb8_up~mv2.jpg", "sizeInBytes": { "bytes": 7 } } }"#

    func testAnOptionalFieldOfAnotherShapeCostsOnlyThatField() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.reply(200, body: Self.oddAnswer)], for: "PUT")
        let reports = ProblemReports()

        let file = try await client(of: server, policy: .tolerant, reports: reports).files.upload(
            Data("x".utf8), fileName: "a.jpg")

        XCTAssertEqual(file.id, "4acbb8_up~mv2.jpg")
        XCTAssertNil(file.sizeInBytes)
        let reported = reports.all
        XCTAssertEqual(reported.map(\.operationID), ["uploadFile"])
        XCTAssertEqual(reported.first?.problems.map(\.path), ["$.file.sizeInBytes"])
        XCTAssertEqual(reported.first?.problems.first?.rawValue, ["bytes": 7])
    }

    func testAStrictClientFailsWithTheFileIDAndTheAnswerAndDoesNotRetry() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.reply(200, body: Self.oddAnswer)], for: "PUT")

        let error = await assertThrows(WixMediaError.self) {
            try await self.client(of: server, policy: .strict).files.upload(Data("x".utf8), fileName: "a.jpg")
        }

        guard case .undecodableResponse(200, let body, let underlying as UploadError)? = error,
            case .acceptedButUndecodable(let fileID, _) = underlying
        else { return XCTFail("expected acceptedButUndecodable, got \(String(describing: error))") }
        XCTAssertEqual(fileID, "4acbb8_up~mv2.jpg")
        XCTAssertEqual(String(decoding: body, as: UTF8.self), Self.oddAnswer)
        let puts = await server.requests.filter { $0.httpMethod == "PUT" }
        XCTAssertEqual(puts.count, 1, "a repeated PUT would create a second file")
    }

    func testAResumableUploadWhoseFinalAnswerHasNoFileIDIsNotFinalisedAgain() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.reply(200, body: #"{ "file": { "id": 42 } }"#)], for: "PUT")
        let sleeps = SleepRecorder()

        let error = await assertThrows(WixMediaError.self) {
            try await self.client(of: server, policy: .tolerant).files.upload(
                testBytes(count: 300), fileName: "a.jpg", options: sleeps.options())
        }

        guard case .undecodableResponse(200, _, let underlying as UploadError)? = error,
            case .acceptedButUndecodable(nil, _) = underlying
        else { return XCTFail("expected acceptedButUndecodable without an ID, got \(String(describing: error))") }
        let puts = await server.requests.filter { $0.httpMethod == "PUT" }
        XCTAssertEqual(puts.count, 1)
    }

    /// A client of `server` that retries as by default, so that a retry would show.
    private func client(
        of server: FakeUploadServer, policy: DecodingPolicy, reports: ProblemReports? = nil
    ) -> WixMediaClient {
        .decoding(
            policy, reports: reports, retryPolicy: .default,
            transport: FakeTransport { request in try await server.handle(request) })
    }
}
