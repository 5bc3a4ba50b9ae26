import Foundation
import WixMedia
import XCTest

/// `WixMediaConfiguration.decodingPolicy` and `onDecodingProblems`, end to end through a client.
final class ClientDecodingPolicyTests: XCTestCase {
    /// `media.image.image` as the `wix:image://` string of one Wix guide, where the REST reference has an object;
    /// and a `createdDate` that is a number.
    private static let oddFile = #"""
        { "file": { "id": "4acbb8_odd~mv2.jpg", "displayName": "odd.jpg",
          "media": { "image": { "image": "wix:image://v1/4acbb8_odd~mv2.jpg/odd.jpg#originWidth=10&originHeight=10" } },
          "createdDate": 1661970037 } }
        """#

    func testTolerantClientDropsOnlyTheOddFieldsAndReportsThem() async throws {
        let reports = ProblemReports()

        let response = try await client(.tolerant, body: Self.oddFile, reports: reports).send(
            Operations.GetFileDescriptor(fileID: "4acbb8_odd~mv2.jpg"))

        XCTAssertEqual(response.file?.displayName, "odd.jpg")
        XCTAssertNotNil(response.file?.media?.image, "the image's other members are kept")
        XCTAssertNil(response.file?.media?.image?.image)
        XCTAssertNil(response.file?.createdDate)
        let reported = reports.all
        XCTAssertEqual(reported.map(\.operationID), [Operations.GetFileDescriptor.operationID])
        let problems = reported.first?.problems ?? []
        XCTAssertEqual(problems.map(\.path), ["$.file.media.image.image", "$.file.createdDate"])
        XCTAssertEqual(problems.last?.rawValue, 1_661_970_037)
        XCTAssertEqual(problems.last?.expectedType, "RFC3339Date")
    }

    func testAResponseWithoutProblemsIsNotReported() async throws {
        let reports = ProblemReports()

        _ = try await client(.tolerant, body: #"{ "file": { "id": "f" } }"#, reports: reports).send(
            Operations.GetFileDescriptor(fileID: "f"))

        let reported = reports.all
        XCTAssertTrue(reported.isEmpty)
    }

    func testStrictClientFailsWithTheRawBody() async throws {
        let error = await assertThrows(WixMediaError.self) {
            try await self.client(.strict, body: Self.oddFile).send(Operations.GetFileDescriptor(fileID: "f"))
        }

        guard case .undecodableResponse(200, let body, let underlying)? = error else {
            return XCTFail("expected undecodableResponse, got \(String(describing: error))")
        }
        XCTAssertEqual(String(decoding: body, as: UTF8.self), Self.oddFile)
        XCTAssertTrue(underlying is DecodingError)
    }

    func testARequiredFieldOfAnotherTypeFailsEvenWhenTolerant() async throws {
        let body = #"{ "file": { "id": { "value": "f" }, "displayName": "a.jpg" } }"#

        let error = await assertThrows(WixMediaError.self) {
            try await self.client(.tolerant, body: body).send(Operations.GetFileDescriptor(fileID: "f"))
        }

        guard case .undecodableResponse(200, let raw, let underlying as DecodingError)? = error,
            case .typeMismatch(_, let context) = underlying
        else { return XCTFail("expected a typeMismatch, got \(String(describing: error))") }
        XCTAssertEqual(context.codingPath.map(\.stringValue), ["file", "id"])
        XCTAssertEqual(String(decoding: raw, as: UTF8.self), body)
    }

    func testAnUndecodableResponseIsNotRetried() async throws {
        let log = RequestLog()
        let transport = FakeTransport.replying(status: 200, body: #"{ "file": { "id": 7 } }"#, log: log)
        let client = WixMediaClient(
            credentials: .apiKey("k", siteID: "s"), configuration: WixMediaConfiguration(rateLimit: nil),
            transport: transport)

        _ = await assertThrows(WixMediaError.self) {
            try await client.send(Operations.GetFileDescriptor(fileID: "f"))
        }

        let requests = await log.requests
        XCTAssertEqual(requests.count, 1)
    }

    private func client(_ policy: DecodingPolicy, body: String, reports: ProblemReports? = nil) -> WixMediaClient {
        .decoding(policy, reports: reports, transport: FakeTransport.replying(status: 200, body: body))
    }
}
