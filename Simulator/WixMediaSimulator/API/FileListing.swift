import WixMedia

/// List, search and query files: list looks at the top level of one folder, search at every level under a
/// root (facts §1.7, §3.6–3.8).
extension MediaState {
    func listFiles(_ request: Operations.ListFiles) throws -> ListFilesResponse {
        let page = try filesDirectlyIn(
            request.parentFolderID ?? RootFolderID.media, inTrash: false, operation: "listFiles",
            mediaTypes: request.mediaTypes, isPrivate: request.private, sort: request.sort, paging: request.paging)
        return ListFilesResponse(files: page.items, nextCursor: page.metadata)
    }

    func listDeletedFiles(_ request: Operations.ListDeletedFiles) throws -> ListDeletedFilesResponse {
        let page = try filesDirectlyIn(
            request.parentFolderID ?? RootFolderID.trash, inTrash: true, operation: "listDeletedFiles",
            mediaTypes: request.mediaTypes, isPrivate: request.private, sort: request.sort, paging: request.paging)
        return ListDeletedFilesResponse(files: page.items, nextCursor: page.metadata)
    }

    func searchFiles(_ request: Operations.SearchFiles) throws -> SearchFilesResponse {
        let body = request.body
        try requireDocumented(body.rootFolder, field: "rootFolder")
        try requireDocumented(body.mediaTypes, field: "mediaTypes")
        try requireLength(body.search, atMost: 200, field: "search")
        if (body.mediaTypes?.count ?? 0) > 30 {
            throw APIFailure.invalid(field: "mediaTypes", "must have at most 30 items")
        }
        let rootID = body.rootFolder.flatMap(RootFolderID.id(of:)) ?? RootFolderID.media
        let term = body.search?.lowercased() ?? ""
        let candidates = files.values.filter { file in
            root(ofFolder: file.descriptor.parentFolderID ?? "") == rootID
                && Self.isListable(file, mediaTypes: body.mediaTypes, isPrivate: body.private)
                && (term.isEmpty || Self.file(file, contains: term))
        }
        let query =
            "searchFiles|\(rootID)|\(term)|\(Self.describe(body.mediaTypes))|\(String(describing: body.private))"
        let page = try Paginator(
            query: query, sort: body.sort.map { [$0] }, allowed: Paginator.fileFields, sortField: "sort",
            pagingField: "paging", limits: .search
        )
        .page(of: candidates.map(\.descriptor), paging: body.paging)
        return SearchFilesResponse(files: page.items, nextCursor: page.metadata)
    }

    func queryFileDescriptors(_ request: Operations.QueryFileDescriptors) throws -> QueryFileDescriptorsResponse {
        let query = request.body.query
        let filter = QueryFilter(filter: query?.filter ?? [:])
        // Without a condition on `state`, a query sees what the Media Manager shows: files not in the trash.
        let includeTrash = filter.mentions("state")
        let candidates = try files.values.filter { file in
            guard includeTrash || !isInTrash(file) else { return false }
            return try filter.matches(QueryFilter.json(of: file.descriptor))
        }.map(\.descriptor)
        let fingerprint = "queryFileDescriptors|" + Self.canonical(query?.filter)
        let page = try Paginator(
            query: fingerprint, sort: query?.sort, allowed: Paginator.fileFields, sortField: "query.sort",
            pagingField: "query.cursorPaging", limits: .query
        )
        .page(of: candidates, paging: query?.cursorPaging, includeCount: true)
        return QueryFileDescriptorsResponse(files: page.items, pagingMetadata: page.metadata)
    }

    /// The files whose parent is `parentID` and which are (`inTrash`) or are not in the trash, filtered, sorted
    /// and paged. Trashed files are under `trash-root` or a trashed folder, so the trash listing of a live folder,
    /// such as the one a file was deleted from, is empty.
    private func filesDirectlyIn(
        _ parentID: String, inTrash: Bool, operation: String, mediaTypes: [MediaType]?, isPrivate: Bool?,
        sort: Sorting?, paging: CursorPaging?
    ) throws -> (items: [FileDescriptor], metadata: PagingMetadataV2) {
        try requireFolder(parentID)
        try requireDocumented(mediaTypes, field: "mediaTypes")
        let candidates = files.values.filter { file in
            file.descriptor.parentFolderID == parentID && isInTrash(file) == inTrash
                && Self.isListable(file, mediaTypes: mediaTypes, isPrivate: isPrivate)
        }
        let query = "\(operation)|\(parentID)|\(Self.describe(mediaTypes))|\(String(describing: isPrivate))"
        return try Paginator(
            query: query, sort: sort.map { [$0] }, allowed: Paginator.fileFields, sortField: "sort",
            pagingField: "paging", limits: .list
        )
        .page(of: candidates.map(\.descriptor), paging: paging)
    }

    /// The `mediaTypes` and `private` filters, and the rule that `OTHER` files are never listed.
    private static func isListable(_ file: StoredFile, mediaTypes: [MediaType]?, isPrivate: Bool?) -> Bool {
        let descriptor = file.descriptor
        if descriptor.mediaType == .other { return false }
        if let mediaTypes, !mediaTypes.isEmpty, !mediaTypes.contains(descriptor.mediaType ?? .unknown) { return false }
        if let isPrivate, (descriptor.private ?? false) != isPrivate { return false }
        return true
    }

    /// Whether the search term occurs in the file's name, MIME type or labels (facts §3.7).
    private static func file(_ file: StoredFile, contains term: String) -> Bool {
        ([file.descriptor.displayName ?? "", file.mimeType] + (file.descriptor.labels ?? [])).contains {
            $0.lowercased().contains(term)
        }
    }

    private static func describe(_ mediaTypes: [MediaType]?) -> String {
        (mediaTypes ?? []).map(\.rawValue).sorted().joined(separator: ",")
    }

    /// A stable text of a filter, for cursor fingerprints (dictionaries have no stable order of their own).
    static func canonical(_ filter: [String: JSONValue]?) -> String {
        guard let filter else { return "" }
        return JSONValue.object(filter).sortedDescription
    }
}

extension JSONValue {
    /// The value as text with object members sorted by key.
    fileprivate var sortedDescription: String {
        switch self {
        case .object(let members):
            "{" + members.keys.sorted().map { "\($0):\(members[$0]!.sortedDescription)" }.joined(separator: ",") + "}"
        case .array(let items): "[" + items.map(\.sortedDescription).joined(separator: ",") + "]"
        default: String(describing: self)
        }
    }
}
