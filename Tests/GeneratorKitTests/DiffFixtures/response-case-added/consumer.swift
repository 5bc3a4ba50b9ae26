// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

/// Switches over every documented status, with no `default`: a status the API gains is a case to handle.
func name(_ response: Operations.PutPet.Response) -> String? {
    switch response {
    case .ok(let pet): pet.name
    case .noContent: nil
    }
}
