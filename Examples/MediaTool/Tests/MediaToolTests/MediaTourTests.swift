import Foundation
import MediaToolKit
import WixMedia
import WixMediaTesting
import XCTest

/// The example's whole tour against `WixMediaTesting`'s in-process simulator, as an app's tests would run it.
final class MediaTourTests: XCTestCase {
    func testTheWholeTourRunsAgainstTheSimulator() async throws {
        let simulator = SimulatedMediaManager()
        let report = try await MediaTour(client: simulator.makeClient()).run(log: { _ in })

        XCTAssertEqual(report.folders.map(\.displayName), ["Photos", "Archive"])
        XCTAssertEqual(report.readyFiles.count, 4)
        XCTAssertTrue(report.readyFiles.allSatisfy { $0.operationStatus == .ready })
        XCTAssertEqual(report.pagedNames.count, 4, "every file of Photos, read two per page")
        XCTAssertGreaterThan(simulator.requests.count(for: Operations.ListFiles.self), 1)
        XCTAssertTrue(report.searchHits.contains("beach-1.jpg"), "\(report.searchHits)")
        XCTAssertEqual(report.movedFile?.displayName, "beach-cover.jpg")
        XCTAssertEqual(report.movedFile?.parentFolderID, report.folders[1].id)
        XCTAssertNotNil(report.downloadURL)
        XCTAssertEqual(report.restoredFile?.parentFolderID, report.folders[0].id)
        let deleted = try XCTUnwrap(report.deletedFileID)
        XCTAssertNil(simulator.store.file(id: deleted), "deleted for good, not in the trash")
        // The large file went up resumable: the simulator holds all its bytes.
        let video = try XCTUnwrap(report.readyFiles.first { $0.displayName == "beach-video.mp4" })
        XCTAssertEqual(video.sizeInBytes, Int64(MediaTour.uploadSizes[2]))
    }
}
