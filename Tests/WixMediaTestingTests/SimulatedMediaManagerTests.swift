import Foundation
import WixMedia
import WixMediaTesting
import XCTest

/// `WixMediaTesting` through its public API alone (no `@testable`), as an app's test target uses it: the client's
/// requests, uploads included, answered in-process.
final class SimulatedMediaManagerTests: XCTestCase {
    func testCreatesAFolderAndUploadsASmallFileIntoIt() async throws {
        let simulator = SimulatedMediaManager()
        let client = simulator.makeClient()
        let created = try await client.folders.createFolder(displayName: "Albums").folder
        let folder = try XCTUnwrap(created)
        let bytes = Data((0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })

        let file = try await client.files.upload(bytes, fileName: "cover.jpg", parentFolderID: folder.id)

        XCTAssertEqual(file.parentFolderID, folder.id)
        XCTAssertEqual(simulator.store.folder(id: folder.id)?.displayName, "Albums")
        XCTAssertEqual(simulator.store.content(ofFile: file.id)?.bytes, bytes)
        XCTAssertEqual(simulator.requests.count(for: Operations.CreateFolder.self), 1)
        XCTAssertEqual(simulator.requests.count(for: UploadOperation.simpleUpload), 1)
    }

    func testResumableUploadFromAFileArrivesWholeInChunks() async throws {
        let simulator = SimulatedMediaManager()
        let (url, bytes) = try temporaryFile(count: 300_000)

        let file = try await simulator.makeClient().files.upload(
            fileURL: url, options: UploadOptions(resumableThreshold: 1_000, chunkSize: 64 * 1_024))

        // On Linux the chunks of a file are body streams: the transport reads them whole.
        let content = try XCTUnwrap(simulator.store.content(ofFile: file.id))
        XCTAssertEqual(content.byteCount, Int64(bytes.count))
        XCTAssertEqual(content.hash, ContentHash(of: bytes))
        XCTAssertEqual(simulator.requests.count(for: UploadOperation.tusCreate), 1)
        XCTAssertEqual(simulator.requests.count(for: UploadOperation.tusPatch), 5)  // ⌈300,000 / 65,536⌉
        XCTAssertEqual(simulator.requests.count(for: UploadOperation.finalise), 1)
    }

    func testResumableUploadResumesAfterTheConnectionBreaksMidChunk() async throws {
        let simulator = SimulatedMediaManager()
        let (url, bytes) = try temporaryFile(count: 200_000)
        simulator.faults.inject(
            .dropConnectionDuringRequestBody(afterBytes: 10_000), for: .operation(UploadOperation.tusPatch))

        let file = try await simulator.makeClient().files.upload(
            fileURL: url,
            options: UploadOptions(resumableThreshold: 1_000, chunkSize: 64 * 1_024, sleep: { _ in }))

        XCTAssertEqual(simulator.store.content(ofFile: file.id)?.hash, ContentHash(of: bytes))
        // One HEAD asked where to go on from; the 10,000 bytes that arrived were kept, not sent again.
        XCTAssertEqual(simulator.requests.count(for: UploadOperation.tusHead), 1)
    }

    func testImportedFileIsReadyAfterTheConfiguredReads() async throws {
        let simulator = SimulatedMediaManager(configuration: .init(pendingReadsPerImport: 2))
        let client = simulator.makeClient()
        let imported = try await client.files.importFile(
            url: "https://example.com/hero.jpg", displayName: "hero.jpg"
        ).file
        let id = try XCTUnwrap(imported?.id)
        XCTAssertEqual(imported?.operationStatus, .pending)

        let ready = try await client.files.waitUntilReady(fileID: id, pollInterval: .milliseconds(1))

        XCTAssertEqual(ready.operationStatus, .ready)
        XCTAssertEqual(simulator.requests.count(for: Operations.GetFileDescriptors.self), 3)
    }

    func testUploadOfAFailingNameTurnsFailed() async throws {
        let simulator = SimulatedMediaManager(configuration: .init(failingUploadNames: ["broken.mp4"]))
        let client = simulator.makeClient()
        let file = try await client.files.upload(Data(repeating: 1, count: 100), fileName: "broken.mp4")

        do {
            try await client.files.waitUntilReady(fileID: file.id, pollInterval: .milliseconds(1))
            XCTFail("the upload should have failed processing")
        } catch let error as FileReadinessError {
            XCTAssertEqual(error.failedFileIDs, [file.id])
        }
    }

    func testInjectedRateLimitIsRetriedByTheClient() async throws {
        let simulator = SimulatedMediaManager()
        simulator.faults.inject(
            .rateLimited(retryAfter: "0"), for: .operation(Operations.ListFiles.self), times: 2)

        let page = try await simulator.makeClient().files.listFiles()

        XCTAssertEqual(page.files ?? [], [])
        XCTAssertEqual(simulator.requests.count(for: Operations.ListFiles.self), 3)
    }

