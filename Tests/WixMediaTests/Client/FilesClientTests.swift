import Foundation
import WixMedia
import XCTest

/// `client.files` builds the right operation for each method, flattening small bodies into arguments, and
/// returns what the sender answers.
final class FilesClientTests: XCTestCase {
    func testListFiles() async throws {
        let sender = RecordingSender(cannedBodies: ["listFiles": FileExamples.listFiles])

        let page = try await FilesClient(sender: sender).listFiles(
            parentFolderID: "media-root", mediaTypes: [.image], paging: CursorPaging(limit: 50))

        let (operation, request) = try await sender.single(Operations.ListFiles.self)
        XCTAssertEqual(
            operation,
            Operations.ListFiles(parentFolderID: "media-root", mediaTypes: [.image], paging: CursorPaging(limit: 50)))
        XCTAssertEqual(
            request.query.items,
            queryItems(["parentFolderId": "media-root", "mediaTypes": "IMAGE", "paging.limit": "50"]))
        XCTAssertEqual(page.files?.map(\.id), ["6acbb8_7a7bd9193ffc4130ab8ff74f5dcedf8a~mv2.jpg"])
    }

    func testGenerateFileUploadURLPutsTheFlattenedArgumentsInTheBody() async throws {
        let sender = RecordingSender(cannedBodies: ["generateFileUploadUrl": URLExamples.generateFileUploadURL])

        let response = try await FilesClient(sender: sender).generateFileUploadURL(
            mimeType: "image/jpeg", fileName: "T-shirt.jpg", sizeInBytes: 2_608_831,
            parentFolderID: "25284aa06584441ea94338fdcfbaba12", private: false, labels: ["woman", "bicycle"],
            externalInfo: ExternalInfo(origin: "MyAppId"), filePath: "/shop/2024")

        let (_, request) = try await sender.single(Operations.GenerateFileUploadURL.self)
        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/generate-upload-url",
            body: [
                "mimeType": "image/jpeg", "fileName": "T-shirt.jpg", "sizeInBytes": "2608831",
                "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "private": false, "labels": ["woman", "bicycle"],
                "externalInfo": ["origin": "MyAppId"], "filePath": "/shop/2024",
            ])
        XCTAssertEqual(
            response.uploadURL, "https://upload.wixmp.com/upload/eyJhbGciOiJIUzI1NiIs…Z-R2i-w9YzBH4vkkP3RjaXaqj")
    }

    func testGenerateFileResumableUploadURL() async throws {
        let sender = RecordingSender(
            cannedBodies: ["generateFileResumableUploadUrl": URLExamples.generateFileResumableUploadURL])

        let response = try await FilesClient(sender: sender).generateFileResumableUploadURL(
            mimeType: "video/mp4", fileName: "clip.mp4", uploadProtocol: .tus)

        let (_, request) = try await sender.single(Operations.GenerateFileResumableUploadURL.self)
        try assertJSON(
            request.body, equals: ["mimeType": "video/mp4", "fileName": "clip.mp4", "uploadProtocol": "TUS"])
        XCTAssertEqual(response.uploadToken, "eyJhbGciOiJIUzI1NiIs…")
    }

    func testImportFileTakesTheBodysPropertiesAsArguments() async throws {
        let sender = RecordingSender(cannedBodies: ["importFile": FileExamples.importFile])
        let body = ImportFileRequest(url: "https://www.site1.com/example.jpg", mimeType: "image/jpeg")

        let response = try await FilesClient(sender: sender).importFile(url: body.url, mimeType: body.mimeType)

        let (operation, _) = try await sender.single(Operations.ImportFile.self)
        XCTAssertEqual(operation.body, body)
        XCTAssertEqual(response.file?.operationStatus, .pending)
    }

    func testBulkImportFile() async throws {
        let sender = RecordingSender(cannedBodies: ["bulkImportFile": FileExamples.bulkImport])
        let items = [ImportFileRequest(url: "https://www.site1.com/example.jpg")]

        let response = try await FilesClient(sender: sender).bulkImportFile(
            importFileRequests: items, returnEntity: false)

        let (_, request) = try await sender.single(Operations.BulkImportFile.self)
        try assertJSON(
            request.body,
            equals: ["importFileRequests": [["url": "https://www.site1.com/example.jpg"]], "returnEntity": false])
        XCTAssertEqual(response.bulkActionMetadata?.totalSuccesses, 3)
    }

    func testSearchFiles() async throws {
        let sender = RecordingSender()

        _ = try await FilesClient(sender: sender).searchFiles(
            search: "building", rootFolder: .mediaRoot, mediaTypes: [.image], sort: Sorting(fieldName: "displayName"))

        let (_, request) = try await sender.single(Operations.SearchFiles.self)
        try assertJSON(
            request.body,
            equals: [
                "search": "building", "rootFolder": "MEDIA_ROOT", "mediaTypes": ["IMAGE"],
                "sort": ["fieldName": "displayName"],
            ])
    }

    func testQueryFileDescriptors() async throws {
        let sender = RecordingSender()

        _ = try await FilesClient(sender: sender).queryFileDescriptors(
            query: CursorQuery(filter: ["mediaType": ["$eq": "VIDEO"]]))

        let (_, request) = try await sender.single(Operations.QueryFileDescriptors.self)
        try assertJSON(request.body, equals: ["query": ["filter": ["mediaType": ["$eq": "VIDEO"]]]])
    }

    func testGetFileDescriptor() async throws {
        let sender = RecordingSender(cannedBodies: ["getFileDescriptor": FileExamples.getVideoFile])

        let response = try await FilesClient(sender: sender).getFileDescriptor(fileID: wixMediaURLID)

        let (operation, _) = try await sender.single(Operations.GetFileDescriptor.self)
        XCTAssertEqual(operation, Operations.GetFileDescriptor(fileID: wixMediaURLID))
        XCTAssertEqual(response.file?.mediaType, .video)
    }

    func testGetFileDescriptors() async throws {
        let sender = RecordingSender()

        _ = try await FilesClient(sender: sender).getFileDescriptors(fileIDs: ["a~mv2.jpg", "b.mp3"])

        let (_, request) = try await sender.single(Operations.GetFileDescriptors.self)
        try assertJSON(request.body, equals: ["fileIds": ["a~mv2.jpg", "b.mp3"]])
    }

    func testUpdateFileDescriptor() async throws {
        let sender = RecordingSender()

        _ = try await FilesClient(sender: sender).updateFileDescriptor(
            file: FileDescriptor(id: "e6a89e_d918d88028af49328a09469b9f2d3616~mv2.png", labels: ["porch"]),
            fieldMask: [.labels])

        let (_, request) = try await sender.single(Operations.UpdateFileDescriptor.self)
        XCTAssertEqual(request.method, .patch)
        try assertJSON(
            request.body,
            equals: [
                "file": ["id": "e6a89e_d918d88028af49328a09469b9f2d3616~mv2.png", "labels": ["porch"]],
                "fieldMask": "labels",
            ])
    }

    func testGenerateFileDownloadURL() async throws {
        let sender = RecordingSender(cannedBodies: ["generateFileDownloadUrl": URLExamples.generateFileDownloadURL])

        let response = try await FilesClient(sender: sender).generateFileDownloadURL(
            fileID: "d4dde1_dee1~mv2.jpg", expirationInMinutes: 30, contentDisposition: .attachment)

        let (_, request) = try await sender.single(Operations.GenerateFileDownloadURL.self)
        try assertJSON(
            request.body,
            equals: ["fileId": "d4dde1_dee1~mv2.jpg", "expirationInMinutes": 30, "contentDisposition": "ATTACHMENT"])
        XCTAssertEqual(response.downloadURLs?.first?.assetKey, "src")
    }

    func testExpirationInMinutesIsAnIntClampedIntoTheWiresInt32() async throws {
        let sender = RecordingSender(cannedBodies: ["generateFileDownloadUrl": URLExamples.generateFileDownloadURL])
        let oneDay: Int = 24 * 60  // an `Int`, as counts are in Swift: no conversion at the call
        let files = FilesClient(sender: sender)

        _ = try await files.generateFileDownloadURL(fileID: "a~mv2.jpg", expirationInMinutes: oneDay)
        _ = try await files.generateFileDownloadURL(fileID: "a~mv2.jpg", expirationInMinutes: .max)

        let bodies = await sender.requests.map(\.body)
        try assertJSON(bodies[0], equals: ["fileId": "a~mv2.jpg", "expirationInMinutes": 1_440])
        // Beyond `Int32` the value is sent as its bound (which Wix refuses: at most 525600), never wrapped or trapped.
        try assertJSON(bodies[1], equals: ["fileId": "a~mv2.jpg", "expirationInMinutes": 2_147_483_647])
    }

    func testGenerateFilesDownloadURL() async throws {
        let sender = RecordingSender()

        _ = try await FilesClient(sender: sender).generateFilesDownloadURL(fileIDs: ["a~mv2.jpg"])

        let (_, request) = try await sender.single(Operations.GenerateFilesDownloadURL.self)
        try assertJSON(request.body, equals: ["fileIds": ["a~mv2.jpg"]])
    }

    func testGenerateVideoStreamingURL() async throws {
        let sender = RecordingSender(
            cannedBodies: ["generateVideoStreamingUrl": URLExamples.generateVideoStreamingURL])

        let response = try await FilesClient(sender: sender).generateVideoStreamingURL(
            fileID: "4acbb8_b1403cfa28c24a8091597de4d2b518b9", format: .dash)

        let (_, request) = try await sender.single(Operations.GenerateVideoStreamingURL.self)
        try assertJSON(request.body, equals: ["fileId": "4acbb8_b1403cfa28c24a8091597de4d2b518b9", "format": "DASH"])
        XCTAssertEqual(response.downloadURL?.assetKey, "720p.mp4")
    }

    func testBulkDeleteFiles() async throws {
        let sender = RecordingSender()

        let response = try await FilesClient(sender: sender).bulkDeleteFiles(fileIDs: ["a.mp3"], permanent: true)

        let (_, request) = try await sender.single(Operations.BulkDeleteFiles.self)
        try assertJSON(request.body, equals: ["fileIds": ["a.mp3"], "permanent": true])
        XCTAssertEqual(response, BulkDeleteFilesResponse())
    }

    func testBulkRestoreFilesFromTrashBin() async throws {
        let sender = RecordingSender()

        _ = try await FilesClient(sender: sender).bulkRestoreFilesFromTrashBin(fileIDs: ["a.mp3", "b.mp3"])

        let (_, request) = try await sender.single(Operations.BulkRestoreFilesFromTrashBin.self)
        try assertJSON(request.body, equals: ["fileIds": ["a.mp3", "b.mp3"]])
    }

    func testListDeletedFiles() async throws {
        let sender = RecordingSender(cannedBodies: ["listDeletedFiles": FileExamples.listDeletedFiles])

        let page = try await FilesClient(sender: sender).listDeletedFiles(mediaTypes: [.audio, .video], private: false)

        let (operation, request) = try await sender.single(Operations.ListDeletedFiles.self)
        XCTAssertEqual(operation, Operations.ListDeletedFiles(mediaTypes: [.audio, .video], private: false))
        XCTAssertEqual(
            request.query.items, queryItems(["mediaTypes": "AUDIO", "mediaTypes": "VIDEO", "private": "false"]))
        XCTAssertEqual(page.files?.first?.parentFolderID, "trash-root")
    }

    @available(*, deprecated, message: "Tests the deprecated Bulk Import Files method.")
    func testDeprecatedBulkImportFiles() async throws {
        let sender = RecordingSender()

        _ = try await FilesClient(sender: sender).bulkImportFiles(
            importFileRequests: [ImportFileRequest(url: "https://www.site1.com/example.jpg")])

        let (_, request) = try await sender.single(Operations.BulkImportFiles.self)
        XCTAssertEqual(request.path, "/site-media/v1/bulk/files/import")
        try assertJSON(request.body, equals: ["importFileRequests": [["url": "https://www.site1.com/example.jpg"]]])
    }

    @available(*, deprecated, message: "Tests the deprecated Update File method.")
    func testDeprecatedUpdateFile() async throws {
        let sender = RecordingSender()

        _ = try await FilesClient(sender: sender).updateFile(fileID: "a.mp3", displayName: "b.mp3")

        let (_, request) = try await sender.single(Operations.UpdateFile.self)
        XCTAssertEqual(request.path, "/site-media/v1/files/update-file")
        try assertJSON(request.body, equals: ["fileId": "a.mp3", "displayName": "b.mp3"])
    }
}
