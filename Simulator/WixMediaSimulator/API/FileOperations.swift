import WixMedia

/// Get, update, delete and restore files (facts §3.9–3.12, §3.16, §3.17).
extension MediaState {
    mutating func getFileDescriptor(_ request: Operations.GetFileDescriptor) throws -> GetFileDescriptorResponse {
        let id = try existingFileID(request.fileID)
        return GetFileDescriptorResponse(file: read(fileID: id))
    }

    mutating func getFileDescriptors(_ request: Operations.GetFileDescriptors) throws -> GetFileDescriptorsResponse {
        let references = request.body.fileIDs
        guard (1...100).contains(references.count) else {
            throw APIFailure.invalid(field: "fileIds", "must have between 1 and 100 items")
        }
        let ids = try references.map(existingFileID)
        return GetFileDescriptorsResponse(files: ids.compactMap { read(fileID: $0) })
    }

    mutating func updateFileDescriptor(
        _ request: Operations.UpdateFileDescriptor
    ) throws -> UpdateFileDescriptorResponse {
        let changes = request.body.file
        let id = try liveFileID(changes.id, field: "file.id")
        // Wix persists only these three (facts §3.11); other fields in the mask or the file are ignored. A
        // mask naming an unknown field never gets here: decoding the typed mask refuses it.
        let mask = request.body.fieldMask
        guard !mask.isEmpty else { throw APIFailure.invalid(field: "fieldMask", "must name at least one field") }
        return UpdateFileDescriptorResponse(
            file: try update(
                fileID: id, displayName: mask.contains(.displayName) ? .some(changes.displayName) : nil,
                parentFolderID: mask.contains(.parentFolderID) ? .some(changes.parentFolderID) : nil,
                labels: mask.contains(.labels) ? .some(changes.labels) : nil, fieldPrefix: "file."))
    }

    @available(*, deprecated, message: "Serves the deprecated Update File operation.")
    mutating func updateFile(_ request: Operations.UpdateFile) throws -> UpdateFileResponse {
        let body = request.body
        let id = try liveFileID(body.fileID, field: "fileId")
        return UpdateFileResponse(
            file: try update(
                fileID: id, displayName: body.displayName.map { .some($0) },
                parentFolderID: body.parentFolderID.map { .some($0) }, labels: body.labels.map { .some($0) },
                fieldPrefix: ""))
    }

    mutating func bulkDeleteFiles(_ request: Operations.BulkDeleteFiles) throws -> BulkDeleteFilesResponse {
        let ids = try request.body.fileIDs.map(existingFileID)
        for id in ids {
            if request.body.permanent ?? false {
                files[id] = nil
            } else if var file = files[id], !isInTrash(file) {
                // Already trashed files stay as they are: deleting them again is not an error (facts §3.16).
                // The file keeps `state: OK`; only its place changes (facts §9: trashed items show `OK`).
                file.folderBeforeTrash = file.descriptor.parentFolderID
                file.descriptor.parentFolderID = RootFolderID.trash
                file.descriptor.updatedDate = identifiers.tick()
                files[id] = file
            }
        }
        return BulkDeleteFilesResponse()
    }

    mutating func bulkRestoreFilesFromTrashBin(
        _ request: Operations.BulkRestoreFilesFromTrashBin
    ) throws -> BulkRestoreFilesFromTrashBinResponse {
        let ids = try request.body.fileIDs.map(existingFileID)
        for id in ids {
            guard var file = files[id], isInTrash(file) else { continue }
            file.descriptor.parentFolderID = restoreTarget(
                for: file.folderBeforeTrash ?? file.descriptor.parentFolderID)
            file.folderBeforeTrash = nil
            file.descriptor.updatedDate = identifiers.tick()
            files[id] = file
        }
        return BulkRestoreFilesFromTrashBinResponse()
    }

    /// Where a restored item goes: back where it was when that folder is still live, else the media root.
    func restoreTarget(for folderID: String?) -> String {
        guard let folderID, isLive(folderID: folderID) else { return RootFolderID.media }
        return folderID
    }

    /// The ID of an existing file named by an ID or a Wix media URL; 404 otherwise.
    func existingFileID(_ reference: String) throws -> String {
        let id = fileID(fromReference: reference)
        guard files[id] != nil else { throw APIFailure.notFound("file", id: id) }
        return id
    }

    /// The ID of an existing file that is not in the trash.
    private func liveFileID(_ reference: String, field: String) throws -> String {
        let id = try existingFileID(reference)
        guard let file = files[id], !isInTrash(file) else {
            throw APIFailure.invalid(field: field, "file \(id) is in the trash bin")
        }
        return id
    }

    /// Changes the given fields (an outer nil leaves a field alone), all or none: everything is checked first.
    private mutating func update(
        fileID id: String, displayName: String??, parentFolderID: String??, labels: [String]??, fieldPrefix: String
    ) throws -> FileDescriptor {
        if let displayName {
            try requireNonEmpty(displayName, field: fieldPrefix + "displayName")
            try requireLength(displayName, atMost: 200, field: fieldPrefix + "displayName")
        }
        if let parentFolderID {
            guard let parentFolderID else {
                throw APIFailure.invalid(field: fieldPrefix + "parentFolderId", "is required", rule: "REQUIRED_FIELD")
            }
            try requireLiveFolder(parentFolderID, field: fieldPrefix + "parentFolderId")
        }
        if let labels {
            try requireLabels(labels ?? [], field: fieldPrefix + "labels", maximumCount: 100)
        }
        guard var descriptor = files[id]?.descriptor else { throw APIFailure.notFound("file", id: id) }
        if let displayName { descriptor.displayName = displayName }
        if let parentFolderID { descriptor.parentFolderID = parentFolderID }
        if let labels { descriptor.labels = labels ?? [] }
        descriptor.updatedDate = identifiers.tick()
        files[id]?.descriptor = descriptor
        return descriptor
    }

    /// Fails with a 400 when there are too many labels or one is too long.
    func requireLabels(_ labels: [String], field: String, maximumCount: Int) throws {
        guard labels.count <= maximumCount else {
            throw APIFailure.invalid(field: field, "must have at most \(maximumCount) items")
        }
        for (index, label) in labels.enumerated() {
            try requireLength(label, atMost: 200, field: "\(field)[\(index)]")
        }
    }

    /// The file as a read returns it. Reads are what moves a pending import along: once it has been read
    /// `readsUntilImportIsProcessed` times, it is processed (READY or FAILED).
    private mutating func read(fileID id: String) -> FileDescriptor? {
        guard var file = files[id] else { return nil }
        if file.processed != nil {
            if file.readsUntilProcessed > 0 {
                file.readsUntilProcessed -= 1
            } else {
                file.finishProcessing()
            }
            files[id] = file
        }
        return file.descriptor
    }
}
