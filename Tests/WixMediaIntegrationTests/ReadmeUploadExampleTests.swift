import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

// MARK: - README example
//
// Keep in sync with README.md § Uploads, readiness and webhooks: the lines between "BEGIN README § Uploads" and
// "END README § Uploads" are copied there verbatim (`ReadmeSyncTests` checks it).

/// What the README's uploads example produced, so that the test can check it.
struct ReadmeUploadExampleResults {
    var video: FileDescriptor
    var imported: FileDescriptor?
    var ready: [FileDescriptor]
    var webhook: MediaWebhook
}

/// The uploads example of the README, run against whatever server `client` talks to.
func readmeUploadExample(
    client: WixMediaClient, movieURL: URL, webhookBody: Data
) async throws -> ReadmeUploadExampleResults {
    // BEGIN README § Uploads
    // A file from disk: up to 10 MB in one request; above, a resumable (tus) upload in 8 MiB chunks, read one at a
    // time, that goes on from where it was after a broken connection. Upload requests carry no credentials: the
    // URL Wix hands out authorises them. `UploadOptions` sets the threshold, the chunk size and the resume delays.
    // Progress follows the bytes as they go out, at most every 50 ms, and reaches 100% once Wix has the file.
    let video = try await client.files.upload(fileURL: movieURL, parentFolderID: "media-root") { progress in
        print("\(Int(progress.fractionCompleted * 100))% of \(progress.totalBytes) bytes, \(progress.path)")
    }

    // A file from a public URL, which Wix fetches after answering.
    let imported = try await client.files.importFile(
        url: "https://example.com/images/hero.jpg", displayName: "hero.jpg"
    ).file

    // Files are usable once Wix has processed them: wait until all are READY, or learn which failed.
    var ready: [FileDescriptor] = []
    do {
        ready = try await client.files.waitUntilReady(
            fileIDs: [video.id] + [imported?.id].compactMap { $0 }, timeout: .seconds(60))
    } catch let error as FileReadinessError {
        print("failed:", error.failedFileIDs, "still pending:", error.pendingFileIDs)
    }

    // Or let Wix call you: a webhook body becomes a typed event. Its JWT signature is NOT verified.
    let webhook = try MediaWebhook(body: webhookBody)
    if case .fileReady(let event) = webhook.event {
        print(event.file?.displayName ?? "", "is ready")
    }
    // END README § Uploads

    return ReadmeUploadExampleResults(video: video, imported: imported, ready: ready, webhook: webhook)
}

// MARK: - Test

final class ReadmeUploadExampleTests: XCTestCase {
    func testReadmeUploadExampleAgainstTheSimulator() async throws {
        try await withSimulator(WixMediaSimulator.Configuration(pendingReadsPerImport: 0)) { harness in
            let (movie, hash) = try GeneratedBytes.file(named: "launch.mp4", count: 300_000, in: self)

            let results = try await readmeUploadExample(
                client: harness.client(), movieURL: movie, webhookBody: Data(Self.fileReadyWebhook.utf8))

            XCTAssertEqual(results.video.displayName, "launch.mp4")
            XCTAssertEqual(harness.simulator.store.content(ofFile: results.video.id)?.hash, hash)
            XCTAssertEqual(results.imported?.operationStatus, .pending)
            XCTAssertEqual(results.ready.map(\.id), [results.video.id, try XCTUnwrap(results.imported?.id)])
            XCTAssertEqual(results.ready.map(\.operationStatus), [.ready, .ready])
            guard case .fileReady(let event) = results.webhook.event else {
                return XCTFail("expected File Ready, got \(results.webhook.event)")
            }
            XCTAssertEqual(event.file?.displayName, "launch.mp4")
            XCTAssertEqual(results.webhook.instanceID, "b41d2b7c-5c1f-4f0e-9d4a-1f2e3d4c5b6a")
        }
    }

    /// A File Ready webhook as an envelope whose `data` is the domain event as a JSON string (facts §8).
    private static let fileReadyWebhook = #"""
        { "instanceId": "b41d2b7c-5c1f-4f0e-9d4a-1f2e3d4c5b6a",
          "eventType": "wix.media.site_media.v1.file_descriptor_file_ready",
          "data": "{\"id\":\"2f6c1e9a-8b1d-4c3e-9f7a-5d4c3b2a1908\",\"entityFqdn\":\"wix.media.site_media.v1.file_descriptor\",\"slug\":\"file_ready\",\"entityId\":\"5a1e7d_0123~mv2.mp4\",\"actionEvent\":{\"bodyAsJson\":{\"file\":{\"id\":\"5a1e7d_0123~mv2.mp4\",\"displayName\":\"launch.mp4\",\"operationStatus\":\"READY\"}}},\"eventTime\":\"2024-06-01T08:00:00Z\"}" }
        """#
}
