import Foundation
import WixMedia
import WixMediaTesting
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// The code samples of the articles in Sources/WixMedia/WixMedia.docc, compiled and run against the in-process
// simulator. The lines between `// BEGIN DocC <Article>#<n>` and `// END DocC <Article>#<n>` are the article's
// n-th Swift code block (`DocumentationSyncTests` checks it); a line `//> text` shows `text` in the article
// without running it — the imports, and the credentials a reader has and a test does not.

final class DocumentationSampleTests: XCTestCase {
    // MARK: - The landing page

    func testLandingPage() async throws {
        let client = SimulatedMediaManager().makeClient()

        // BEGIN DocC WixMedia#1
        //> import WixMedia
        //>
        //> let client = WixMediaClient(credentials: .apiKey(apiKey, siteID: siteID))
        let page = try await client.files.listFiles(parentFolderID: "media-root")
        // END DocC WixMedia#1

        XCTAssertEqual(page.files, [])
    }

    // MARK: - GettingStarted

    func testGettingStartedFirstCall() async throws {
        let simulator = SimulatedMediaManager()
        try simulator.store.addFile(named: "logo.png", contents: Data([1, 2, 3]))
        let client = simulator.makeClient()
        var names: [String] = []

        // BEGIN DocC GettingStarted#2
        //> import WixMedia
        //>
        //> let client = WixMediaClient(credentials: .apiKey(apiKey, siteID: siteID))
        let page = try await client.files.listFiles(parentFolderID: "media-root")
        for file in page.files ?? [] {
            print(file.displayName ?? file.id, file.sizeInBytes ?? 0, "bytes")
        }
        // END DocC GettingStarted#2

        names = page.files?.compactMap(\.displayName) ?? []
        XCTAssertEqual(names, ["logo.png"])
    }

    func testGettingStartedCredentials() {
        let (apiKey, siteID, token) = ("IST.key", "0b6f-site", "OauthNG.JWS.token")

        // BEGIN DocC GettingStarted#1
        // Your own automation: an API key, and the ID of the site whose media it manages.
        let keyClient = WixMediaClient(credentials: .apiKey(apiKey, siteID: siteID))

        // A Wix app installed on the site: the app's OAuth access token.
        let appClient = WixMediaClient(credentials: .accessToken(token))
        // END DocC GettingStarted#1

        XCTAssertFalse(String(describing: keyClient.credentials).contains(apiKey))
        XCTAssertFalse(String(describing: appClient.credentials).contains(token))
    }

    func testGettingStartedSimulator() async throws {
        // BEGIN DocC GettingStarted#3
        //> import WixMediaTesting
        //>
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()
        let folder = try await client.folders.createFolder(displayName: "Summer").folder
        // END DocC GettingStarted#3

        XCTAssertEqual(simulator.store.folders.map(\.id), [try XCTUnwrap(folder).id])
    }

    // MARK: - UploadingFiles

    func testUploadingFromMemoryAndDisk() async throws {
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()
        let jpegData = Data(repeating: 0xFF, count: 2_000)
        let movieURL = FileManager.default.temporaryDirectory.appendingPathComponent("docc-\(UUID()).mp4")
        try Data(repeating: 7, count: 50_000).write(to: movieURL)
        defer { try? FileManager.default.removeItem(at: movieURL) }

        // BEGIN DocC UploadingFiles#1
        // From memory; the MIME type follows from the extension unless you pass one.
        let photo = try await client.files.upload(
            jpegData, fileName: "beach.jpg", parentFolderID: "media-root")

        // From disk, read one chunk at a time; above 10 MB this is a resumable upload.
        let movie = try await client.files.upload(fileURL: movieURL) { progress in
            print(progress.bytesSent, "of", progress.totalBytes, "bytes")
        }
        // END DocC UploadingFiles#1

        XCTAssertEqual(simulator.store.content(ofFile: photo.id)?.bytes, jpegData)
        XCTAssertEqual(simulator.store.content(ofFile: movie.id)?.byteCount, 50_000)
    }

