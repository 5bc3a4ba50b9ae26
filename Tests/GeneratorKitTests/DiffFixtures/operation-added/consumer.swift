// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Calls the operations there were.
func fetch(_ client: PhotosClient) async throws -> Photo {
    try await client.getPhoto(photoID: "p1")
}
