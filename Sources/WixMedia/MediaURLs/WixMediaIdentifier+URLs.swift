import Foundation

extension WixMediaIdentifier {
    /// The absolute URL of the original file on Wix's static hosts, as the Media Manager reports them:
    /// `https://static.wixstatic.com/media/<id>` for images, `…/shapes/<id>` for vectors,
    /// `https://video.wixstatic.com/video/<id>/file` for videos and `https://music.wixstatic.com/mp3/<id>` for
    /// audio. `nil` for documents, whose host belongs to the site (use the file descriptor's `url`).
    ///
    /// Like `@wix/sdk`'s `getImageUrl().url`, this is built from the identifier alone: it answers 403 when the
    /// file is private, whose content only a signed URL from Generate File Download URL serves.
    public var originalURL: URL? {
        // Only documents may have a `/` in their ID (`ugd/…`), and they have no static URL here; in the others an
        // encoded `%2F` must stay encoded rather than become a path separator.
        let id = MediaPercentEncoding.encodeComponent(mediaID)
        return switch kind {
        case .image: URL(string: "https://static.wixstatic.com/media/\(id)")
        case .vector: URL(string: "https://static.wixstatic.com/shapes/\(id)")
        case .video: URL(string: "https://video.wixstatic.com/video/\(id)/file")
        case .audio: URL(string: "https://music.wixstatic.com/mp3/\(id)")
        case .document: nil
        }
    }

    /// The URL of this image transformed by `transformation`, on `static.wixstatic.com`.
    ///
    /// The URL's last segment is a display name — the identifier's file name (else the media ID) without its image
    /// extension, with the characters `@wix/image-kit` replaces turned into `_` — followed by the extension that
    /// selects the output format: the transformation's `format`, else the stored file's (the media ID's).
    ///
    /// - Important: Works for public files only; a private file's URL answers 403 (see ``ImageTransformation``).
    /// - Throws: ``ImageTransformationError`` for another kind of media or a value Wix would refuse.
    public func imageURL(applying transformation: ImageTransformation) throws(ImageTransformationError) -> URL {
        guard kind == .image else { throw .notAnImage(kind) }
        let operations = try transformation.operationsPath(originalSize: originalSize)
        let text =
            "https://static.wixstatic.com/media/\(MediaPercentEncoding.encodeComponent(mediaID))/\(operations)/"
            + MediaPercentEncoding.encodeComponent(outputFileName(format: transformation.format))
        guard let url = URL(string: text) else { throw .unrepresentableURL(text) }
        return url
    }

    /// The URL of this image scaled to fill `width`×`height`: `@wix/sdk`'s `getScaledToFillImageUrl()`.
    ///
    /// The image keeps its proportions; where they differ from the target's, it is cropped so that it fills the
    /// whole area, keeping the centre by default or the part `alignment` names (such as a focal point).
    public func scaledToFillImageURL(
        width: Int, height: Int, alignment: ImageAlignment = .center, quality: Int? = nil,
        format: ImageOutputFormat? = nil
    ) throws(ImageTransformationError) -> URL {
        try imageURL(
            applying: ImageTransformation(
                scaling: .fill(width: width, height: height, alignment: alignment), quality: quality, format: format))
    }

    /// The URL of this image scaled to fit in `width`×`height`: `@wix/sdk`'s `getScaledToFitImageUrl()`.
    ///
    /// The whole image stays visible with its proportions, so one side may come out shorter than asked; Wix
    /// never scales an image beyond its original size.
    public func scaledToFitImageURL(
        width: Int, height: Int, quality: Int? = nil, format: ImageOutputFormat? = nil
    ) throws(ImageTransformationError) -> URL {
        try imageURL(
            applying: ImageTransformation(scaling: .fit(width: width, height: height), quality: quality, format: format)
        )
    }

    /// The URL of `region` of this image, scaled to fill `width`×`height`: `@wix/sdk`'s `getCroppedImageUrl()`,
    /// whose `cropX`, `cropY`, `cropWidth`, `cropHeight` are `region` and whose `targetWidth`, `targetHeight` are
    /// `width` and `height`.
    public func croppedImageURL(
        _ region: ImageCropRegion, width: Int, height: Int, quality: Int? = nil, format: ImageOutputFormat? = nil
    ) throws(ImageTransformationError) -> URL {
        try imageURL(
            applying: ImageTransformation(
                crop: region, scaling: .fill(width: width, height: height, alignment: .center), quality: quality,
                format: format))
    }

    /// The last segment of a transformed image's URL, before percent-encoding (see ``ImageOutputName``).
    private func outputFileName(format: ImageOutputFormat?) -> String {
        ImageOutputName.make(
            displayName: (fileName?.isEmpty == false ? fileName : nil) ?? mediaID, mediaID: mediaID, format: format)
    }
}