    func testUploadOptions() async throws {
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()
        let movieURL = FileManager.default.temporaryDirectory.appendingPathComponent("docc-\(UUID()).mp4")
        try Data(repeating: 9, count: 300_000).write(to: movieURL)
        defer { try? FileManager.default.removeItem(at: movieURL) }

        // BEGIN DocC UploadingFiles#2
        var options = UploadOptions()
        options.resumableThreshold = 100_000  // bytes; larger files go in chunks
        options.chunkSize = 256 * 1_024  // a multiple of 256 KiB
        let file = try await client.files.upload(fileURL: movieURL, options: options)
        // END DocC UploadingFiles#2

        XCTAssertEqual(simulator.requests.count(for: UploadOperation.tusPatch), 2)
        XCTAssertEqual(simulator.store.content(ofFile: file.id)?.byteCount, 300_000)
    }

    func testImportingAndWaiting() async throws {
        let simulator = SimulatedMediaManager(configuration: .init(pendingReadsPerImport: 1))
        let client = simulator.makeClient()
        var ready: [FileDescriptor] = []

        // BEGIN DocC UploadingFiles#3
        // Wix fetches the file from a public URL after answering: it is PENDING at first.
        let imported = try await client.files.importFile(
            url: "https://example.com/images/hero.jpg", displayName: "hero.jpg"
        ).file

        do {
            ready = try await client.files.waitUntilReady(
                fileIDs: [imported?.id].compactMap { $0 }, timeout: .seconds(60))
        } catch let error as FileReadinessError {
            print("failed:", error.failedFileIDs, "still pending:", error.pendingFileIDs)
        }
        // END DocC UploadingFiles#3

        XCTAssertEqual(imported?.operationStatus, .pending)
        XCTAssertEqual(ready.map(\.operationStatus), [.ready])
    }

    // MARK: - FoldersAndTrash

    func testFolders() async throws {
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()

        // BEGIN DocC FoldersAndTrash#1
        let trips = try await client.folders.createFolder(displayName: "Trips").folder
        let summer = try await client.folders.createFolder(
            displayName: "Summer", parentFolderID: trips?.id
        ).folder

        // Rename or move: the field mask is computed from what you pass.
        if let summer {
            _ = try await client.folders.renameFolder(summer.id, to: "Summer 2026")
        }

        let inTrips = try await client.folders.listFolders(parentFolderID: trips?.id)
        // END DocC FoldersAndTrash#1

        XCTAssertEqual(inTrips.folders?.map(\.displayName), ["Summer 2026"])
    }

    func testTrash() async throws {
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()
        let folderID = try simulator.store.addFolder(named: "Drafts").id
        let fileID = try simulator.store.addFile(named: "draft.jpg", contents: Data([1]), in: folderID).id

        // BEGIN DocC FoldersAndTrash#2
        // Into the trash: the file keeps its ID, and its parent becomes `trash-root`.
        _ = try await client.files.bulkDeleteFiles(fileIDs: [fileID])
        let trashed = try await client.files.listDeletedFiles().files ?? []

        // Back to the folder it came from.
        _ = try await client.files.bulkRestoreFilesFromTrashBin(fileIDs: [fileID])

        // Gone for good, with everything in it: no trash, no restore.
        _ = try await client.folders.bulkDeleteFolders(
            folderIDs: [folderID], permanent: true)
        // END DocC FoldersAndTrash#2

        XCTAssertEqual(trashed.map(\.id), [fileID])
        XCTAssertEqual(trashed.first?.parentFolderID, "trash-root")
        XCTAssertNil(simulator.store.folder(id: folderID))
    }

    // MARK: - ListingAndSearching

