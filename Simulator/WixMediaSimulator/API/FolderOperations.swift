import Foundation
import WixMedia

/// Create, get, list, search, query, update, delete and restore folders (facts §4).
extension MediaState {
    mutating func createFolder(_ request: Operations.CreateFolder) throws -> CreateFolderResponse {
        let body = request.body
        try requireNonEmpty(body.displayName, field: "displayName")
        try requireLength(body.displayName, atMost: 200, field: "displayName")
        let parent = body.parentFolderID ?? RootFolderID.media
        try requireLiveFolder(parent, field: "parentFolderId")
        return CreateFolderResponse(folder: addFolder(named: body.displayName, in: parent))
    }

    /// Root folders are places, not folders: getting one is a 404, as for any ID that names no folder.
    func getFolder(_ request: Operations.GetFolder) throws -> GetFolderResponse {
        guard let folder = folders[request.folderID] else { throw APIFailure.notFound("folder", id: request.folderID) }
        return GetFolderResponse(folder: folder.folder)
    }

    func listFolders(_ request: Operations.ListFolders) throws -> ListFoldersResponse {
        let page = try foldersDirectlyIn(
            request.parentFolderID ?? RootFolderID.media, inTrash: false, operation: "listFolders", sort: request.sort,
            paging: request.paging)
        return ListFoldersResponse(folders: page.items, nextCursor: page.metadata)
    }

    func listDeletedFolders(_ request: Operations.ListDeletedFolders) throws -> ListDeletedFoldersResponse {
        let page = try foldersDirectlyIn(
            request.parentFolderID ?? RootFolderID.trash, inTrash: true, operation: "listDeletedFolders",
            sort: request.sort, paging: request.paging)
        return ListDeletedFoldersResponse(folders: page.items, nextCursor: page.metadata)
    }

    func searchFolders(_ request: Operations.SearchFolders) throws -> SearchFoldersResponse {
        let body = request.body
        try requireDocumented(body.rootFolder, field: "rootFolder")
        try requireLength(body.search, atMost: 200, field: "search")
        let rootID = body.rootFolder.flatMap(RootFolderID.id(of:)) ?? RootFolderID.media
        let term = body.search?.lowercased() ?? ""
        let candidates = folders.values.map(\.folder).filter { folder in
            root(ofFolder: folder.id) == rootID
                && (term.isEmpty || (folder.displayName ?? "").lowercased().contains(term))
        }
        let page = try Paginator(
            query: "searchFolders|\(rootID)|\(term)", sort: body.sort.map { [$0] }, allowed: Paginator.folderFields,
            sortField: "sort", pagingField: "paging", limits: .search
        )
        .page(of: candidates, paging: body.paging)
        return SearchFoldersResponse(folders: page.items, nextCursor: page.metadata)
    }

    func queryFolders(_ request: Operations.QueryFolders) throws -> QueryFoldersResponse {
        let query = request.body.query
        let filter = QueryFilter(filter: query?.filter ?? [:])
        let includeTrash = filter.mentions("state")
        let candidates = try folders.values.map(\.folder).filter { folder in
            guard includeTrash || !isInTrash(folderID: folder.id) else { return false }
            return try filter.matches(QueryFilter.json(of: folder))
        }
        let page = try Paginator(
            query: "queryFolders|" + Self.canonical(query?.filter), sort: query?.sort, allowed: Paginator.folderFields,
            sortField: "query.sort", pagingField: "query.cursorPaging", limits: .query
        )
        .page(of: candidates, paging: query?.cursorPaging, includeCount: true)
        return QueryFoldersResponse(folders: page.items, pagingMetadata: page.metadata)
    }

