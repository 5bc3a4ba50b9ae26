import Foundation
import WixMedia
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// MARK: - README example
//
// Keep in sync with README.md § Usage: the lines between "BEGIN README § Usage" and "END README § Usage" are
// copied there verbatim. It is DESIGN §3's example adapted to the generated API.

/// What the README example produced, so that the test can check it.
struct ReadmeExampleResults {
    var firstPage: ListFilesResponse
    var allFiles: [FileDescriptor]
    var imageSize: (width: Int32, height: Int32)?
    var folder: Folder?
    var uploadError: WixAPIError?
}

/// The usage example of the README, run against whatever transport `client` has.
func readmeExample(client: WixMediaClient) async throws -> ReadmeExampleResults {
    // BEGIN README § Usage
    // import WixMedia
    //
    // let client = WixMediaClient(credentials: .apiKey(apiKey, siteID: siteID))   // or .accessToken(token)

    // One page of images from the top-level folder.
    let page = try await client.files.listFiles(
        parentFolderID: "media-root", mediaTypes: [.image], paging: CursorPaging(limit: 50))

    // Every file in the folder: the paged method follows `nextCursor` page after page.
    var allFiles: [FileDescriptor] = []
    for try await file in client.files.listFilesPaged(parentFolderID: "media-root", pageSize: 100) {
        allFiles.append(file)
    }

    // One file with its type-specific content: `media.choice` says which kind it is.
    var imageSize: (width: Int32, height: Int32)? = nil
    if let id = page.files?.first?.id,
        let file = try await client.files.getFileDescriptor(fileID: id).file,
        case .image(let media)? = file.media?.choice,
        let width = media.image?.width, let height = media.image?.height
    {
        imageSize = (width, height)
    }

    // A new folder at the top level.
    let folder = try await client.folders.createFolder(displayName: "Summer", parentFolderID: nil).folder

    // Every error response from Wix is one type, `WixAPIError`: its `category` names the kind of failure and
    // `code(as:)` reads the operation's application error code as its enum; it also carries the message, the
    // invalid fields and the request ID that Wix support asks for. Network failures are `WixMediaError`s.
    var uploadError: WixAPIError? = nil
    do {
        let upload = try await client.files.generateFileUploadURL(mimeType: "image/jpeg", fileName: "T-shirt.jpg")
        print("PUT the file's bytes to", upload.uploadURL ?? "")
    } catch let error as WixAPIError {
        uploadError = error
        switch error.category {
        case .unauthenticated, .permissionDenied: print("Check the API key and its permissions.")
        case .rateLimited, .server: print("Try again later; request ID", error.requestID ?? "")
        default:
            if error.code(as: Operations.GenerateFileUploadURL.ErrorCode.self) == .invalidArgument {
                print("Invalid:", error.fieldViolations.map { $0.field ?? "?" })
            }
        }
    } catch WixMediaError.timedOut {
        // Retry later.
    }
    // END README § Usage

    return ReadmeExampleResults(
        firstPage: page, allFiles: allFiles, imageSize: imageSize, folder: folder, uploadError: uploadError)
}

// MARK: - Test

