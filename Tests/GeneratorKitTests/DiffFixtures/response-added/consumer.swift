// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Calls the operation and ignores its result, with or without one.
func delete(_ client: PhotosClient) async throws {
    _ = try await client.deletePhoto(photoID: "p1")
}
