/// The format a transformed image is delivered in. Wix's image service takes it from the extension of the URL's
/// last segment (`…/file.webp`), so choosing one changes that extension.
public enum ImageOutputFormat: String, Sendable, Hashable, CaseIterable {
    /// JPEG, extension `jpg`.
    case jpeg = "jpg"
    /// PNG, extension `png`.
    case png
    /// WebP, extension `webp`.
    case webp
    /// GIF, extension `gif`.
    case gif

    /// The file extension that selects the format, without a dot.
    public var fileExtension: String { rawValue }
}
