import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Files imported, uploaded, listed, searched, renamed, moved, trashed, restored and deleted.
final class FileLifecycleTests: XCTestCase {
    func testImportIsPendingUntilProcessed() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let photos = try await client.makeFolder("Photos")

            let imported = try await client.importFile("beach.jpg", into: photos, labels: ["sea"])
            let ready = try await client.waitUntilProcessed(imported.id)

            XCTAssertEqual(imported.operationStatus, .pending)
            XCTAssertNil(imported.media, "import responses carry no media (facts §3.3)")
            XCTAssertEqual(imported.mediaType, .image)
            XCTAssertTrue(imported.id.hasSuffix("~mv2.jpg"), imported.id)
            XCTAssertEqual(ready.operationStatus, .ready)
            XCTAssertEqual(ready.parentFolderID, photos)
            XCTAssertEqual(ready.labels, ["sea"])
            XCTAssertGreaterThan(ready.sizeInBytes ?? 0, 0)
            guard case .image(let media)? = ready.media?.choice else { return XCTFail("expected image media") }
            XCTAssertEqual(media.image?.width, 1_024)
            XCTAssertEqual(harness.requests.count(for: "getFileDescriptor"), 2, "one pending read, then ready")
        }
    }

    func testImportOfAnUnreachableHostFails() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let imported = try await client.files.importFile(url: "https://unreachable.invalid/photo.jpg").file
            let processed = try await client.waitUntilProcessed(imported?.id ?? "")

            XCTAssertEqual(processed.operationStatus, .failed)
            XCTAssertNil(processed.media)
        }
    }

    func testListSeesOneFolderAndSearchSeesTheWholeRoot() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let trips = try await client.makeFolder("Trips")
            let top = try await client.importFile("logo.png")
            let nested = try await client.importFile("beach.jpg", into: trips, labels: ["Holiday"])
            let clip = try await client.importFile("clip.mp4", into: trips)
            let secret = try await client.importFile("plan.pdf", into: trips, isPrivate: true)
            _ = try await client.importFile("visitor.jpg", into: "visitor-uploads")

            let topLevel = try await client.files.listFiles()
            let inTrips = try await client.files.listFiles(parentFolderID: trips)
            let mediaRoot = try await client.files.searchFiles()
            let byLabel = try await client.files.searchFiles(search: "holiday")
            let videos = try await client.files.searchFiles(mediaTypes: [.video])
            let privateOnly = try await client.files.listFiles(parentFolderID: trips, private: true)
            let publicOnly = try await client.files.listFiles(parentFolderID: trips, private: false)
            let visitors = try await client.files.searchFiles(rootFolder: .visitorUploadsRoot)

            XCTAssertEqual(topLevel.files?.map(\.id), [top.id])
            XCTAssertEqual(Set(inTrips.files?.map(\.id) ?? []), [nested.id, clip.id, secret.id])
            XCTAssertEqual(Set(mediaRoot.files?.map(\.id) ?? []), [top.id, nested.id, clip.id, secret.id])
            XCTAssertEqual(byLabel.files?.map(\.id), [nested.id])
            XCTAssertEqual(videos.files?.map(\.id), [clip.id])
            XCTAssertEqual(privateOnly.files?.map(\.id), [secret.id])
            XCTAssertEqual(Set(publicOnly.files?.map(\.id) ?? []), [nested.id, clip.id])
            XCTAssertEqual(visitors.files?.map(\.displayName), ["visitor.jpg"])
        }
    }

    func testRenameAndMoveWithUpdateFileDescriptor() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let inbox = try await client.makeFolder("Inbox")
            let archive = try await client.makeFolder("Archive")
            let file = try await client.importFile("IMG_0001.jpg", into: inbox)

            let updated = try await client.files.updateFileDescriptor(
                file: FileDescriptor(
                    id: file.id, displayName: "Front porch.jpg", parentFolderID: archive, mediaType: .video,
                    labels: ["porch"]),
                fieldMask: [.displayName, .parentFolderID, .labels]
            ).file

            XCTAssertEqual(updated?.displayName, "Front porch.jpg")
            XCTAssertEqual(updated?.parentFolderID, archive)
            XCTAssertEqual(updated?.labels, ["porch"])
            XCTAssertEqual(updated?.mediaType, .image, "fields outside the three Wix stores are ignored")
            let inInbox = try await client.files.listFiles(parentFolderID: inbox)
            let inArchive = try await client.files.listFiles(parentFolderID: archive)
            XCTAssertEqual(inInbox.files, [])
            XCTAssertEqual(inArchive.files?.map(\.displayName), ["Front porch.jpg"])
            XCTAssertGreaterThan(try XCTUnwrap(updated?.updatedDate), try XCTUnwrap(file.updatedDate))
        }
    }

    func testTrashAndRestoreReturnsTheFileToItsFolder() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let trips = try await client.makeFolder("Trips")
            let file = try await client.importFile("beach.jpg", into: trips)

            _ = try await client.files.bulkDeleteFiles(fileIDs: [file.id])
            let listed = try await client.files.listFiles(parentFolderID: trips)
            let trash = try await client.files.listDeletedFiles()
            _ = try await client.files.bulkDeleteFiles(fileIDs: [file.id])  // again: not an error

            XCTAssertEqual(listed.files, [])
            XCTAssertEqual(trash.files?.map(\.id), [file.id])
            XCTAssertEqual(trash.files?.first?.parentFolderID, "trash-root")
            XCTAssertEqual(trash.files?.first?.state, .ok, "trashed files keep OK, as in Wix's samples")

            _ = try await client.files.bulkRestoreFilesFromTrashBin(fileIDs: [file.id])
            let restored = try await client.files.listFiles(parentFolderID: trips)
            let emptyTrash = try await client.files.listDeletedFiles()

            XCTAssertEqual(restored.files?.map(\.id), [file.id])
            XCTAssertEqual(restored.files?.first?.state, .ok)
            XCTAssertEqual(emptyTrash.files, [])
            XCTAssertEqual(harness.requests.count(for: "bulkDeleteFiles"), 2)
        }
    }

    func testPermanentDelete() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let kept = try await client.importFile("kept.jpg")
            let gone = try await client.importFile("gone.jpg")

            _ = try await client.files.bulkDeleteFiles(fileIDs: [gone.id], permanent: true)

            let error = await assertThrows(WixAPIError.self) {
                try await client.files.getFileDescriptor(fileID: gone.id)
            }
            XCTAssertEqual(error?.statusCode, 404)
            let trash = try await client.files.listDeletedFiles()
            XCTAssertEqual(trash.files, [])
            XCTAssertEqual(harness.simulator.store.files.map(\.id), [kept.id])
        }
    }

    func testGetSeveralFilesByIDAndByWixMediaURL() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let first = try await client.importFile("one.jpg")
            let second = try await client.importFile("two.jpg")
            let mediaURL = "wix:image://v1/\(second.id)/two.jpg#originWidth=1024&originHeight=768"

            let files = try await client.files.getFileDescriptors(fileIDs: [first.id, mediaURL]).files

            XCTAssertEqual(files?.map(\.id), [first.id, second.id])
        }
    }

    func testUploadThroughTheGeneratedURL() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let folder = try await client.makeFolder("Uploads")

            let upload = try await client.files.generateFileUploadURL(
                mimeType: "image/png", fileName: "diagram.png", parentFolderID: folder)
            var put = URLRequest(url: try XCTUnwrap(upload.uploadURL.flatMap(URL.init(string:))))
            put.httpMethod = "PUT"
            put.setValue("image/png", forHTTPHeaderField: "Content-Type")
            let (body, response) = try await harness.session.upload(for: put, from: Data(repeating: 7, count: 2_048))
            let file = try JSONDecoder().decode(GetFileDescriptorResponse.self, from: body).file

            XCTAssertEqual((response as? HTTPURLResponse)?.statusCode, 200)
            XCTAssertEqual(file?.displayName, "diagram.png")
            XCTAssertEqual(file?.sizeInBytes, 2_048)
            XCTAssertEqual(file?.operationStatus, .ready)
            XCTAssertEqual(file?.parentFolderID, folder)
            let listed = try await client.files.listFiles(parentFolderID: folder)
            XCTAssertEqual(listed.files?.map(\.id), [try XCTUnwrap(file?.id)])
        }
    }

    func testBulkImportReportsEachItem() async throws {
        try await withSimulator { harness in
            let requests = [
                ImportFileRequest(url: "https://media.example.com/a.jpg"),
                ImportFileRequest(url: "not a url"),
                ImportFileRequest(url: "https://media.example.com/c.mp3"),
            ]

            let response = try await harness.client().files.bulkImportFile(importFileRequests: requests)

            XCTAssertEqual(response.results?.map { $0.itemMetadata?.success }, [true, false, true])
            XCTAssertEqual(response.results?.map { $0.itemMetadata?.originalIndex }, [0, 1, 2])
            XCTAssertEqual(response.results?[1].itemMetadata?.error?.code, "INVALID_ARGUMENT")
            XCTAssertEqual(response.results?[2].item?.mediaType, .audio)
            XCTAssertEqual(response.bulkActionMetadata?.totalSuccesses, 2)
            XCTAssertEqual(response.bulkActionMetadata?.totalFailures, 1)
            XCTAssertEqual(harness.simulator.store.files.count, 2)
        }
    }

    @available(*, deprecated, message: "Tests the deprecated Bulk Import Files and Update File operations.")
    func testDeprecatedBulkImportAndUpdateFile() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let folder = try await client.makeFolder("Old API")

            let imported = try await client.files.bulkImportFiles(importFileRequests: [
                ImportFileRequest(url: "https://media.example.com/a.jpg"),
                ImportFileRequest(url: "https://media.example.com/b.jpg"),
            ])
            let id = try XCTUnwrap(imported.files?.first?.id)
            let updated = try await client.files.updateFile(
                fileID: id, displayName: "renamed.jpg", parentFolderID: folder)

            XCTAssertEqual(imported.files?.count, 2)
            XCTAssertEqual(updated.file?.displayName, "renamed.jpg")
            XCTAssertEqual(updated.file?.parentFolderID, folder)
            let invalid = await assertThrows(WixAPIError.self) {
                try await client.files.bulkImportFiles(importFileRequests: [ImportFileRequest(url: "ftp://x/a.jpg")])
            }
            XCTAssertEqual(invalid?.fieldViolations.map(\.field), ["importFileRequests[0].url"])
        }
    }
}
