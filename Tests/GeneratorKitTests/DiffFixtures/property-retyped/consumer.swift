// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Reads the property as the type it had.
func title(of photo: Photo) -> String {
    photo.title
}
