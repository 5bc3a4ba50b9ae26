// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

import OpenAPIClientKit

/// Names the operation's error-code type as what it was: the shared `AnyErrorCode`. Once the shared 404
/// response lists its codes, the operation gets its own enum and this no longer compiles.
func code(_ raw: String) -> Operations.GetPhoto.ErrorCode {
    AnyErrorCode(rawValue: raw)
}
