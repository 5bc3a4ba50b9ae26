// Compiled inside the generated module by scripts/check-diff-classification.sh: against old.json's
// output it must compile; against new.json's it must fail exactly when the pair reports a breaking change.

import Foundation

/// Reads the parsed URL, which is gone once the schema no longer says the string is a URL.
func link(of photo: Photo) -> URL? {
    photo.parsedLink
}
