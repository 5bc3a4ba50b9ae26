// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Switches over every variant.
func petName(_ pet: Pet) -> String {
    switch pet {
    case .cat: "cat"
    case .dog: "dog"
    case .fish: "fish"
    case .unrecognized: "unknown"
    }
}
