import Foundation
import WixMedia

// The response samples of the Wix facts document (`wix-media-api-facts.md`, shared by the team), copied here
// verbatim so that the tests do not read outside the repository. Block 3 of the document is a request and
// block 8 a webhook event, not responses; the webhook samples are tested in Events/.

/// One response sample and the model it decodes into.
struct ResponseSample: Sendable {
    /// A name for messages.
    let name: String
    /// Where the sample is in the facts document.
    let source: String
    /// The body as Wix sent it.
    let json: String
    /// Decodes a body with `decoder` and encodes the result again, for checks of what was kept.
    let roundTrip: @Sendable (JSONDecoder, Data) throws -> Data
}

extension ResponseSample {
    init<Model: Codable & SendableMetatype>(_ name: String, _ model: Model.Type, source: String, json: String) {
        self.init(name: name, source: source, json: json) { decoder, body in
            try JSONEncoder().encode(decoder.decode(Model.self, from: body))
        }
    }

    /// Every response sample of the facts document.
    static let all: [ResponseSample] = [
        ResponseSample(
            "generateFileUploadURL", GenerateFileUploadURLResponse.self, source: "§ Generate File Upload URL, response",
            json: #"""
                { "uploadUrl": "https://upload.wixmp.com/upload/eyJhbGciOiJIUzI1NiIs…Z-R2i-w9YzBH4vkkP3RjaXaqj" }
                """#),
        ResponseSample(
            "importFile", ImportFileResponse.self, source: "§ Import File, response",
            json: #"""
                { "file": { "id": "4acbb8_f968336b3fea4cbebc056d5c41f9944d~mv2.png", "displayName": "T-shirt.png",
                  "url": "https://static.wixstatic.com/media/4acbb8_f968336b3fea3cbebc056d5c41f9944d~mv2.png",
                  "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "hash": "", "sizeInBytes": "7108", "private": false,
                  "mediaType": "IMAGE", "media": null, "operationStatus": "PENDING",
                  "sourceUrl": "https://www.google.com/images/branding/googlelogo/2x/googlelogo_light_color_272x92dp.png",
                  "thumbnailUrl": "https://static.wixstatic.com/media/4acbb8_f968336b3f4a4cbebc056d5c41f9944d~mv2.png",
                  "labels": [], "createdDate": "2022-08-31T18:20:37Z", "updatedDate": "2022-08-31T18:20:37Z", "state": "OK" } }
                """#),
        ResponseSample(
            "bulkImportFile", BulkImportFileResponse.self,
            source: "§ Bulk Import File, SDK-form example (`_id`, `_createdDate`)",
            json: #"""
                { "bulkActionMetadata": { "totalFailures": 0, "totalSuccesses": 3, "undetailedFailures": 0 },
                  "results": [ { "item": { "_id": "a8a52b_f8c86723942347488316f1ab35119411~mv2.jpg",
                      "_createdDate": "2023-12-26T10:22:31.000Z", "_updatedDate": "2023-12-26T10:22:31.000Z",
                      "addedBy": { "identityId": "a8a52bb9-bac0-4bba-a55c-0611b5cdaa16", "identityType": "MEMBER" },
                      "displayName": "image1.jpg", "hash": "", "internalTags": [], "labels": [], "mediaType": "IMAGE",
                      "operationStatus": "PENDING", "parentFolderId": "igje5u22nij3qkltzsnol37j3dnthvvh", "private": false,
                      "siteId": "49dcb500-1081-47b0-b13b-368b9bed8fa9", "sizeInBytes": "-1",
                      "sourceUrl": "https://www.site1.com/example.jpg", "state": "OK",
                      "thumbnailUrl": "https://static.wixstatic.com/media/a8a52b_f8c8…~mv2.jpg",
                      "url": "https://static.wixstatic.com/media/a8a52b_f8c8…~mv2.jpg" },
                    "itemMetadata": { "_id": "a8a52b_f8c86723942347488316f1ab35119411~mv2.jpg", "originalIndex": 0, "success": true } } ] }
                """#),
        ResponseSample(
            "createFolder", CreateFolderResponse.self, source: "§ Create Folder, response",
            json: #"""
                { "folder": { "id": "d147e1ab3e8b4114ad93d13bb9e23540", "displayName": "New Folder",
                  "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "createdDate": "2022-08-30T16:56:29.000Z",
                  "updatedDate": "2022-08-30T16:56:29.000Z", "state": "OK" } }
                """#),
        ResponseSample(
            "applicationErrorBody", WixError.self, source: "§ 6.2 standard error body, application error",
            json: #"""
                { "message": "Payment failed",
                  "details": { "applicationError": { "code": "NO_FUNDS", "description": "…", "data": { "availableFunds": 75.22 } } } }
                """#),
        ResponseSample(
            "validationErrorBody", WixError.self, source: "§ 6.2 standard error body, validation error",
            json: #"""
                { "message": "Invalid request message",
                  "details": { "validationError": { "fieldViolations": [
                     { "field": "fieldMask", "description": "must be an array", "violatedRule": "…", "ruleName": "…", "data": {} } ] } } }
                """#),
        ResponseSample(
            "uploadPut", GetFileDescriptorResponse.self, source: "§ upload PUT response",
            json: #"""
                { "file": { "id": "2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg", "displayName": "file.jpg",
                  "url": "https://static.wixstatic.com/media/2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg",
                  "parentFolderId": "media-root", "hash": "cf96f0567ed967f02bc9580ab8db86be", "sizeInBytes": "15359",
                  "private": false, "mediaType": "IMAGE",
                  "media": { "image": { "image": { "id": "2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg",
                      "url": "https://static.wixstatic.com/media/2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg",
                      "height": 226, "width": 370, "filename": "myfilename.jpg", "sizeInBytes": "15359" }, "faces": [] } },
                  "operationStatus": "READY", "thumbnailUrl": "https://static.wixstatic.com/media/2acbb8_8648…~mv2.jpeg",
                  "labels": [], "createdDate": "2022-09-11T15:13:24.000Z", "updatedDate": "2022-09-11T15:13:24.000Z" } }
                """#),
        ResponseSample(
            "getFileDescriptorVideo", GetFileDescriptorResponse.self, source: "§ 9 Get File Descriptor (video)",
            json: #"""
                { "file": { "id": "4acbb8_5646ee01a5524905af4f2e7c567cbbce", "displayName": "sample-mpg-file.mpg",
                  "url": "https://video.wixstatic.com/video/4acbb8_5646ee01a5524905af4f2e7c567cbbce/file",
                  "parentFolderId": "media-root", "hash": "6f9dad8f467c579269d96fdb4f7c95cd", "sizeInBytes": "5918720",
                  "private": false, "mediaType": "VIDEO",
                  "media": { "video": { "id": "4acbb8_5646ee01a5524905af4f2e7c567cbbce",
                      "resolutions": [ { "url": "https://video.wixstatic.com/video/4acbb8_5646…/240p/mp4/file.mp4", "height": 240,
                          "width": 320, "poster": null, "format": "mp4", "urlExpirationDate": null, "sizeInBytes": null,
                          "quality": "240p", "filename": null } ],
                      "filename": "sample-mpg-file.mpg", "url": "https://video.wixstatic.com/video/4acbb8_5646…/file",
                      "posters": [ { "id": "", "url": "https://static.wixstatic.com/media/4acbb8_5646…f000.jpg", "height": 240,
                          "width": 320, "altText": null, "urlExpirationDate": null, "filename": null, "sizeInBytes": null } ],
                      "sizeInBytes": "5918720", "urlExpirationDate": null } },
                  "operationStatus": "READY", "sourceUrl": null,
                  "thumbnailUrl": "https://static.wixstatic.com/media/4acbb8_5646…f002.jpg", "labels": [],
                  "createdDate": "2022-08-21T15:39:09Z", "updatedDate": "2022-08-21T15:39:21Z", "state": "OK" } }
                """#),
        ResponseSample(
            "listFilesItemImage", FileDescriptor.self, source: "§ 9 List Files item (image)",
            json: #"""
                { "id": "6acbb8_7a7bd9193ffc4130ab8ff74f5dcedf8a~mv2.jpg", "displayName": "space.jpg", "mediaType": "IMAGE",
                  "media": { "image": {
                     "image": { "id": "6acbb8_7a7b…~mv2.jpg", "url": "https://static.wixstatic.com/media/6acbb8_7a7b…~mv2.jpg",
                                "height": 4456, "width": 6031, "filename": "space.jpg", "sizeInBytes": "2608831" },
                     "colors": { "prominent": { "rgb": { "r": 26, "g": 30, "b": 31 } },
                                 "palette": [ { "rgb": { "r": 25, "g": 28, "b": 28 } } ] },
                     "faces": [ { "confidence": 0.99799323, "height": 64, "width": 46, "x": 50, "y": 5 } ],
                     "previewImage": { "id": "image.preview", "url": "https://static.wixstatic.com/media/6acbb8_7a7b…~mv2.jpg",
                                       "height": 591, "width": 800 } } },
                  "operationStatus": "READY", "parentFolderId": "media-root", "private": true, "sizeInBytes": "2608831",
                  "labels": ["Brown", "Spiral galaxy"], "createdDate": "2022-06-06T12:45:29.000Z", "updatedDate": "2022-06-06T12:45:29.000Z",
                  "state": "OK" }
                """#),
        ResponseSample(
            "listDeletedFilesItemAudio", FileDescriptor.self, source: "§ 9 List Deleted Files item (audio)",
            json: #"""
                { "id": "229acbb8_5af267716b0d449c8c706bfdbf51d9d0.mp3", "displayName": "01 - Tom's Diner.mp3",
                  "url": "https://music.wixstatic.com/mp3/229acbb8_5af2…d9d9.mp3", "parentFolderId": "trash-root",
                  "sizeInBytes": "5582258", "private": false, "mediaType": "AUDIO",
                  "media": { "audio": { "id": "229acbb8_5af2…d9d9.mp3",
                      "assets": [ { "id": "", "url": "https://music.wixstatic.com/mp3/229acbb8_5af2…d9d9.mp3", "urlExpirationDate": null,
                          "sizeInBytes": null, "filename": null, "duration": 230164, "private": false, "assetKey": "320kbs.mp3",
                          "format": "mp3", "quality": "320kbs" } ],
                      "bitrate": 192000, "format": "mp3", "duration": 230164, "sizeInBytes": "5582258" } },
                  "operationStatus": "READY", "state": "OK", "internalTags": ["_fileOrigin_uploaded"] }
                """#),
    ]
}
