import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A resumable upload survives interruptions: it asks the server with `HEAD` which bytes it kept and goes on
/// from there, a bounded number of times in a row; other errors end it at once.
final class ResumableUploadInterruptionTests: XCTestCase {
    private let uploadURL = FakeUploadServer.uploadURL

    func testAConnectionDroppedMidChunkResumesFromTheOffsetTheServerKept() async throws {
        let server = FakeUploadServer()
        await server.setFaults([nil, .dropAfter(bytes: 10)], for: "PATCH")
        let sleeps = SleepRecorder()
        let bytes = testBytes(count: 250)

        _ = try await server.client.files.upload(bytes, fileName: "a.mp4", options: sleeps.options(chunkSize: 64))

        let uploads = await server.uploadHostRequests.dropFirst().dropLast()  // without create and finalise
        XCTAssertEqual(
            Array(uploads), ["PATCH", "PATCH", "HEAD", "PATCH", "PATCH", "PATCH"].map { "\($0) \(uploadURL)" })
        let patches = await server.patches
        XCTAssertEqual(patches.map(\.offset), ["0", "64", "74", "138", "202"])
        let stored = await server.tusBytes
        XCTAssertEqual(stored, bytes, "the stored file must be byte-identical")
        let waits = await sleeps.durations
        XCTAssertEqual(waits, [.zero], "one wait: the first of the resume delays")
    }

    func testProgressAfterAResumeFollowsWhatTheServerKeptWithoutRepeats() async throws {
        let server = FakeUploadServer()
        await server.setFaults([nil, .dropAfter(bytes: 10), .drop], for: "PATCH")
        let progress = ProgressLog()

        _ = try await server.client.files.upload(
            testBytes(count: 250), fileName: "a.mp4", options: SleepRecorder().options(chunkSize: 64),
            progress: progress.record)

        XCTAssertEqual(progress.bytesSent, [0, 64, 74, 138, 202, 250])
    }

    func testServerErrorsAndConflictsAreInterruptions() async throws {
        for status in [409, 423, 429, 500, 503] {
            let server = FakeUploadServer()
            await server.setFaults([.reply(status)], for: "PATCH")

            _ = try await server.client.files.upload(
                testBytes(count: 150), fileName: "a.mp4", options: SleepRecorder().options())

            let methods = await server.requests.map { $0.httpMethod ?? "" }
            XCTAssertEqual(
                methods, ["POST", "POST", "PATCH", "HEAD", "PATCH", "PATCH", "PATCH", "PUT"], "status \(status)")
        }
    }

    func testAClientErrorEndsTheUploadWithoutResuming() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.reply(403, body: #"{ "message": "token expired" }"#)], for: "PATCH")
        let sleeps = SleepRecorder()

        let error = await assertThrows(WixAPIError.self) {
            try await server.client.files.upload(testBytes(count: 150), fileName: "a.mp4", options: sleeps.options())
        }

        XCTAssertEqual(error?.statusCode, 403)
        XCTAssertEqual(error?.message, "token expired")
        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods, ["POST", "POST", "PATCH"])
        let waits = await sleeps.durations
        XCTAssertEqual(waits, [])
    }

    func testTheUploadGivesUpAfterAsManyInterruptionsInARowAsThereAreDelays() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.drop, .drop, .drop], for: "PATCH")
        let sleeps = SleepRecorder()

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(
                testBytes(count: 150), fileName: "a.mp4",
                options: sleeps.options(resumeDelays: [.zero, .seconds(3)]))
        }

        guard case .transport(let underlying)? = error else {
            return XCTFail("expected transport, got \(String(describing: error))")
        }
        XCTAssertEqual((underlying as? URLError)?.code, .networkConnectionLost)
        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods, ["POST", "POST", "PATCH", "HEAD", "PATCH", "HEAD", "PATCH"])
        let waits = await sleeps.durations
        XCTAssertEqual(waits, [.zero, .seconds(3)])
    }

    func testProgressStartsTheCountOfInterruptionsAgain() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.drop, nil, .drop, nil, .drop], for: "PATCH")
        let sleeps = SleepRecorder()
        let bytes = testBytes(count: 250)

        _ = try await server.client.files.upload(
            bytes, fileName: "a.mp4", options: sleeps.options(chunkSize: 64, resumeDelays: [.seconds(1)]))

        let stored = await server.tusBytes
        XCTAssertEqual(stored, bytes)
        let waits = await sleeps.durations
        XCTAssertEqual(waits, [.seconds(1), .seconds(1), .seconds(1)], "each interruption after progress is the first")
    }

    func testNoResumeDelaysMeansTheFirstInterruptionEndsTheUpload() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.drop], for: "PATCH")

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(
                testBytes(count: 150), fileName: "a.mp4", options: SleepRecorder().options(resumeDelays: []))
        }

        guard case .transport? = error else {
            return XCTFail("expected transport, got \(String(describing: error))")
        }
    }

    func testAFailedHeadIsOneMoreInterruption() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.drop], for: "PATCH")
        await server.setFaults([.reply(502)], for: "HEAD")
        let sleeps = SleepRecorder()
        let bytes = testBytes(count: 150)

        _ = try await server.client.files.upload(
            bytes, fileName: "a.mp4", options: sleeps.options(resumeDelays: [.seconds(1), .seconds(2)]))

        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods, ["POST", "POST", "PATCH", "HEAD", "HEAD", "PATCH", "PATCH", "PATCH", "PUT"])
        let waits = await sleeps.durations
        XCTAssertEqual(waits, [.seconds(1), .seconds(2)])
        let stored = await server.tusBytes
        XCTAssertEqual(stored, bytes)
    }

    func testALostFinaliseAnswerIsSentAgain() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.drop], for: "PUT")

        let file = try await server.client.files.upload(
            testBytes(count: 150), fileName: "a.mp4", options: SleepRecorder().options())

        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods.suffix(2), ["PUT", "PUT"])
        XCTAssertEqual(file.sizeInBytes, 150)
    }

    func testCreateIsNotRepeatedBecauseItWouldSpendTheToken() async throws {
        let server = FakeUploadServer()
        await server.setFaults([nil, .drop], for: "POST")  // the first POST is Generate Resumable Upload URL

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.upload(
                testBytes(count: 150), fileName: "a.mp4", options: SleepRecorder().options())
        }

        guard case .transport? = error else {
            return XCTFail("expected transport, got \(String(describing: error))")
        }
        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods, ["POST", "POST"])
    }
}
