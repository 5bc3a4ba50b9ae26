// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Calls the operation on the client namespace it had.
func delete(_ client: PhotosClient) async throws {
    try await client.deletePhoto(photoID: "p1")
}