    func testDroppedConnectionIsALostConnectionTheClientRetries() async throws {
        let simulator = SimulatedMediaManager()
        simulator.faults.inject(.dropConnectionBeforeResponse, for: .operation(Operations.ListFolders.self))
        let retryAtOnce = RetryPolicy(jitter: { _ in .zero })

        _ = try await simulator.makeClient(retryPolicy: retryAtOnce).folders.listFolders()

        XCTAssertEqual(simulator.requests.count(for: Operations.ListFolders.self), 2)
    }

    func testFaultOnAnOperationThatIsNotRetriedReachesTheCaller() async throws {
        let simulator = SimulatedMediaManager()
        simulator.faults.inject(.status(500), for: .operation(Operations.CreateFolder.self))

        do {
            _ = try await simulator.makeClient().folders.createFolder(displayName: "Once")
            XCTFail("the injected 500 should reach the caller")
        } catch let error as WixAPIError {
            XCTAssertEqual(error.statusCode, 500)
            XCTAssertNotNil(error.requestID)
        }
        XCTAssertEqual(simulator.requests.count(for: Operations.CreateFolder.self), 1)
        XCTAssertEqual(simulator.store.folders, [])
    }

    func testInjectedDelayRunsIntoTheClientTimeout() async throws {
        let simulator = SimulatedMediaManager()
        simulator.faults.inject(.delay(.seconds(30)), for: .operation(Operations.ListFiles.self))

        do {
            _ = try await simulator.makeClient(timeout: .milliseconds(200), retryPolicy: .none).files.listFiles()
            XCTFail("the delayed answer should time out")
        } catch WixMediaError.timedOut {
        }
    }

    func testAClientForAnotherHostReachesNothing() async throws {
        let simulator = SimulatedMediaManager()
        let client = WixMediaClient(
            credentials: .apiKey("key", siteID: "site"),
            configuration: WixMediaConfiguration(
                baseURL: URL(string: "https://elsewhere.example")!, retryPolicy: .none),
            transport: simulator.transport)

        do {
            _ = try await client.files.listFiles()
            XCTFail("a request for another host should fail")
        } catch WixMediaError.transport(let underlying) {
            XCTAssertEqual((underlying as? URLError)?.code, .cannotFindHost)
        }
        XCTAssertEqual(simulator.requests.total, 0)
    }

    func testAClientWithTheDefaultConfigurationNeedsOnlyTheTransport() async throws {
        let simulator = SimulatedMediaManager()
        let client = WixMediaClient(credentials: .accessToken("token"), transport: simulator.transport)

        let folder = try await client.folders.createFolder(displayName: "Default").folder

        XCTAssertEqual(simulator.store.folders.map(\.id), [folder?.id])
    }

    func testRefusedCredentialsAnswer401() async throws {
        let simulator = SimulatedMediaManager(configuration: .init(acceptedAuthorizations: ["right"]))

        do {
            _ = try await simulator.makeClient(credentials: .accessToken("wrong")).files.listFiles()
            XCTFail("wrong credentials should be refused")
        } catch let error as WixAPIError {
            XCTAssertEqual(error.statusCode, 401)
        }
    }

    /// A file of `count` pseudo-random bytes, removed when the test ends.
    private func temporaryFile(count: Int) throws -> (URL, Data) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = Data(
            (0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            })
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wix-media-testing-\(UUID()).bin")
        try bytes.write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return (url, bytes)
    }
}

/// A test's starting state, put in place without requests.
final class MediaStoreSeedingTests: XCTestCase {
    func testSeededFolderAndFileAreWhatTheAPIReturns() async throws {
        let simulator = SimulatedMediaManager()
        let folder = try simulator.store.addFolder(named: "Albums")
        let bytes = Data("%PDF-1.7".utf8)
        let seeded = try simulator.store.addFile(named: "menu.pdf", contents: bytes, in: folder.id, labels: ["menu"])

        let listed = try await simulator.makeClient().files.listFiles(parentFolderID: folder.id).files ?? []

        XCTAssertEqual(listed.map(\.id), [seeded.id])
        XCTAssertEqual(listed.first?.operationStatus, .ready)
        XCTAssertEqual(listed.first?.mediaType, .document)
        XCTAssertEqual(listed.first?.labels, ["menu"])
        XCTAssertEqual(simulator.store.content(ofFile: seeded.id)?.bytes, bytes)
        XCTAssertEqual(simulator.requests.total, 1, "seeding sends no request")
    }

    func testSeedingIntoAMissingFolderIsATypedError() throws {
        let simulator = SimulatedMediaManager()
        XCTAssertThrowsError(try simulator.store.addFolder(named: "Lost", in: "no-such-folder")) { error in
            XCTAssertEqual(error as? MediaStoreSeedingError, .folderNotFound(id: "no-such-folder"))
        }
        XCTAssertThrowsError(try simulator.store.addFile(named: "a.jpg", contents: Data(), in: "trash-root")) { error in
            XCTAssertEqual(error as? MediaStoreSeedingError, .folderInTrash(id: "trash-root"))
        }
        XCTAssertEqual(simulator.store.files, [])
    }
}
