import Foundation
import WixMedia
import WixMediaTesting
import XCTest

/// The simulator's error answers carry Wix's standard application codes, so they decode into the
/// operations' generated code enums as Wix's would, never into `.unrecognized`.
final class SimulatedErrorCodeTests: XCTestCase {
    func testAMissingFolderIsNotFoundInTheOperationsEnum() async throws {
        let client = SimulatedMediaManager().makeClient(retryPolicy: .none)
        do {
            _ = try await client.folders.getFolder(folderID: "0123456789abcdef0123456789abcdef")
            XCTFail("expected a 404")
        } catch let error as WixAPIError {
            XCTAssertEqual(error.category, .notFound)
            XCTAssertEqual(error.code(as: Operations.GetFolder.ErrorCode.self), .notFound)
        }
    }

    func testInjectedStatusesCarryTheStandardCodeOfTheirStatus() async throws {
        let expected: [(Int, WixAPIError.Category, Operations.ListFiles.ErrorCode)] = [
            (400, .badRequest, .invalidArgument), (401, .unauthenticated, .unauthenticated),
            (403, .permissionDenied, .permissionDenied), (429, .rateLimited, .resourceExhausted),
        ]
        for (status, category, code) in expected {
            let simulator = SimulatedMediaManager()
            simulator.faults.inject(.status(status), for: .operation(Operations.ListFiles.self))
            do {
                _ = try await simulator.makeClient(retryPolicy: .none).files.listFiles(parentFolderID: "media-root")
                XCTFail("expected HTTP \(status)")
            } catch let error as WixAPIError {
                XCTAssertEqual(error.category, category, "HTTP \(status)")
                XCTAssertEqual(error.code(as: Operations.ListFiles.ErrorCode.self), code, "HTTP \(status)")
            }
        }
    }
}
