import Foundation
import WixMedia

/// Import from a URL, bulk imports and upload URLs (facts §3.1–3.5, §7); the upload host is in `Uploads/`.
///
/// An import never fetches anything: the file is created `PENDING` with the type the MIME type or the name's
/// extension suggests, and turns `READY` after a few reads (see ``MediaState/Settings``). It turns `FAILED`
/// instead when its type cannot be told or differs from the `mediaType` asked for, or when the URL's host
/// ends in `.invalid` (RFC 2606), which is how tests ask for a failed import.
extension MediaState {
    mutating func importFile(_ request: Operations.ImportFile) throws -> ImportFileResponse {
        let plan = try planImport(request.body, field: "")
        return ImportFileResponse(file: addFile(plan))
    }

    mutating func bulkImportFile(_ request: Operations.BulkImportFile) throws -> BulkImportFileResponse {
        let items = request.body.importFileRequests
        try requireBulkSize(items.count)
        // Invalid items fail on their own, in their result; the others are imported (facts §3.4).
        var results: [BulkImportFileResult] = []
        for (index, item) in items.enumerated() {
            let metadata: ItemMetadata
            var file: FileDescriptor?
            do {
                file = addFile(try planImport(item, field: "importFileRequests[\(index)]."))
                metadata = ItemMetadata(id: file?.id, originalIndex: Int32(index), success: true)
            } catch let failure as APIFailure {
                let violation = failure.body.details?.validationError?.fieldViolations?.first
                metadata = ItemMetadata(
                    originalIndex: Int32(index), success: false,
                    error: ApplicationError(
                        code: "INVALID_ARGUMENT",
                        description: [violation?.field, violation?.description]
                            .compactMap { $0 }.joined(separator: " ")))
            }
            results.append(
                BulkImportFileResult(itemMetadata: metadata, item: request.body.returnEntity == false ? nil : file))
        }
        let successes = Int32(results.filter { $0.itemMetadata?.success == true }.count)
        return BulkImportFileResponse(
            results: results,
            bulkActionMetadata: BulkActionMetadata(
                totalSuccesses: successes, totalFailures: Int32(results.count) - successes, undetailedFailures: 0))
    }

    @available(*, deprecated, message: "Serves the deprecated Bulk Import Files operation.")
    mutating func bulkImportFiles(_ request: Operations.BulkImportFiles) throws -> BulkImportFilesResponse {
        let items = request.body.importFileRequests
        try requireBulkSize(items.count)
        // The deprecated bulk import has no per-item results, so it is all or nothing: check everything first.
        let plans = try items.enumerated().map { index, item in
            try planImport(item, field: "importFileRequests[\(index)].")
        }
        return BulkImportFilesResponse(files: plans.map { addFile($0) })
    }

    mutating func generateFileUploadURL(
        _ request: Operations.GenerateFileUploadURL
    ) throws -> GenerateFileUploadURLResponse {
        let body = request.body
        let token = try reserveUpload(
            isResumable: false, mimeType: body.mimeType, fileName: body.fileName,
            parentFolderID: body.parentFolderID, filePath: body.filePath, isPrivate: body.private, labels: body.labels,
            maximumLabels: 50)
        return GenerateFileUploadURLResponse(uploadURL: "\(settings.baseURL)/upload/\(token)")
    }

    /// The resumable upload URL is the simulator's tus endpoint (`Uploads/TusEndpoint.swift`).
    mutating func generateFileResumableUploadURL(
        _ request: Operations.GenerateFileResumableUploadURL
    ) throws -> GenerateFileResumableUploadURLResponse {
        let body = request.body
        try requireDocumented(body.uploadProtocol, field: "uploadProtocol")
        let token = try reserveUpload(
            isResumable: true, mimeType: body.mimeType, fileName: body.fileName,
            parentFolderID: body.parentFolderID, filePath: body.filePath, isPrivate: body.private, labels: body.labels,
            maximumLabels: 500)
        return GenerateFileResumableUploadURLResponse(
            uploadProtocol: .tus, uploadURL: "\(settings.baseURL)/upload/tus", uploadToken: token)
    }

    private func requireBulkSize(_ count: Int) throws {
        guard (1...100).contains(count) else {
            throw APIFailure.invalid(field: "importFileRequests", "must have between 1 and 100 items")
        }
    }

    private mutating func reserveUpload(
        isResumable: Bool, mimeType: String, fileName: String?, parentFolderID: String?, filePath: String?,
        isPrivate: Bool?, labels: [String]?, maximumLabels: Int
    ) throws -> String {
        try requireNonEmpty(mimeType, field: "mimeType")
        try requireLength(mimeType, atMost: 100, field: "mimeType")
        try requireLength(fileName, atMost: 200, field: "fileName")
        try requireLength(filePath, atMost: 100, field: "filePath")
        try requireLabels(labels ?? [], field: "labels", maximumCount: maximumLabels)
        let parent = parentFolderID ?? RootFolderID.media
        try requireLiveFolder(parent, field: "parentFolderId")
        let token = identifiers.hex32()
        uploads[token] = PendingUpload(
            isResumable: isResumable, mimeType: mimeType, fileName: fileName,
            parentFolderID: filePath.map { folder(atPath: $0, below: parent) } ?? parent,
            isPrivate: isPrivate ?? false, labels: labels ?? [])
        return token
    }
}

