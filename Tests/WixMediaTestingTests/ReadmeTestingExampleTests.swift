import Foundation
import WixMedia
import WixMediaTesting
import XCTest

// Keep in sync with README.md § Testing your app: the lines between "BEGIN README § Testing your app" and
// "END README § Testing your app" are copied there verbatim (`ReadmeSyncTests` checks it). They are an app's code
// and its tests, as an app's test target would hold them.

// BEGIN README § Testing your app
// import WixMedia
// import WixMediaTesting
// import XCTest
//
/// Your app's code: saves a photo into an album (a folder), creating the album the first time.
struct AlbumStore {
    let client: WixMediaClient

    func save(_ photo: Data, named name: String, toAlbum album: String) async throws -> FileDescriptor {
        let folders = try await client.folders.listFolders(parentFolderID: "media-root").folders ?? []
        var albumID = folders.first { $0.displayName == album }?.id
        if albumID == nil {
            albumID = try await client.folders.createFolder(displayName: album).folder?.id
        }
        return try await client.files.upload(photo, fileName: name, parentFolderID: albumID)
    }
}

/// Its tests, against a Media Manager simulated in the test process: no network, no server.
final class AlbumStoreTests: XCTestCase {
    func testSavesThePhotoIntoANewAlbum() async throws {
        let simulator = SimulatedMediaManager()
        let albums = AlbumStore(client: simulator.makeClient())
        let photo = Data("not really a JPEG".utf8)

        let file = try await albums.save(photo, named: "beach.jpg", toAlbum: "Summer")

        let album = try XCTUnwrap(simulator.store.folders.first { $0.displayName == "Summer" })
        XCTAssertEqual(file.parentFolderID, album.id)
        XCTAssertEqual(simulator.store.content(ofFile: file.id)?.bytes, photo)  // the bytes that arrived
    }

    func testReusesTheAlbumAndRidesOutARateLimit() async throws {
        let simulator = SimulatedMediaManager()
        try simulator.store.addFolder(named: "Summer")  // set up without requests
        simulator.faults.inject(.rateLimited(retryAfter: "0"), for: .operation(Operations.ListFolders.self))
        let albums = AlbumStore(client: simulator.makeClient())

        _ = try await albums.save(Data([1, 2, 3]), named: "dune.jpg", toAlbum: "Summer")

        XCTAssertEqual(simulator.store.folders.count, 1)  // no second "Summer"
        XCTAssertEqual(simulator.requests.count(for: Operations.ListFolders.self), 2)  // 429, then the retry
    }

    func testReportsAnOutage() async throws {
        let simulator = SimulatedMediaManager()
        simulator.faults.inject(.serviceUnavailable, times: nil)  // every request, until faults.clear()
        let albums = AlbumStore(client: simulator.makeClient(retryPolicy: .none))

        do {
            _ = try await albums.save(Data([1]), named: "x.jpg", toAlbum: "Summer")
            XCTFail("expected the 503")
        } catch let error as WixAPIError {
            XCTAssertEqual(error.statusCode, 503)
        }
        XCTAssertEqual(simulator.store.files, [])
    }
}
// END README § Testing your app
