import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A resumable upload hands out its state as it goes; `resumeUpload` finishes it from that state, and refuses a
/// changed file, an upload the host forgot, or a state it did not write.
final class ResumableUploadStateTests: XCTestCase {
    private let bytes = testBytes(count: 250)

    func testTheStateIsSavedOnceTheUploadExistsAndAfterEachConfirmedChunk() async throws {
        let server = FakeUploadServer()
        let states = StateLog()

        _ = try await server.client.files.upload(
            bytes, fileName: "clip.mp4", parentFolderID: "videos", labels: ["launch"],
            options: SleepRecorder().options(chunkSize: 64), saveState: states.record)

        let saved = states.all
        XCTAssertEqual(saved.map(\.bytesConfirmed), [0, 64, 128, 192, 250])
        let first = try XCTUnwrap(saved.first)
        XCTAssertEqual(first.fileName, "clip.mp4")
        XCTAssertEqual(first.mimeType, "video/mp4")
        XCTAssertEqual(first.parentFolderID, "videos")
        XCTAssertEqual(first.labels, ["launch"])
        XCTAssertEqual(first.totalBytes, 250)
        XCTAssertEqual(first.chunkSize, 64)
    }

    func testASimpleUploadSavesNoState() async throws {
        let server = FakeUploadServer()
        let states = StateLog()

        _ = try await server.client.files.upload(Data("x".utf8), fileName: "a.png", saveState: states.record)

        XCTAssertEqual(states.all, [])
    }

    func testTheStateSurvivesJSONAndShowsNoSecret() async throws {
        let state = try await interruptedUpload(of: bytes).state

        let decoded = try JSONDecoder().decode(ResumableUploadState.self, from: JSONEncoder().encode(state))
        XCTAssertEqual(decoded, state)
        var dumped = ""
        dump(state, to: &dumped)
        for text in [state.description, state.debugDescription, String(reflecting: state), "\(state)", dumped] {
            XCTAssertFalse(text.contains(FakeUploadServer.uploadToken), text)
            XCTAssertFalse(text.contains("upload.example"), text)
            XCTAssertTrue(text.contains("clip.mp4"), text)
        }
        // The encoded form does hold them: it is what resumes the upload, and is stored like a credential.
        let json = String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
        XCTAssertTrue(json.contains(FakeUploadServer.uploadToken))
    }

    func testResumingSendsOnlyTheBytesTheServerLacks() async throws {
        let (server, state) = try await interruptedUpload(of: bytes)
        XCTAssertEqual(state.bytesConfirmed, 64)
        let before = await server.requests.count
        let states = StateLog()
        let progress = ProgressLog()

        let file = try await server.client.files.resumeUpload(
            bytes, from: state, options: SleepRecorder().options(), progress: progress.record,
            saveState: states.record)

        let stored = await server.tusBytes
        XCTAssertEqual(stored, bytes, "the stored file must be byte-identical")
        XCTAssertEqual(file.sizeInBytes, 250)
        let resumed = await server.uploadHostRequests.dropFirst(before - 1)  // the API call is not listed
        XCTAssertEqual(
            Array(resumed),
            ["HEAD", "PATCH", "PATCH", "PATCH"].map { "\($0) \(FakeUploadServer.uploadURL)" }
                + ["PUT \(FakeUploadServer.finaliseURLPrefix)clip.mp4"])
        let patches = await server.patches
        XCTAssertEqual(patches.suffix(3).map(\.offset), ["74", "138", "202"], "from the 74 bytes the server kept")
        XCTAssertEqual(states.all.map(\.bytesConfirmed), [138, 202, 250])
        XCTAssertEqual(progress.bytesSent, [74, 138, 202, 250])
        XCTAssertEqual(Set(progress.all.map(\.path)), [.resumable])
    }

    func testResumingWhenTheServerHoldsEveryByteOnlyFinalises() async throws {
        let server = FakeUploadServer()
        await server.setFaults([.reply(503)], for: "PUT")
        let states = StateLog()
        _ = try? await server.client.files.upload(
            bytes, fileName: "clip.mp4", options: SleepRecorder().options(resumeDelays: []), saveState: states.record)
        let state = try XCTUnwrap(states.all.last)
        XCTAssertEqual(state.bytesConfirmed, 250)
        let patchesBefore = await server.patches.count

        let file = try await server.client.files.resumeUpload(bytes, from: state, options: SleepRecorder().options())

        XCTAssertEqual(file.sizeInBytes, 250)
        let patchesAfter = await server.patches.count
        XCTAssertEqual(patchesAfter, patchesBefore, "nothing more to send")
        let last = await server.uploadHostRequests.suffix(2)
        XCTAssertEqual(
            Array(last), ["HEAD \(FakeUploadServer.uploadURL)", "PUT \(FakeUploadServer.finaliseURLPrefix)clip.mp4"])
    }

    func testADifferentSourceIsRefusedBeforeAnythingIsSent() async throws {
        let (server, state) = try await interruptedUpload(of: bytes)
        let before = await server.requests.count
        var changedLastByte = bytes
        changedLastByte[249] ^= 0xFF
        var changedFirstByte = bytes
        changedFirstByte[0] ^= 0xFF

        for other in [changedLastByte, changedFirstByte, bytes.prefix(249), bytes + Data([0])] {
            let error = await assertThrows(WixMediaError.self) {
                try await server.client.files.resumeUpload(Data(other), from: state, options: SleepRecorder().options())
            }
            XCTAssertEqual(underlying(of: error) as? UploadError, .savedUploadSourceChanged)
        }
        let after = await server.requests.count
        XCTAssertEqual(after, before)
    }