/// A checked import, ready to be added.
struct ImportPlan {
    var displayName: String
    var parentFolderID: String
    var filePath: String?
    var mimeType: String
    var mediaType: MediaType
    /// Whether processing will fail.
    var fails: Bool
    var isPrivate: Bool
    var labels: [String]
    var sourceURL: String?
    var sizeInBytes: Int64
    /// How many reads still return the new file `PENDING`; nil: it is processed before it is first returned.
    var pendingReads: Int?
    /// The bytes of an upload.
    var content: StoredContent?
}

extension MediaState {
    /// Checks one import request without changing anything; `field` prefixes the names in errors.
    func planImport(_ request: ImportFileRequest, field: String) throws -> ImportPlan {
        guard let url = URL(string: request.url), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
            let host = url.host, !host.isEmpty
        else {
            throw APIFailure.invalid(field: field + "url", "must be an http or https URL")
        }
        try requireDocumented(request.mediaType, field: field + "mediaType")
        try requireLength(request.displayName, atMost: 200, field: field + "displayName")
        try requireLength(request.filePath, atMost: 100, field: field + "filePath")
        try requireLabels(request.labels ?? [], field: field + "labels", maximumCount: 100)
        let parent = request.parentFolderID ?? RootFolderID.media
        try requireLiveFolder(parent, field: field + "parentFolderId")

        let urlName = url.lastPathComponent == "/" ? "" : url.lastPathComponent
        let byName = MediaKind.detect(fileName: request.displayName ?? "") ?? MediaKind.detect(fileName: urlName)
        let mimeType = request.mimeType ?? byName?.mimeType ?? "application/octet-stream"
        let detected = MediaKind.mediaType(forMIMEType: mimeType) ?? byName?.mediaType
        var displayName = request.displayName ?? (urlName.isEmpty ? "file" : urlName)
        if (displayName as NSString).pathExtension.isEmpty,
            let fileExtension = MediaKind.fileExtension(forMIMEType: mimeType)
        {
            // Wix completes a name without an extension: "T-shirt" imported as PNG becomes "T-shirt.png".
            displayName += "." + fileExtension
        }
        let mismatch = request.mediaType != nil && detected != nil && request.mediaType != detected
        return ImportPlan(
            displayName: displayName, parentFolderID: parent, filePath: request.filePath, mimeType: mimeType,
            mediaType: detected ?? request.mediaType ?? .unknown,
            fails: (detected == nil && request.mediaType == nil) || mismatch || host.hasSuffix(".invalid"),
            isPrivate: request.private ?? false, labels: request.labels ?? [], sourceURL: request.url,
            sizeInBytes: 1_000 + Int64(Fingerprint.value(request.url) % 5_000_000),
            pendingReads: settings.readsUntilImportIsProcessed)
    }

    /// Creates the file of a checked import or upload.
    mutating func addFile(_ plan: ImportPlan) -> FileDescriptor {
        let parent = plan.filePath.map { folder(atPath: $0, below: plan.parentFolderID) } ?? plan.parentFolderID
        let prefix = fileIDPrefix
        let id = MediaKind.fileID(
            prefix: prefix, hex: identifiers.hex32(), mediaType: plan.mediaType,
            fileExtension: MediaKind.fileExtension(forMIMEType: plan.mimeType))
        let url = MediaKind.staticURL(id: id, mediaType: plan.mediaType, prefix: prefix)
        let processed = ProcessedFile(
            status: plan.fails ? .failed : .ready,
            media: plan.fails
                ? nil
                : MediaKind.media(
                    id: id, url: url, mediaType: plan.mediaType, fileName: plan.displayName, size: plan.sizeInBytes,
                    isPrivate: plan.isPrivate),
            // An upload's hash is that of its bytes; an import's, whose bytes are never fetched, is made up.
            hash: plan.fails
                ? "" : plan.content?.hash.description ?? Fingerprint.hash(id) + Fingerprint.hash(plan.displayName),
            sizeInBytes: plan.fails ? -1 : plan.sizeInBytes)
        let now = identifiers.tick()
        let descriptor = FileDescriptor(
            id: id, displayName: plan.displayName, url: url, parentFolderID: parent, hash: "", sizeInBytes: -1,
            private: plan.isPrivate, mediaType: plan.mediaType, operationStatus: .pending, sourceURL: plan.sourceURL,
            thumbnailURL: MediaKind.thumbnailURL(id: id, mediaType: plan.mediaType, prefix: prefix),
            labels: plan.labels, createdDate: now, updatedDate: now, siteID: settings.siteID, state: .ok,
            addedBy: IdentityInfo(identityType: .app, identityID: "wix-media-simulator"))
        var file = StoredFile(
            descriptor: descriptor, mimeType: plan.mimeType, readsUntilProcessed: plan.pendingReads ?? 0,
            processed: processed, content: plan.content)
        if plan.pendingReads == nil {
            file.finishProcessing()
        }
        files[id] = file
        return file.descriptor
    }
}
