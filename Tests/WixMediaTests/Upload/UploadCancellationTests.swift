import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Cancelling the uploading task stops the upload with `WixMediaError.cancelled`, and nothing more is sent.
///
/// Each upload runs in a task of its own, which the test cancels from inside (the progress callback and the
/// resume wait run on the uploading task), so that cancellation happens at a known point.
final class UploadCancellationTests: XCTestCase {
    func testCancellingMidUploadSendsNoFurtherChunk() async throws {
        let server = FakeUploadServer()

        await assertCancelled {
            try await server.client.files.upload(
                testBytes(count: 250), fileName: "a.mp4", options: SleepRecorder().options(chunkSize: 64),
                progress: { progress in
                    // The callback runs on the uploading task: cancel it once the first chunk is confirmed.
                    if progress.bytesSent > 0 { withUnsafeCurrentTask { $0?.cancel() } }
                })
        }
        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods, ["POST", "POST", "PATCH"])
    }

    func testCancellingBeforeThePutOfASmallFileSendsNoBytes() async throws {
        let server = FakeUploadServer()

        await assertCancelled {
            try await server.client.files.upload(
                Data("x".utf8), fileName: "a.jpg", progress: { _ in withUnsafeCurrentTask { $0?.cancel() } })
        }
        let putBody = await server.putBody
        XCTAssertNil(putBody)
    }

    func testCancellingWhileWaitingToResumeSendsNoHead() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.drop], for: "PATCH")
        let options = UploadOptions(
            resumableThreshold: 100, chunkSize: 64,
            sleep: { _ in
                withUnsafeCurrentTask { $0?.cancel() }
                throw CancellationError()
            })

        await assertCancelled {
            try await server.client.files.upload(testBytes(count: 150), fileName: "a.mp4", options: options)
        }
        let methods = await server.requests.map { $0.httpMethod ?? "" }
        XCTAssertEqual(methods, ["POST", "POST", "PATCH"])
    }

    func testASleepThatReturnsEarlyWhenCancelledStillStops() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.drop], for: "PATCH")
        let options = UploadOptions(
            resumableThreshold: 100, chunkSize: 64, sleep: { _ in withUnsafeCurrentTask { $0?.cancel() } })

        await assertCancelled {
            try await server.client.files.upload(testBytes(count: 150), fileName: "a.mp4", options: options)
        }
    }
}
