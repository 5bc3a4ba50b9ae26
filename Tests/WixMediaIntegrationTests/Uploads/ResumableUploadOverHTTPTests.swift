import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// Resumable (tus) uploads from disk through URLSession to the simulator's tus endpoint.
final class ResumableUploadOverHTTPTests: XCTestCase {
    private static let mebibyte = 1_024 * 1_024

    func testConnectionDroppedMidChunkResumesFromTheServersOffsetAndStoresTheSameBytes() async throws {
        try await withSimulator { harness in
            let size = 25_000_000
            let chunkSize = Self.mebibyte
            let (url, hash) = try GeneratedBytes.file(named: "launch.mp4", count: size, in: self)
            let progress = ProgressRecorder()
            // Before the fifth chunk goes out, the connection is set to break 300,000 bytes into it.
            let breakAt = Int64(4 * chunkSize)
            let kept = 300_000

            // A short timeout bounds a quirk of URLSession on Linux: when the broken PATCH went over a reused
            // connection, libcurl may send it again on a new one, and FoundationNetworking, unable to rewind a
            // `Data` body, leaves that copy hanging until the timeout. Either way the client resumes via HEAD.
            let file = try await harness.client(timeout: .seconds(2)).files.upload(
                fileURL: url,
                options: UploadOptions(chunkSize: chunkSize, resumeDelays: [.zero], progressInterval: .seconds(3_600))
            ) { update in
                progress.record(update)
                if update.bytesSent == breakAt {
                    harness.simulator.faults.inject(
                        .dropConnectionDuringRequestBody(afterBytes: kept), for: .operation(UploadOperation.tusPatch))
                }
            }

            let content = try XCTUnwrap(harness.simulator.store.content(ofFile: file.id))
            XCTAssertEqual(content.byteCount, Int64(size))
            XCTAssertEqual(content.hash, hash, "the stored bytes are the file's, each once and in order")
            XCTAssertEqual(content.sentContentType, "video/mp4")
            XCTAssertEqual(file.displayName, "launch.mp4")
            XCTAssertEqual(file.mediaType, .video)
            XCTAssertEqual(file.sizeInBytes, Int64(size))
            XCTAssertEqual(file.hash, hash.description)
            XCTAssertEqual(file.operationStatus, .ready)

            // 24 chunks, the fifth of them sent twice: broken, then its rest from the offset the HEAD gave. The
            // chunks after it start 300,000 bytes later, which here still makes 24 in all.
            let chunks = (size + chunkSize - 1) / chunkSize
            XCTAssertEqual(chunks, 24)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusPatch), chunks + 1)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusHead), 1)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusCreate), 1)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.finalise), 1)
            XCTAssertEqual(harness.requests.count(for: Operations.GenerateFileResumableUploadURL.operationID), 1)
            XCTAssertEqual(harness.requests.total, chunks + 1 + 4)

            let sent = progress.bytesSent
            XCTAssertEqual(sent.first, 0)
            XCTAssertEqual(sent.last, Int64(size))
            XCTAssertTrue(sent.contains(breakAt + Int64(kept)), "resumed after the bytes the server kept: \(sent)")
            XCTAssertEqual(sent, sent.sorted(), "nothing the server kept was sent again")
        }
    }

    func testTheStateOfAFinishedUploadIsExpired() async throws {
        try await withSimulator { harness in
            let (url, _) = try GeneratedBytes.file(named: "clip.mp4", count: 100_000, in: self)
            let states = LockedValue<[ResumableUploadState]>([])
            let client = harness.client()
            _ = try await client.files.upload(
                fileURL: url, options: UploadOptions(resumableThreshold: 0, chunkSize: 40_000),
                saveState: { state in states.withLock { $0.append(state) } })
            let last = try XCTUnwrap(states.withLock { $0.last })
            XCTAssertEqual(last.bytesConfirmed, 100_000)

            // The simulator forgets a tus upload once it is finalised, as a tus server forgets an expired one.
            let error = await assertThrows(WixMediaError.self) {
                try await client.files.resumeUpload(fileURL: url, from: last)
            }

            guard case .invalidRequest(let reason)? = error else {
                return XCTFail("expected invalidRequest, got \(String(describing: error))")
            }
            XCTAssertEqual(reason as? UploadError, .savedUploadExpired(statusCode: 404))
            XCTAssertEqual(harness.requests.count(for: UploadOperation.finalise), 1, "no second finalise")
        }
    }
}
