extension FoldersClient {
    /// Changes a folder's name and parent — those passed, and only those — and returns the folder.
    ///
    /// The field mask is computed from the arguments that are not nil:
    ///
    /// ```swift
    /// let folder = try await client.folders.updateFolder(folderID, displayName: "2026", parentFolderID: archiveID)
    /// ```
    ///
    /// - Parameters:
    ///   - folderID: The folder's ID.
    ///   - displayName: The new name, or nil to keep it.
    ///   - parentFolderID: The ID of the new parent folder (`media-root` for the top level), or nil to leave the
    ///     folder where it is.
    /// - Returns: The updated folder.
    /// - Throws: `WixMediaError.invalidRequest` wrapping ``FieldMaskError/empty`` when both arguments are nil
    ///   (nothing is sent); ``WixAPIError`` for an unknown folder or invalid values; `MissingEntityError` for a
    ///   success without the folder; the client's other errors.
    public func updateFolder(
        _ folderID: String, displayName: String? = nil, parentFolderID: String? = nil
    ) async throws -> Folder {
        var mask: FieldMask<Folder.Field> = []
        if displayName != nil { mask.fields.insert(.displayName) }
        if parentFolderID != nil { mask.fields.insert(.parentFolderID) }
        guard !mask.isEmpty else { throw WixMediaError.invalidRequest(underlying: FieldMaskError.empty) }
        let changes = Folder(id: folderID, displayName: displayName, parentFolderID: parentFolderID)
        let response = try await updateFolder(folderID: folderID, folder: changes, fieldMask: mask)
        return try response.entity()
    }

    /// Renames a folder and returns it.
    ///
    /// - Parameters:
    ///   - folderID: The folder's ID.
    ///   - displayName: Its new name.
    public func renameFolder(_ folderID: String, to displayName: String) async throws -> Folder {
        try await updateFolder(folderID, displayName: displayName)
    }

    /// Moves a folder, with everything in it, under another folder and returns it.
    ///
    /// - Parameters:
    ///   - folderID: The folder's ID.
    ///   - parentFolderID: The ID of the new parent; `media-root` is the top level.
    public func moveFolder(_ folderID: String, to parentFolderID: String) async throws -> Folder {
        try await updateFolder(folderID, parentFolderID: parentFolderID)
    }
}