    func testAFileModifiedSinceTheUploadBeganIsRefused() async throws {
        let url = try temporaryFile(named: "clip.mp4", contents: bytes)
        let (server, state) = try await interruptedUpload(of: url)
        // Same size and same first and last bytes, but touched: its middle may have changed.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3_600)], ofItemAtPath: url.path)

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.resumeUpload(fileURL: url, from: state, options: SleepRecorder().options())
        }

        XCTAssertEqual(underlying(of: error) as? UploadError, .savedUploadSourceChanged)
    }

    func testTheSameFileMovedElsewhereResumes() async throws {
        let url = try temporaryFile(named: "clip.mp4", contents: bytes)
        let (server, state) = try await interruptedUpload(of: url)
        let moved = url.deletingLastPathComponent().appendingPathComponent("moved.mp4")
        try FileManager.default.moveItem(at: url, to: moved)

        _ = try await server.client.files.resumeUpload(fileURL: moved, from: state, options: SleepRecorder().options())

        let stored = await server.tusBytes
        XCTAssertEqual(stored, bytes)
    }

    func testAnUploadTheHostNoLongerKnowsIsExpired() async throws {
        for status in [403, 404, 410] {
            let (server, state) = try await interruptedUpload(of: bytes)
            await server.setFaults([.reply(status)], for: "HEAD")

            let error = await assertThrows(WixMediaError.self) {
                try await server.client.files.resumeUpload(bytes, from: state, options: SleepRecorder().options())
            }

            guard case .invalidRequest(let reason)? = error else {
                return XCTFail("expected invalidRequest, got \(String(describing: error))")
            }
            XCTAssertEqual(reason as? UploadError, .savedUploadExpired(statusCode: status))
        }
    }

    func testAnOffsetBeyondTheFileIsRefused() async throws {
        let (server, state) = try await interruptedUpload(of: bytes)
        await server.setFaults(
            [.reply(200, headers: [HTTPHeader(name: "Upload-Offset", value: "300")])], for: "HEAD")

        let error = await assertThrows(WixMediaError.self) {
            try await server.client.files.resumeUpload(bytes, from: state, options: SleepRecorder().options())
        }

        XCTAssertEqual(underlying(of: error) as? UploadError, .invalidUploadOffset("300"))
        let patches = await server.patches.count
        XCTAssertEqual(patches, 2, "nothing sent after the HEAD")
    }

    func testAStateThisLibraryDidNotWriteIsRefused() async throws {
        let state = try await interruptedUpload(of: bytes).state
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONEncoder().encode(state)) as? [String: Any])
        let edits: [(String, Any)] = [
            ("version", 2), ("bytesConfirmed", 251), ("bytesConfirmed", -1), ("chunkSize", 0), ("uploadToken", ""),
            ("uploadURL", "/relative"),
        ]
        for (key, value) in edits {
            var edited = json
            edited[key] = value
            let tampered = try JSONDecoder().decode(
                ResumableUploadState.self, from: JSONSerialization.data(withJSONObject: edited))
            let server = FakeUploadServer()

            let error = await assertThrows(WixMediaError.self) {
                try await server.client.files.resumeUpload(self.bytes, from: tampered)
            }

            XCTAssertEqual(underlying(of: error) as? UploadError, .savedUploadInvalid, "\(key): \(value)")
            let requests = await server.requests.count
            XCTAssertEqual(requests, 0)
        }
    }

    private typealias Interrupted = (server: FakeUploadServer, state: ResumableUploadState)

    /// A resumable upload of `bytes` (named clip.mp4, chunks of 64) whose second `PATCH` breaks after the
    /// server kept 10 of its bytes, with no resume allowed: the server and the last state saved.
    private func interruptedUpload(of bytes: Data) async throws -> Interrupted {
        try await interruptedUpload { server, options, states in
            try await server.client.files.upload(
                bytes, fileName: "clip.mp4", options: options, saveState: states.record)
        }
    }

    /// As ``interruptedUpload(of:)-(Data)``, from the file at `url`.
    private func interruptedUpload(of url: URL) async throws -> Interrupted {
        try await interruptedUpload { server, options, states in
            try await server.client.files.upload(fileURL: url, options: options, saveState: states.record)
        }
    }

    private func interruptedUpload(
        _ upload: (FakeUploadServer, UploadOptions, StateLog) async throws -> FileDescriptor
    ) async throws -> Interrupted {
        let server = FakeUploadServer()
        await server.setFaults([nil, .dropAfter(bytes: 10)], for: "PATCH")
        let states = StateLog()
        let error = await assertThrows(WixMediaError.self) {
            try await upload(server, SleepRecorder().options(chunkSize: 64, resumeDelays: []), states)
        }
        XCTAssertNotNil(error)
        return (server, try XCTUnwrap(states.all.last))
    }
}

/// The states an upload saved, in order.
final class StateLog: @unchecked Sendable {
    private let lock = NSLock()
    private var states: [ResumableUploadState] = []

    func record(_ state: ResumableUploadState) {
        lock.lock()
        defer { lock.unlock() }
        states.append(state)
    }

    var all: [ResumableUploadState] {
        lock.lock()
        defer { lock.unlock() }
        return states
    }
}
