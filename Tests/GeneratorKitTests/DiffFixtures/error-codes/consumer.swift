// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Switches over every documented error code.
func message(for code: DeletePhotoErrorCode) -> String {
    switch code {
    case .photoNotFound: "no such photo"
    case .photoLocked: "the photo is in use"
    case .unrecognized(let raw): raw
    }
}
