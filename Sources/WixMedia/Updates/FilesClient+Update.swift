extension FilesClient {
    /// Changes a file's name, folder and labels — those passed, and only those — and returns the file.
    ///
    /// The field mask Update File Descriptor needs is computed from the arguments that are not nil, so a
    /// value passed is a value changed:
    ///
    /// ```swift
    /// let file = try await client.files.updateFile(fileID, displayName: "cover.jpg", labels: ["cover"])
    /// ```
    ///
    /// - Parameters:
    ///   - fileID: The file's ID.
    ///   - displayName: The new name, or nil to keep it.
    ///   - parentFolderID: The ID of the folder to move the file to (`media-root` for the top level), or nil to
    ///     leave it where it is.
    ///   - labels: The new labels, replacing the old ones (`[]` removes them all), or nil to keep them.
    /// - Returns: The updated file.
    /// - Throws: `WixMediaError.invalidRequest` wrapping ``FieldMaskError/empty`` when every argument is nil
    ///   (nothing is sent); ``WixAPIError`` for an unknown file or invalid values; `MissingEntityError` for a
    ///   success without the file; the client's other errors.
    public func updateFile(
        _ fileID: String, displayName: String? = nil, parentFolderID: String? = nil, labels: [String]? = nil
    ) async throws -> FileDescriptor {
        var mask: FieldMask<FileDescriptor.Field> = []
        if displayName != nil { mask.fields.insert(.displayName) }
        if parentFolderID != nil { mask.fields.insert(.parentFolderID) }
        if labels != nil { mask.fields.insert(.labels) }
        guard !mask.isEmpty else { throw WixMediaError.invalidRequest(underlying: FieldMaskError.empty) }
        let changes = FileDescriptor(
            id: fileID, displayName: displayName, parentFolderID: parentFolderID, labels: labels)
        let response = try await updateFileDescriptor(file: changes, fieldMask: mask)
        return try response.entity()
    }

    /// Renames a file and returns it.
    ///
    /// - Parameters:
    ///   - fileID: The file's ID.
    ///   - displayName: Its new name.
    public func renameFile(_ fileID: String, to displayName: String) async throws -> FileDescriptor {
        try await updateFile(fileID, displayName: displayName)
    }

    /// Moves a file to another folder and returns it.
    ///
    /// - Parameters:
    ///   - fileID: The file's ID.
    ///   - folderID: The ID of the folder to move it to; `media-root` is the top level.
    public func moveFile(_ fileID: String, to folderID: String) async throws -> FileDescriptor {
        try await updateFile(fileID, parentFolderID: folderID)
    }

    /// Replaces a file's labels and returns the file.
    ///
    /// - Parameters:
    ///   - fileID: The file's ID.
    ///   - labels: The new labels; `[]` removes them all.
    public func relabelFile(_ fileID: String, labels: [String]) async throws -> FileDescriptor {
        try await updateFile(fileID, labels: labels)
    }
}
