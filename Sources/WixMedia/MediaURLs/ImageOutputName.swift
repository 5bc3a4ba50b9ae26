/// The last path segment of a transformed image's URL, before percent-encoding.
///
/// Wix's image service reads only the segment's extension, which selects the output format; the rest is a display
/// name. The name is built the way Wix's `@wix/image-kit` builds it: an image extension on the display name is
/// dropped, and characters that would end the segment, start a query or add a second extension become `_`. The
/// extension is the requested format's, else the stored file's (the media ID's), so that a renamed file (a PNG
/// called `banner.gif`) is still delivered in its own format.
enum ImageOutputName {
    /// The segment for an image stored as `mediaID`, shown as `displayName` (its file name, else its media ID),
    /// delivered as `format` (`nil`: the stored format).
    static func make(displayName: String, mediaID: String, format: ImageOutputFormat?) -> String {
        let (stem, nameExtension) = splitExtension(displayName)
        let nameImageExtension = nameExtension.map { $0.lowercased() }.flatMap {
            imageExtensions.contains($0) ? $0 : nil
        }
        let shown = nameImageExtension == nil ? displayName : stem
        let safe = String(shown.map { replacedCharacters.contains($0) ? "_" : $0 })
        let storedExtension = splitExtension(mediaID).1?.lowercased()
        guard let fileExtension = format?.fileExtension ?? storedExtension ?? nameImageExtension else { return safe }
        return "\(safe).\(fileExtension)"
    }

    /// Extensions of the image formats Wix stores and transforms, compared in lower case.
    private static let imageExtensions: Set<String> = ["jpg", "jpeg", "jpe", "png", "webp", "gif"]

    /// What `@wix/image-kit` replaces with `_` in a display name: `/ \ ? < > | “ : "`, `.` and `*`.
    private static let replacedCharacters: Set<Character> = [
        "/", "\\", "?", "<", ">", "|", "\u{201C}", ":", "\"", ".", "*",
    ]

    /// `("leon", "jpg")` for `leon.jpg`; no extension for names without a dot, or with one only at either end.
    private static func splitExtension(_ name: String) -> (String, String?) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex
        else { return (name, nil) }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }
}