    func testPagingByHand() async throws {
        let simulator = SimulatedMediaManager()
        for index in 0..<5 { try simulator.store.addFile(named: "photo-\(index).jpg", contents: Data([1])) }
        let client = simulator.makeClient()
        var all: [FileDescriptor] = []

        // BEGIN DocC ListingAndSearching#1
        var cursor: String? = nil
        repeat {
            let page = try await client.files.listFiles(
                parentFolderID: "media-root", mediaTypes: [.image],
                paging: CursorPaging(limit: 2, cursor: cursor))
            all += page.files ?? []
            // Wix marks the last page with `hasNext: false` and an empty cursor.
            let next = page.nextCursor
            cursor = next?.hasNext == true ? next?.cursors?.next : nil
        } while cursor != nil
        // END DocC ListingAndSearching#1

        XCTAssertEqual(all.count, 5)
    }

    func testPagedSequences() async throws {
        let simulator = SimulatedMediaManager()
        for index in 0..<5 { try simulator.store.addFile(named: "beach-\(index).jpg", contents: Data([1])) }
        try simulator.store.addFile(named: "notes.pdf", contents: Data([1]))
        let client = simulator.makeClient()
        var names: [String] = []

        // BEGIN DocC ListingAndSearching#2
        // Every match, page after page, as one sequence; at most `maxPages` pages.
        let matches = client.files.searchFilesPaged(search: "beach", pageSize: 2)
        for try await file in matches {
            names.append(file.displayName ?? file.id)
        }

        // The first ten, newest first.
        let newest = try await client.files.listFilesPaged(
            sort: Sorting(fieldName: "updatedDate", order: .desc), pageSize: 10
        ).prefix(10).reduce(into: []) { $0.append($1) }
        // END DocC ListingAndSearching#2

        XCTAssertEqual(names.count, 5)
        XCTAssertEqual(newest.count, 6)
    }

    // MARK: - ErrorsAndRetries

    func testConfiguration() {
        let credentials = Credentials.accessToken("token")

        // BEGIN DocC ErrorsAndRetries#3
        var configuration = WixMediaConfiguration(timeout: .seconds(30))  // per attempt
        configuration.retryPolicy = RetryPolicy(maxRetries: 5, baseDelay: .seconds(1))
        let client = WixMediaClient(
            credentials: credentials, configuration: configuration)
        // END DocC ErrorsAndRetries#3

        XCTAssertEqual(client.configuration.retryPolicy.maxRetries, 5)
    }

    func testHandlingErrors() async throws {
        let simulator = SimulatedMediaManager()
        simulator.faults.inject(.status(500), for: .operation(Operations.GetFileDescriptor.self), times: nil)
        let client = simulator.makeClient(retryPolicy: .none)
        var status: Int? = nil

        // BEGIN DocC ErrorsAndRetries#1
        do {
            let file = try await client.files.getFileDescriptor(fileID: "d0e5b0.jpg").file
            print(file?.displayName ?? "")
        } catch let error as WixAPIError {
            // Wix answered with an error: quote `requestID` to Wix support.
            print(error.statusCode, error.message ?? "", "request ID:", error.requestID ?? "")
            switch error.category {
            case .notFound: print("No such file.")
            case .unauthenticated, .permissionDenied: print("Check the credentials and their permissions.")
            case .rateLimited, .server: print("Try again later.")
            default:
                // The operation's own application codes, as its generated enum; unknown codes are kept.
                switch error.code(as: Operations.GetFileDescriptor.ErrorCode.self) {
                case .invalidArgument?: print("Invalid:", error.fieldViolations.map { $0.field ?? "?" })
                case let code?: print("Application error", code.rawValue)
                case nil: break
                }
            }
            status = error.statusCode
        } catch WixMediaError.timedOut {
            // No answer within `configuration.timeout`, on every attempt allowed.
        } catch WixMediaError.cancelled {
            // The task was cancelled.
        }
        // END DocC ErrorsAndRetries#1

        XCTAssertEqual(status, 500)
    }

