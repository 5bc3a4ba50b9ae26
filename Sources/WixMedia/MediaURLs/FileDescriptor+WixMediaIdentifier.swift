import Foundation

extension FileDescriptor {
    /// The file as a Wix media identifier, built the way `@wix/sdk` turns REST media into `wix:` strings:
    ///
    /// - images: `wix:image://v1/<id>/<file name>#originWidth=…&originHeight=…`, from `media.image.image`;
    /// - vectors: `wix:vector://v1/<id>/<file name>`;
    /// - videos: `wix:video://v1/<id>/<file name>`, plus `#posterUri=…&posterWidth=…&posterHeight=…` when a poster
    ///   is known (the second poster if there are two, as the SDK picks);
    /// - audio and documents: `wix:audio://v1/<id>/<file name>`, `wix:document://v1/<id>/<file name>`.
    ///
    /// The file name is the media's `filename`, else `displayName`. `nil` for other media types, and for images
    /// whose width and height are not known yet (while the file is pending, `media` is absent).
    public var mediaIdentifier: WixMediaIdentifier? {
        switch mediaType {
        case .image:
            guard let image = media?.image?.image, let width = image.width, let height = image.height else {
                return nil
            }
            return try? WixMediaIdentifier.image(
                mediaID: nonEmpty(image.id) ?? id, fileName: image.filename ?? displayName,
                originalSize: PixelSize(width: Int(width), height: Int(height)))
        case .vector:
            let image = media?.vector?.image
            return identifier(.vector, mediaID: image?.id, fileName: image?.filename)
        case .video:
            let video = media?.video
            return identifier(.video, mediaID: video?.id, fileName: video?.filename, fragment: posterParameters(video))
        case .audio:
            return identifier(.audio, mediaID: media?.audio?.id, fileName: nil)
        case .document:
            return identifier(.document, mediaID: media?.document?.id, fileName: media?.document?.filename)
        default:
            return nil
        }
    }

    /// The URL of this image file transformed by `transformation` (see ``ImageTransformation``).
    ///
    /// - Throws: ``ImageTransformationError/privateFile(fileID:)`` for a private file, whose static URLs answer
    ///   403 (get a signed URL with Generate File Download URL instead);
    ///   ``ImageTransformationError/notAnImage(_:)`` for videos, audio, documents and vectors;
    ///   ``ImageTransformationError/missingImageDetails(fileID:)`` for other files and for images whose size is
    ///   not known yet; and the
    ///   errors of ``WixMediaIdentifier/imageURL(applying:)``.
    public func imageURL(applying transformation: ImageTransformation) throws(ImageTransformationError) -> URL {
        if self.private == true { throw .privateFile(fileID: id) }
        guard let identifier = mediaIdentifier else { throw .missingImageDetails(fileID: id) }
        return try identifier.imageURL(applying: transformation)
    }

    private func identifier(
        _ kind: WixMediaKind, mediaID: String?, fileName: String?, fragment: [WixMediaFragmentParameter] = []
    ) -> WixMediaIdentifier? {
        try? WixMediaIdentifier(
            kind: kind, mediaID: nonEmpty(mediaID) ?? id, fileName: fileName ?? displayName,
            fragmentParameters: fragment)
    }

    /// `posterUri`, `posterWidth`, `posterHeight` of the poster `@wix/sdk` picks (the second, else the first),
    /// whose ID is its `id` or else the last segment of its `url`; none unless all three are known.
    private func posterParameters(_ video: VideoV2?) -> [WixMediaFragmentParameter] {
        guard let posters = video?.posters, let poster = posters.count > 1 ? posters[1] : posters.first,
            let posterID = nonEmpty(poster.id) ?? nonEmpty(poster.url?.split(separator: "/").last.map(String.init)),
            let width = poster.width, let height = poster.height
        else { return [] }
        return [
            WixMediaFragmentParameter(key: "posterUri", value: MediaPercentEncoding.encodeComponent(posterID)),
            WixMediaFragmentParameter(key: "posterWidth", value: String(width)),
            WixMediaFragmentParameter(key: "posterHeight", value: String(height)),
        ]
    }
}

private func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
}
