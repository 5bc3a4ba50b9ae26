/// Response bodies of the folder operations, verbatim from `wix-media-api-facts.md`.
enum FolderExamples {
    /// Create Folder (§4.1).
    static let createFolder = #"""
        { "folder": { "id": "d147e1ab3e8b4114ad93d13bb9e23540", "displayName": "New Folder",
          "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "createdDate": "2022-08-30T16:56:29.000Z",
          "updatedDate": "2022-08-30T16:56:29.000Z", "state": "OK" } }
        """#

    /// Update Folder (§9).
    static let updateFolder = #"""
        { "folder": { "id": "12vn4498977596aeebcf5c41eca01c0d99667ac9", "displayName": "New Folder Name", "parentFolderId": "media-root", "createdDate": "2022-04-17T21:48:34.000Z", "updatedDate": "2022-08-30T17:09:48.000Z", "state": "OK" } }
        """#

    /// List Folders and List Deleted Folders (§9).
    static let listFolders = #"""
        { "folders": [ { "id": "d147e1ab3e8b4114ad93d13bb9e23540", "displayName": "misc", "parentFolderId": "25284aa06584441ea94338fdcfbaba12", "createdDate": "2022-08-30T16:56:29Z", "updatedDate": "2022-08-30T16:56:29Z", "state": "OK" } ], "nextCursor": { "cursors": { "next": "" }, "hasNext": false } }
        """#
}
