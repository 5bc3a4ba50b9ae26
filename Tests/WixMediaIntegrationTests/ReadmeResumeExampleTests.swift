import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

// MARK: - README example
//
// Keep in sync with README.md § Resuming an upload after a restart: the lines between "BEGIN README § Resuming"
// and "END README § Resuming" are copied there verbatim (`ReadmeSyncTests` checks it).

/// The resuming example of the README, run against whatever server `client` talks to.
func readmeResumeExample(client: WixMediaClient, movieURL: URL, stateURL: URL) async throws -> FileDescriptor {
    // BEGIN README § Resuming
    // A resumable upload hands out its state once it exists and after each chunk the server confirms. The state
    // holds the upload's URL and token: store it like a credential (the Keychain in an app; a file here).
    let file: FileDescriptor
    do {
        file = try await client.files.upload(fileURL: movieURL) { progress in
            print(progress.path, progress.bytesSent, "of", progress.totalBytes)  // path: .simple or .resumable
        } saveState: { state in
            try? JSONEncoder().encode(state).write(to: stateURL, options: .atomic)
        }
    } catch {
        // Here, or in the next launch after the app was killed: the saved state finishes the upload. Only the
        // bytes the server lacks are sent; a changed file, or an upload the server no longer knows, is refused
        // with WixMediaError.invalidRequest(UploadError.savedUploadSourceChanged / .savedUploadExpired).
        let state = try JSONDecoder().decode(ResumableUploadState.self, from: Data(contentsOf: stateURL))
        file = try await client.files.resumeUpload(fileURL: movieURL, from: state)
    }
    try? FileManager.default.removeItem(at: stateURL)  // finished: the token must not linger
    // END README § Resuming
    return file
}

// MARK: - Test

final class ReadmeResumeExampleTests: XCTestCase {
    func testReadmeResumeExampleAgainstTheSimulator() async throws {
        try await withSimulator { harness in
            // Over the 10 MB threshold: two chunks of 8 MiB. The second is refused, which ends the upload.
            let size = 12_000_000
            let (movie, hash) = try GeneratedBytes.file(named: "launch.mp4", count: size, in: self)
            let stateURL = movie.deletingLastPathComponent().appendingPathComponent("upload-state.json")
            let patch = FaultTarget.operation(UploadOperation.tusPatch)
            harness.simulator.faults.inject(.delay(.zero), for: patch)
            harness.simulator.faults.inject(.status(400), for: patch)

            let file = try await readmeResumeExample(client: harness.client(), movieURL: movie, stateURL: stateURL)

            XCTAssertEqual(harness.simulator.store.content(ofFile: file.id)?.hash, hash)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusCreate), 1)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusHead), 1, "the resume asked for the offset")
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusPatch), 3)
            XCTAssertFalse(FileManager.default.fileExists(atPath: stateURL.path), "the state is deleted")
        }
    }
}
