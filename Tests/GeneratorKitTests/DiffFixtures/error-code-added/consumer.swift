// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Switches over every documented code with no `default`, as the unknown-value case allows: a code added
/// to the enum is one this `switch` does not handle, so it stops compiling (breaking), although the
/// value itself would have decoded into `.unrecognized` before.
func message(for code: DeletePhotoErrorCode) -> String {
    switch code {
    case .photoNotFound: "no such photo"
    case .unrecognized(let raw): raw
    }
}
