// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Calls the memberwise initializer with the properties it had.
func makePhoto() -> Photo {
    Photo(id: "p1", title: "Beach")
}
