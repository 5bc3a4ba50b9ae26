import Foundation

extension ImageAsset {
    /// The image as a Wix media identifier, `wix:image://v1/<id>/<filename>#originWidth=…&originHeight=…`, the
    /// form `@wix/sdk` gives REST images; `nil` when `id`, `width` or `height` is missing or unusable.
    ///
    /// Use it for scaled or cropped URLs (``WixMediaIdentifier/scaledToFillImageURL(width:height:alignment:quality:format:)``
    /// and its kin). Those work for public files only: for a private one, `url` is empty and only Generate File
    /// Download URL serves the content.
    public var mediaIdentifier: WixMediaIdentifier? {
        guard let id, !id.isEmpty, let width, let height else { return nil }
        return try? WixMediaIdentifier.image(
            mediaID: id, fileName: filename, originalSize: PixelSize(width: Int(width), height: Int(height)))
    }
}