    /// Renames and/or moves a folder. With a `fieldMask`, exactly the named fields change; without one, the
    /// fields present in `folder`.
    mutating func updateFolder(_ request: Operations.UpdateFolder) throws -> UpdateFolderResponse {
        let changes = request.body.folder
        guard changes.id == request.folderID else {
            throw APIFailure.invalid(field: "folder.id", "must match the folder ID in the path")
        }
        guard let stored = folders[request.folderID] else {
            throw APIFailure.notFound("folder", id: request.folderID)
        }
        guard !isInTrash(folderID: request.folderID) else {
            throw APIFailure.invalid(field: "folder.id", "folder \(request.folderID) is in the trash bin")
        }
        let mask = request.body.fieldMask
        let renames = mask?.contains(.displayName) ?? (changes.displayName != nil)
        let moves = mask?.contains(.parentFolderID) ?? (changes.parentFolderID != nil)
        if renames {
            try requireNonEmpty(changes.displayName, field: "folder.displayName")
            try requireLength(changes.displayName, atMost: 256, field: "folder.displayName")
        }
        if moves {
            guard let parent = changes.parentFolderID else {
                throw APIFailure.invalid(field: "folder.parentFolderId", "is required", rule: "REQUIRED_FIELD")
            }
            try requireLiveFolder(parent, field: "folder.parentFolderId")
            guard parent != request.folderID, !isFolder(parent, below: request.folderID) else {
                throw APIFailure.invalid(field: "folder.parentFolderId", "cannot be the folder itself or inside it")
            }
        }
        var folder = stored.folder
        if renames { folder.displayName = changes.displayName }
        if moves { folder.parentFolderID = changes.parentFolderID }
        folder.updatedDate = identifiers.tick()
        folders[folder.id]?.folder = folder
        return UpdateFolderResponse(folder: folder)
    }

    /// Moves folders, with everything in them, to the trash, or deletes them for good. Deleting a trashed
    /// folder again to the trash changes nothing.
    mutating func bulkDeleteFolders(_ request: Operations.BulkDeleteFolders) throws -> BulkDeleteFoldersResponse {
        let ids = request.body.folderIDs
        try ids.forEach(requireDeletableFolder)
        for id in ids {
            let contents = contents(ofFolder: id)
            if request.body.permanent ?? false {
                for fileID in contents.files {
                    files[fileID] = nil
                }
                for folderID in contents.folders + [id] {
                    folders[folderID] = nil
                }
            } else if var folder = folders[id], !isInTrash(folderID: id) {
                // Only the folder moves; what is inside keeps its place below it (and everything keeps
                // `state: OK`), so a restore brings the tree back as it was.
                folder.folderBeforeTrash = folder.folder.parentFolderID
                folder.folder.parentFolderID = RootFolderID.trash
                folder.folder.updatedDate = identifiers.tick()
                folders[id] = folder
            }
        }
        return BulkDeleteFoldersResponse()
    }

    mutating func bulkRestoreFoldersFromTrashBin(
        _ request: Operations.BulkRestoreFoldersFromTrashBin
    ) throws -> BulkRestoreFoldersFromTrashBinResponse {
        let ids = request.body.folderIDs
        try ids.forEach(requireDeletableFolder)
        for id in ids {
            guard var folder = folders[id], isInTrash(folderID: id) else { continue }
            folder.folder.parentFolderID = restoreTarget(for: folder.folderBeforeTrash ?? folder.folder.parentFolderID)
            folder.folderBeforeTrash = nil
            folder.folder.updatedDate = identifiers.tick()
            folders[id] = folder
        }
        return BulkRestoreFoldersFromTrashBinResponse()
    }

    private func requireDeletableFolder(_ id: String) throws {
        guard !RootFolderID.all.contains(id) else {
            throw APIFailure.badRequest("ROOT_FOLDER_NOT_ALLOWED", "Root folder \(id) cannot be deleted or restored.")
        }
        guard folders[id] != nil else { throw APIFailure.notFound("folder", id: id) }
    }

    private func foldersDirectlyIn(
        _ parentID: String, inTrash: Bool, operation: String, sort: Sorting?, paging: CursorPaging?
    ) throws -> (items: [Folder], metadata: PagingMetadataV2) {
        try requireFolder(parentID)
        let candidates = folders.values.map(\.folder).filter {
            $0.parentFolderID == parentID && isInTrash(folderID: $0.id) == inTrash
        }
        return try Paginator(
            query: "\(operation)|\(parentID)", sort: sort.map { [$0] }, allowed: Paginator.folderFields,
            sortField: "sort", pagingField: "paging", limits: .list
        )
        .page(of: candidates, paging: paging)
    }
}
