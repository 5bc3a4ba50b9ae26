// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Uses the result as the type it was.
func fetchTitle(_ client: PhotosClient) async throws -> String {
    let photo: Photo = try await client.getPhoto(photoID: "p1")
    return photo.title
}