final class ReadmeExampleTests: XCTestCase {
    func testReadmeExampleAgainstCannedResponses() async throws {
        let log = RequestLog()
        let client = WixMediaClient.testing(
            credentials: .apiKey("readme-key", siteID: "49dcb500-1081-47b0-b13b-368b9bed8fa9"),
            transport: FakeTransport { request in
                await log.append(request)
                return try Self.answer(request)
            })

        let results = try await readmeExample(client: client)

        XCTAssertEqual(results.firstPage.files?.map(\.displayName), ["space.jpg"])
        XCTAssertEqual(
            results.allFiles.map(\.id),
            ["6acbb8_7a7bd9193ffc4130ab8ff74f5dcedf8a~mv2.jpg", "4acbb8_5646ee01a5524905af4f2e7c567cbbce"])
        XCTAssertEqual(results.allFiles.map(\.sizeInBytes), [2_608_831, 5_918_720])
        XCTAssertEqual(results.imageSize?.width, 6031)
        XCTAssertEqual(results.imageSize?.height, 4456)
        XCTAssertEqual(results.folder?.displayName, "Summer")
        XCTAssertEqual(results.folder?.createdDate, utc(2024, 6, 1, 8, 0, 0))
        XCTAssertEqual(results.uploadError?.statusCode, 400)
        XCTAssertEqual(results.uploadError?.code?.rawValue, "INVALID_MIME_TYPE")
        XCTAssertEqual(results.uploadError?.requestID, "1717228800.123")

        let requests = await log.requests
        XCTAssertEqual(
            requests.map { "\($0.httpMethod ?? "?") \($0.url?.absoluteString ?? "?")" },
            [
                "GET https://www.wixapis.com/site-media/v1/files?parentFolderId=media-root&mediaTypes=IMAGE"
                    + "&paging.limit=50",
                "GET https://www.wixapis.com/site-media/v1/files?parentFolderId=media-root&paging.limit=100",
                "GET https://www.wixapis.com/site-media/v1/files?parentFolderId=media-root&paging.limit=100"
                    + "&paging.cursor=page-2",
                "GET https://www.wixapis.com/site-media/v1/files/get-file-by-id"
                    + "?fileId=6acbb8_7a7bd9193ffc4130ab8ff74f5dcedf8a~mv2.jpg",
                "POST https://www.wixapis.com/site-media/v1/folders",
                "POST https://www.wixapis.com/site-media/v1/files/generate-upload-url",
            ])
        XCTAssertEqual(Set(requests.map { $0.value(forHTTPHeaderField: "Authorization") }), ["readme-key"])
        try assertJSON(requests[4].httpBody, equals: ["displayName": "Summer"])
        try assertJSON(requests[5].httpBody, equals: ["mimeType": "image/jpeg", "fileName": "T-shirt.jpg"])
    }

    /// Answers like Wix would for the calls the example makes: two pages of files, one file, one new folder, and a
    /// rejected upload.
    private static func answer(_ request: URLRequest) throws -> (Data, HTTPResponse) {
        let url = try XCTUnwrap(request.url)
        let query = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        let ok = HTTPResponse(statusCode: 200)
        switch (request.httpMethod, url.path) {
        case ("GET", "/site-media/v1/files"):
            if query.contains(URLQueryItem(name: "paging.cursor", value: "page-2")) {
                let video = try member("file", of: FileExamples.getVideoFile)
                return (Data(#"{ "files": [\#(video)], "nextCursor": { "cursors": { "next": "" } } }"#.utf8), ok)
            }
            let firstPage = #"""
                { "files": [ \#(FileExamples.listFilesImageItem) ],
                  "nextCursor": { "cursors": { "next": "page-2" }, "hasNext": true } }
                """#
            return (Data(firstPage.utf8), ok)
        case ("GET", "/site-media/v1/files/get-file-by-id"):
            return (Data(#"{ "file": \#(FileExamples.listFilesImageItem) }"#.utf8), ok)
        case ("POST", "/site-media/v1/folders"):
            let folder = #"""
                { "folder": { "id": "0f5e8d1c2b3a49687766554433221100", "displayName": "Summer",
                  "parentFolderId": "media-root", "createdDate": "2024-06-01T08:00:00.000Z",
                  "updatedDate": "2024-06-01T08:00:00.000Z", "state": "OK" } }
                """#
            return (Data(folder.utf8), ok)
        case ("POST", "/site-media/v1/files/generate-upload-url"):
            let error = #"""
                { "message": "MIME type is not supported",
                  "details": { "applicationError": { "code": "INVALID_MIME_TYPE",
                                                     "description": "image/jpeg uploads are disabled", "data": {} } } }
                """#
            return (
                Data(error.utf8),
                HTTPResponse(statusCode: 400, headers: [HTTPHeader(name: "x-wix-request-id", value: "1717228800.123")])
            )
        default:
            throw TestFailure("unexpected request \(request.httpMethod ?? "?") \(url)")
        }
    }
}
