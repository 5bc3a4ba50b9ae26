import Foundation
import WixMedia
import XCTest

/// Request builders of the operations that add files: upload URLs and imports.
final class FileUploadRequestTests: XCTestCase {
    func testGenerateFileUploadURLSendsTheDocumentedExampleBody() throws {
        let operation = Operations.GenerateFileUploadURL(
            body: GenerateFileUploadURLRequest(
                mimeType: "image/jpeg", fileName: "T-shirt.jpg", sizeInBytes: 2_608_831,
                parentFolderID: "25284aa06584441ea94338fdcfbaba12", private: false,
                labels: ["AMS:external_file_id", "woman", "bicycle"]))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/generate-upload-url",
            body: [
                "mimeType": "image/jpeg", "fileName": "T-shirt.jpg", "sizeInBytes": "2608831",
                "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "private": false,
                "labels": ["AMS:external_file_id", "woman", "bicycle"],
            ])
        let body = try WireJSON(XCTUnwrap(request.body))
        XCTAssertEqual(body.string("sizeInBytes"), "2608831", "int64 travels as a JSON string")
        XCTAssertNil(body["parentFolderID"], "the wire name is parentFolderId")
    }

    func testGenerateFileUploadURLSendsExternalInfoAndFilePath() throws {
        let operation = Operations.GenerateFileUploadURL(
            body: GenerateFileUploadURLRequest(
                mimeType: "video/mp4", fileName: "intro.mp4",
                externalInfo: ExternalInfo(origin: "MyAppId", externalIDs: ["externalEntityId1"]),
                filePath: "/videos/2024/december"))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/generate-upload-url",
            body: [
                "mimeType": "video/mp4", "fileName": "intro.mp4",
                "externalInfo": ["origin": "MyAppId", "externalIds": ["externalEntityId1"]],
                "filePath": "/videos/2024/december",
            ])
        let text = String(decoding: try XCTUnwrap(request.body), as: UTF8.self)
        XCTAssertTrue(text.contains(#""/videos/2024/december""#), "slashes are not escaped: \(text)")
    }

    func testGenerateFileUploadURLWithOnlyTheMIMETypeSendsOnlyIt() throws {
        let request = try Operations.GenerateFileUploadURL(body: GenerateFileUploadURLRequest(mimeType: "image/png"))
            .makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/generate-upload-url", body: ["mimeType": "image/png"])
    }

    func testGenerateFileResumableUploadURL() throws {
        let operation = Operations.GenerateFileResumableUploadURL(
            body: GenerateFileResumableUploadURLRequest(
                mimeType: "video/mp4", fileName: "drone-footage.mp4", sizeInBytes: 3_221_225_472,
                parentFolderID: "media-root", private: true, labels: ["drone"], uploadProtocol: .tus,
                filePath: "/videos/2024"))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/generate-resumable-upload-url",
            body: [
                "mimeType": "video/mp4", "fileName": "drone-footage.mp4", "sizeInBytes": "3221225472",
                "parentFolderId": "media-root", "private": true, "labels": ["drone"], "uploadProtocol": "TUS",
                "filePath": "/videos/2024",
            ])
    }

    func testImportFileSendsTheDocumentedExampleBody() throws {
        let operation = Operations.ImportFile(
            body: ImportFileRequest(
                url: "https://www.google.com/images/branding/googlelogo/2x/googlelogo_light_color_272x92dp.png",
                displayName: "T-shirt", parentFolderID: "25284aa06584441ea94338fdcfbaba12", private: false,
                mimeType: "image/jpeg"))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/import",
            body: [
                "mimeType": "image/jpeg", "displayName": "T-shirt",
                "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "private": false,
                "url": "https://www.google.com/images/branding/googlelogo/2x/googlelogo_light_color_272x92dp.png",
            ])
    }

    func testImportFileSendsFreeFormURLParamsAndHeaders() throws {
        let operation = Operations.ImportFile(
            body: ImportFileRequest(
                url: "https://cdn.example.com/private/catalog.pdf", mediaType: .document, labels: ["catalog"],
                externalInfo: ExternalInfo(origin: "catalog-sync", externalIDs: ["sku-1", "sku-2"]),
                urlParams: ["version": "3", "download": true],
                urlHeaders: ["Authorization": "Bearer cdn-token", "X-Retry": 2], filePath: "/docs/2024"))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/files/import",
            body: [
                "url": "https://cdn.example.com/private/catalog.pdf", "mediaType": "DOCUMENT", "labels": ["catalog"],
                "externalInfo": ["origin": "catalog-sync", "externalIds": ["sku-1", "sku-2"]],
                "urlParams": ["version": "3", "download": true],
                "urlHeaders": ["Authorization": "Bearer cdn-token", "X-Retry": 2], "filePath": "/docs/2024",
            ])
    }

    func testBulkImportFile() throws {
        let operation = Operations.BulkImportFile(
            body: BulkImportFileRequest(
                importFileRequests: [
                    ImportFileRequest(url: "https://www.site1.com/a.png", displayName: "a.png", mimeType: "image/png"),
                    ImportFileRequest(url: "https://www.site1.com/example.jpg", private: true),
                ],
                returnEntity: true))

        let request = try operation.makeRequest()

        try assertJSONRequest(
            request, method: .post, path: "/site-media/v1/bulk/files/import-v2",
            body: [
                "importFileRequests": [
                    ["url": "https://www.site1.com/a.png", "mimeType": "image/png", "displayName": "a.png"],
                    ["url": "https://www.site1.com/example.jpg", "private": true],
                ],
                "returnEntity": true,
            ])
    }
}
