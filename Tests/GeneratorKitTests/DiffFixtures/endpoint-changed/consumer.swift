// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Calls every operation; paths, methods and retries change underneath, the calls do not.
func useEverything(_ client: PhotosClient) async throws {
    _ = try await client.listPhotos(folderID: "root")
    _ = try await client.createPhoto(title: "Beach")
    _ = try await client.getPhoto(photoID: "p1")
    try await client.deletePhoto(photoID: "p1")
}
