// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Reads the type that goes away.
func albumID(_ album: Album) -> String {
    album.id
}
