// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Names the case that goes away.
func label(_ kind: Kind) -> String {
    switch kind {
    case .image: "image"
    case .video: "video"
    case .unrecognized(let raw): raw
    }
}
