import Foundation
import WixMedia
import XCTest

/// Request builders of the operations that change files: update, delete, restore.
final class FileChangeRequestTests: XCTestCase {
    func testUpdateFileDescriptorSendsTheDocumentedExampleBody() throws {
        let operation = Operations.UpdateFileDescriptor(
            body: UpdateFileDescriptorRequest(
                file: FileDescriptor(
                    id: "e6a89e_d918d88028af49328a09469b9f2d3616~mv2.png",
                    displayName: "Front porch with hanging lights"),
                fieldMask: [.displayName]))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .patch, path: "/site-media/v1/files/update-file-descriptor",
            body: [
                "file": [
                    "id": "e6a89e_d918d88028af49328a09469b9f2d3616~mv2.png",
                    "displayName": "Front porch with hanging lights",
                ],
                "fieldMask": "displayName",
            ])
    }

    func testUpdateFileDescriptorEncodesAFullFileWithWireNamesAndFormats() throws {
        let file = FileDescriptor(
            id: "6acbb8_7a7bd9193ffc4130ab8ff74f5dcedf8a~mv2.jpg", displayName: "space.jpg",
            parentFolderID: "25284aa06584441ea94338fdcfbaba12", sizeInBytes: 2_608_831,
            labels: ["Brown", "Spiral galaxy"], createdDate: utc(2022, 6, 6, 12, 45, 29), state: .ok)
        let operation = Operations.UpdateFileDescriptor(
            body: UpdateFileDescriptorRequest(file: file, fieldMask: [.displayName, .parentFolderID, .labels]))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .patch, path: "/site-media/v1/files/update-file-descriptor",
            body: [
                "file": [
                    "id": "6acbb8_7a7bd9193ffc4130ab8ff74f5dcedf8a~mv2.jpg", "displayName": "space.jpg",
                    "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "sizeInBytes": "2608831",
                    "labels": ["Brown", "Spiral galaxy"], "createdDate": "2022-06-06T12:45:29Z", "state": "OK",
                ],
                "fieldMask": "displayName,parentFolderId,labels",
            ])
        let body = try WireJSON(XCTUnwrap(request.body))
        XCTAssertEqual(body.string("file", "sizeInBytes"), "2608831")
        XCTAssertEqual(body.string("file", "createdDate"), "2022-06-06T12:45:29Z")
    }

    func testBulkDeleteFilesPermanently() throws {
        let operation = Operations.BulkDeleteFiles(
            body: BulkDeleteFilesRequest(
                fileIDs: [
                    "4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3", "3vcbb7_7446aeebcf5c41eca01c0d99665bc866.mp3",
                ],
                permanent: true))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/bulk/files/delete",
            body: [
                "fileIds": [
                    "4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3", "3vcbb7_7446aeebcf5c41eca01c0d99665bc866.mp3",
                ],
                "permanent": true,
            ])
    }

    func testBulkDeleteFilesToTheTrashBinLeavesPermanentOut() throws {
        let request = try Operations.BulkDeleteFiles(body: BulkDeleteFilesRequest(fileIDs: [wixMediaURLID]))
            .makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/bulk/files/delete", body: ["fileIds": [wixMediaURLID]])
    }

    func testBulkRestoreFilesFromTrashBin() throws {
        let operation = Operations.BulkRestoreFilesFromTrashBin(
            body: BulkRestoreFilesFromTrashBinRequest(fileIDs: ["229acbb8_5af267716b0d449c8c706bfdbf51d9d0.mp3"]))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/bulk/trash-bin/files/restore",
            body: ["fileIds": ["229acbb8_5af267716b0d449c8c706bfdbf51d9d0.mp3"]])
    }
}