    func testRateLimitIsRetried() async throws {
        // BEGIN DocC ErrorsAndRetries#2
        let simulator = SimulatedMediaManager()
        simulator.faults.inject(
            .rateLimited(retryAfter: "0"), for: .operation(Operations.ListFiles.self))

        // The 429 is retried after the delay in Retry-After; you see the answer.
        let client = simulator.makeClient()
        let page = try await client.files.listFiles(parentFolderID: "media-root")
        // END DocC ErrorsAndRetries#2

        XCTAssertEqual(page.files, [])
        XCTAssertEqual(simulator.requests.count(for: Operations.ListFiles.self), 2)
    }

    func testCancellation() async throws {
        let simulator = SimulatedMediaManager()
        simulator.faults.inject(.delay(.seconds(30)), for: .operation(Operations.ListFiles.self))
        let client = simulator.makeClient()

        // BEGIN DocC ErrorsAndRetries#4
        let listing = Task {
            try await client.files.listFiles(parentFolderID: "media-root")
        }
        listing.cancel()  // the request in flight stops, and no retry follows
        // END DocC ErrorsAndRetries#4

        do {
            _ = try await listing.value
            XCTFail("expected cancellation")
        } catch WixMediaError.cancelled {
        }
    }

    func testDecodingProblemsAreReported() async throws {
        // BEGIN DocC ErrorsAndRetries#5
        var configuration = WixMediaConfiguration()
        configuration.onDecodingProblems = { operationID, problems in
            for problem in problems {
                // "getFileDescriptor: $.file.createdDate: expected RFC3339Date, found 1661970037"
                print("\(operationID): \(problem)")
            }
        }
        // configuration.decodingPolicy = .strict  // fail the call instead
        // END DocC ErrorsAndRetries#5

        let printed = configuration.onDecodingProblems
        let seen = SeenProblems()
        configuration.rateLimit = nil
        configuration.onDecodingProblems = { operationID, problems in
            printed?(operationID, problems)
            seen.append(problems.map { "\(operationID): \($0)" })
        }
        let client = WixMediaClient(
            credentials: .accessToken("token"), configuration: configuration,
            transport: OneAnswerTransport(#"{ "file": { "id": "d0e5b0.jpg", "createdDate": 1661970037 } }"#))

        let file = try await client.files.getFileDescriptor(fileID: "d0e5b0.jpg").file

        XCTAssertEqual(file?.id, "d0e5b0.jpg")
        XCTAssertNil(file?.createdDate)
        XCTAssertEqual(seen.lines, ["getFileDescriptor: $.file.createdDate: expected RFC3339Date, found 1661970037"])
    }

    // MARK: - ReceivingWebhooks

    func testWebhook() throws {
        let webhookBody = Data(
            #"""
            {"instanceId": "6a1f4c8e-instance", "eventType": "wix.media.site_media.v1.file_descriptor_file_ready",
             "data": "{\"entityFqdn\": \"wix.media.site_media.v1.file_descriptor\", \"slug\": \"file_ready\", \"entityId\": \"d0e5b0_hero.jpg\", \"actionEvent\": {\"body\": {\"file\": {\"id\": \"d0e5b0_hero.jpg\", \"displayName\": \"hero.jpg\"}, \"externalInfo\": {\"origin\": \"shop\", \"externalIds\": [\"order-17\"]}}}}"}
            """#.utf8)
        var readyFileID: String? = nil

        // BEGIN DocC ReceivingWebhooks#1
        // `webhookBody`: the body of the POST request Wix sent to your endpoint.
        let webhook = try MediaWebhook(body: webhookBody)
        switch webhook.event {
        case .fileReady(let event):
            // `externalInfo`: what the upload or import passed, to find your record.
            let yourIDs = event.externalInfo?.externalIDs ?? []
            print(event.file?.id ?? "", "is ready for", yourIDs)
            readyFileID = event.file?.id
        case .fileFailed(let event):
            print(event.metadata.entityID ?? "", "failed")
        default:
            break
        }
        // END DocC ReceivingWebhooks#1

        XCTAssertEqual(readyFileID, "d0e5b0_hero.jpg")
    }

    // MARK: - MediaURLs

    func testMediaURLs() throws {
        // BEGIN DocC MediaURLs#1
        let image = try WixMediaIdentifier(
            parsing: "wix:image://v1/0abec0_b291~mv2.jpg/leon.jpg#originWidth=3024&originHeight=4032"
        )
        // https://static.wixstatic.com/media/0abec0_b291~mv2.jpg
        let original = image.originalURL
        let thumbnail = try image.scaledToFillImageURL(width: 300, height: 300)
        let preview = try image.scaledToFitImageURL(
            width: 640, height: 640, format: .webp)
        // END DocC MediaURLs#1

        XCTAssertEqual(original?.absoluteString, "https://static.wixstatic.com/media/0abec0_b291~mv2.jpg")
        XCTAssertTrue(thumbnail.absoluteString.hasSuffix("/v1/fill/w_300,h_300,al_c/leon.jpg"))
        XCTAssertTrue(preview.absoluteString.hasSuffix("/v1/fit/w_640,h_640/leon.webp"))
    }

    func testMediaURLOfAFile() async throws {
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()
        let file = try await client.files.upload(Data([1, 2]), fileName: "cover.jpg")
        var url: URL? = nil

        // BEGIN DocC MediaURLs#2
        if file.private == true {
            // Static URLs of private files answer 403: a signed URL of the original.
            let download = try await client.files.generateFileDownloadURL(fileID: file.id)
            url = download.downloadURLs?.first?.parsedURL
        } else {
            let banner = ImageTransformation.fill(width: 400, height: 200).withQuality(90)
            url = try file.imageURL(applying: banner)
        }
        // END DocC MediaURLs#2

        XCTAssertEqual(url?.host, "static.wixstatic.com")
    }

    // MARK: - TestingYourApp

    func testTestingYourApp() async throws {
        // BEGIN DocC TestingYourApp#1
        let simulator = SimulatedMediaManager()
        try simulator.store.addFolder(named: "Summer")  // set up without requests
        simulator.faults.inject(
            .serviceUnavailable, for: .operation(Operations.ListFolders.self))

        // Or give `simulator.transport` to the client your app builds.
        let client = simulator.makeClient()
        let listed = try await client.folders.listFolders(parentFolderID: "media-root")

        XCTAssertEqual(listed.folders?.map(\.displayName), ["Summer"])
        // The 503, then the retry:
        XCTAssertEqual(simulator.requests.count(for: Operations.ListFolders.self), 2)
        // END DocC TestingYourApp#1
    }

    func testTestingUploads() async throws {
        let simulator = SimulatedMediaManager(configuration: .init(failingUploadNames: ["broken.mp4"]))
        let client = simulator.makeClient()

        // BEGIN DocC TestingYourApp#2
        let clip = Data("clip".utf8)
        let file = try await client.files.upload(clip, fileName: "broken.mp4")
        do {
            try await client.files.waitUntilReady(
                fileID: file.id, pollInterval: .milliseconds(10))
            XCTFail("expected the upload to fail")
        } catch let error as FileReadinessError {
            XCTAssertEqual(error.failedFileIDs, [file.id])
        }
        XCTAssertEqual(simulator.store.content(ofFile: file.id)?.bytes, clip)
        // END DocC TestingYourApp#2
    }
}

/// Answers every request with 200 and the same body.
private struct OneAnswerTransport: HTTPTransport {
    let body: String

    init(_ body: String) {
        self.body = body
    }

    func send(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        (Data(body.utf8), HTTPResponse(statusCode: 200))
    }
}

/// The lines an `onDecodingProblems` hook saw.
private final class SeenProblems: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String] = []

    func append(_ lines: [String]) {
        lock.withLock { seen += lines }
    }

    var lines: [String] {
        lock.withLock { seen }
    }
}
