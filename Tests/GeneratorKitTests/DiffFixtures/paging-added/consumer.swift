// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Pages by hand, as callers did before the paged method existed.
func firstPage(_ client: PhotosClient) async throws -> Int {
    let page = try await client.listPhotos(folderID: "root", paging: CursorPaging(limit: 10))
    return page.photos?.count ?? 0
}
