// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Uses the declarations whose documentation changes.
func useEverything(_ client: PhotosClient) async throws -> String {
    let page = try await client.listPhotos(folderID: "root")
    let photo = page.photos?.first ?? Photo(id: "p1", title: "Beach", caption: "Summer")
    return photo.caption ?? photo.id
}
