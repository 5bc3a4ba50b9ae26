// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Lists photos the way a caller would before the change.
func listPhotos(_ client: PhotosClient) async throws -> Int {
    let page = try await client.listPhotos(folderID: "root", kinds: [.image], limit: 10)
    return page.photos?.count ?? 0
}
