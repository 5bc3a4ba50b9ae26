// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Existing code does not name the new type.
func photoTitle(_ photo: Photo) -> String {
    photo.title
}
