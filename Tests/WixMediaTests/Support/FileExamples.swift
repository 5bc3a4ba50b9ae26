/// Response bodies of the file operations, verbatim from `wix-media-api-facts.md` (Wix's own REST
/// examples, shortened there with `…`) unless a comment says otherwise.
enum FileExamples {
    /// Get File Descriptor of a video (§9).
    static let getVideoFile = #"""
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
        """#

    /// One image item of List Files (§9).
    static let listFilesImageItem = #"""
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
        """#

    /// One audio item of List Deleted Files (§9).
    static let deletedAudioItem = #"""
        { "id": "229acbb8_5af267716b0d449c8c706bfdbf51d9d0.mp3", "displayName": "01 - Tom's Diner.mp3",
          "url": "https://music.wixstatic.com/mp3/229acbb8_5af2…d9d9.mp3", "parentFolderId": "trash-root",
          "sizeInBytes": "5582258", "private": false, "mediaType": "AUDIO",
          "media": { "audio": { "id": "229acbb8_5af2…d9d9.mp3",
              "assets": [ { "id": "", "url": "https://music.wixstatic.com/mp3/229acbb8_5af2…d9d9.mp3", "urlExpirationDate": null,
                  "sizeInBytes": null, "filename": null, "duration": 230164, "private": false, "assetKey": "320kbs.mp3",
                  "format": "mp3", "quality": "320kbs" } ],
              "bitrate": 192000, "format": "mp3", "duration": 230164, "sizeInBytes": "5582258" } },
          "operationStatus": "READY", "state": "OK", "internalTags": ["_fileOrigin_uploaded"] }
        """#

    /// Import File response, a pending image without `media` (§3.3).
    static let importFile = #"""
        { "file": { "id": "4acbb8_f968336b3fea4cbebc056d5c41f9944d~mv2.png", "displayName": "T-shirt.png",
          "url": "https://static.wixstatic.com/media/4acbb8_f968336b3fea3cbebc056d5c41f9944d~mv2.png",
          "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "hash": "", "sizeInBytes": "7108", "private": false,
          "mediaType": "IMAGE", "media": null, "operationStatus": "PENDING",
          "sourceUrl": "https://www.google.com/images/branding/googlelogo/2x/googlelogo_light_color_272x92dp.png",
          "thumbnailUrl": "https://static.wixstatic.com/media/4acbb8_f968336b3f4a4cbebc056d5c41f9944d~mv2.png",
          "labels": [], "createdDate": "2022-08-31T18:20:37Z", "updatedDate": "2022-08-31T18:20:37Z", "state": "OK" } }
        """#

    /// The file in the response of the upload PUT (§7.1), the shape Get File Descriptor also returns.
    static let uploadedImageFile = #"""
        { "file": { "id": "2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg", "displayName": "file.jpg",
          "url": "https://static.wixstatic.com/media/2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg",
          "parentFolderId": "media-root", "hash": "cf96f0567ed967f02bc9580ab8db86be", "sizeInBytes": "15359",
          "private": false, "mediaType": "IMAGE",
          "media": { "image": { "image": { "id": "2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg",
              "url": "https://static.wixstatic.com/media/2acbb8_86485e224dd84143ba2f228777217bb7~mv2.jpeg",
              "height": 226, "width": 370, "filename": "myfilename.jpg", "sizeInBytes": "15359" }, "faces": [] } },
          "operationStatus": "READY", "thumbnailUrl": "https://static.wixstatic.com/media/2acbb8_8648…~mv2.jpeg",
          "labels": [], "createdDate": "2022-09-11T15:13:24.000Z", "updatedDate": "2022-09-11T15:13:24.000Z" } }
        """#

    /// Bulk Import File response in the SDK form Wix printed it in (§3.4): `_id`, `_createdDate`, `_updatedDate`.
    static let bulkImportSDKForm = #"""
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
        """#
}
