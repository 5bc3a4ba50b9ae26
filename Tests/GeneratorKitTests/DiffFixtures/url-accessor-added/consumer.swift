// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Reads the stored string, which stays when the accessor is added.
func link(of photo: Photo) -> String {
    photo.link ?? ""
}
