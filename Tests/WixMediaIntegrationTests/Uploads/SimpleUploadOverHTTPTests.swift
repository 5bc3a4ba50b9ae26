import Foundation
import WixMedia
import WixMediaSimulator
import XCTest

/// Small uploads — one `PUT` of the bytes — through URLSession to the simulator, and how their type is told.
final class SimpleUploadOverHTTPTests: XCTestCase {
    func testSmallUploadStoresTheBytesWithTheTypeOfItsExtension() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let folder = try await client.makeFolder("Shop")
            let bytes = GeneratedBytes.make(count: 40_000)
            let progress = ProgressRecorder()

            // Only the first and last reports: bytes in flight are `UploadProgressOverHTTPTests`' business.
            let file = try await client.files.upload(
                bytes, fileName: "T-shirt.JPG", parentFolderID: folder, labels: ["summer"],
                options: UploadOptions(progressInterval: .seconds(3_600)), progress: progress.record)

            let content = try XCTUnwrap(harness.simulator.store.content(ofFile: file.id))
            XCTAssertEqual(content.bytes, bytes, "stored byte for byte")
            XCTAssertEqual(content.hash, ContentHash(of: bytes))
            XCTAssertEqual(content.sentContentType, "image/jpeg", "the MIME type comes from the extension")
            XCTAssertEqual(content.sentFileName, "T-shirt.JPG")
            XCTAssertEqual(file.displayName, "T-shirt.JPG")
            XCTAssertEqual(file.mediaType, .image)
            XCTAssertEqual(file.sizeInBytes, 40_000)
            XCTAssertEqual(file.parentFolderID, folder)
            XCTAssertEqual(file.labels, ["summer"])
            XCTAssertEqual(file.operationStatus, .ready)
            XCTAssertEqual(file.hash, ContentHash(of: bytes).description)
            XCTAssertEqual(progress.bytesSent, [0, 40_000])
            XCTAssertEqual(harness.requests.count(for: Operations.GenerateFileUploadURL.operationID), 1)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.simpleUpload), 1)
            let listed = try await client.files.listFiles(parentFolderID: folder)
            XCTAssertEqual(listed.files?.map(\.id), [file.id])
        }
    }

    func testUploadFromAFileAtTheThresholdIsOneRequest() async throws {
        try await withSimulator { harness in
            let (url, hash) = try GeneratedBytes.file(named: "notes.pdf", count: 4_096, in: self)
            let options = UploadOptions(resumableThreshold: 4_096)

            let file = try await harness.client().files.upload(fileURL: url, options: options)

            XCTAssertEqual(harness.simulator.store.content(ofFile: file.id)?.hash, hash)
            XCTAssertEqual(file.mediaType, .document)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.simpleUpload), 1)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.tusCreate), 0)
        }
    }

    func testAnUnknownExtensionIsSentAsOctetStreamWithTheNameForWixToDetect() async throws {
        try await withSimulator { harness in
            let bytes = GeneratedBytes.make(count: 1_000)

            let file = try await harness.client().files.upload(bytes, fileName: "scan.raw3")

            let content = try XCTUnwrap(harness.simulator.store.content(ofFile: file.id))
            XCTAssertEqual(content.sentContentType, MIMEType.octetStream)
            XCTAssertEqual(content.sentFileName, "scan.raw3")
            XCTAssertEqual(content.bytes, bytes)
            XCTAssertEqual(file.displayName, "scan.raw3")
        }
    }

    func testOctetStreamLetsTheServerTypeTheFileByItsExtension() async throws {
        try await withSimulator { harness in
            let file = try await harness.client().files.upload(
                GeneratedBytes.make(count: 2_000), fileName: "clip.mp4", mimeType: MIMEType.octetStream)

            XCTAssertEqual(harness.simulator.store.content(ofFile: file.id)?.sentContentType, MIMEType.octetStream)
            XCTAssertEqual(file.mediaType, .video, "typed by the name's extension")
        }
    }

    func testAMismatchedMIMETypeIsA400AndOctetStreamIsTheWayOut() async throws {
        try await withSimulator { harness in
            let client = harness.client()
            let bytes = GeneratedBytes.make(count: 2_000)

            let error = await assertThrows(WixAPIError.self) {
                try await client.files.upload(bytes, fileName: "photo.jpg", mimeType: "video/mp4")
            }
            let file = try await client.files.upload(bytes, fileName: "photo.jpg", mimeType: MIMEType.octetStream)

            XCTAssertEqual(error?.statusCode, 400)
            XCTAssertEqual(error?.code?.rawValue, "MIME_TYPE_MISMATCH")
            XCTAssertNotNil(error?.requestID)
            XCTAssertEqual(harness.requests.count(for: UploadOperation.simpleUpload), 2)
            XCTAssertEqual(harness.simulator.store.files.map(\.id), [file.id], "the refused upload made no file")
            XCTAssertEqual(file.mediaType, .image)
        }
    }
}
