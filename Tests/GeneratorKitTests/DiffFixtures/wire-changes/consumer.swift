// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Builds values and calls operations whose wire format changes; the Swift is the same.
func useEverything(_ client: PhotosClient) async throws -> Photo {
    _ = try await client.listPhotos(folderID: "root", kinds: [.image, .video])
    let photo = Photo(id: "p1", title: "Beach", kind: .image, sizeInBytes: 2_048)
    _ = try await client.createPhoto(title: photo.title)
    return photo
}
