/// Why no image URL could be built for a transformation. Every case is found before any URL exists, so a value
/// that Wix's image service would answer with HTTP 400 is caught here instead.
public enum ImageTransformationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Transformations apply to `wix:image://` media only; this identifier names another kind.
    case notAnImage(WixMediaKind)
    /// A target width or height is outside what Wix's image service accepts.
    case targetSizeOutOfRange(PixelSize, allowed: ClosedRange<Int>)
    /// The quality is outside `1...100`.
    case qualityOutOfRange(Int)
    /// A focal point's coordinates are not fractions in `0...1`.
    case focalPointOutsideImage(x: Double, y: Double)
    /// A crop region has a negative corner or an empty size.
    case invalidCropRegion(ImageCropRegion)
    /// A crop region reaches beyond the original image.
    case cropOutsideImage(ImageCropRegion, imageSize: PixelSize)
    /// The transformation neither scales nor crops; quality and format only modify one of those.
    case missingScalingOrCrop
    /// The file is private: its static URLs answer 403, so a signed download URL is the way to it.
    case privateFile(fileID: String)
    /// The file descriptor lacks what an image identifier needs: its image media with width and height.
    case missingImageDetails(fileID: String)
    /// Foundation would not make a `URL` of this text.
    case unrepresentableURL(String)

    /// A sentence saying what is wrong, for logs and messages.
    public var description: String {
        switch self {
        case .notAnImage(let kind):
            "URL-based transformations apply to images; this is `wix:\(kind.rawValue)://` media"
        case .targetSizeOutOfRange(let size, let allowed):
            "target size \(size) is outside \(allowed.lowerBound)...\(allowed.upperBound) pixels per side"
        case .qualityOutOfRange(let quality):
            "quality \(quality) is outside 1...100"
        case .focalPointOutsideImage(let x, let y):
            "focal point (\(x), \(y)) is not a pair of fractions in 0...1"
        case .invalidCropRegion(let region):
            "crop region \(region) needs x, y >= 0 and a width and height of at least 1"
        case .cropOutsideImage(let region, let size):
            "crop region \(region) reaches beyond the \(size) image"
        case .missingScalingOrCrop:
            "an image transformation needs a fit, a fill or a crop"
        case .privateFile(let fileID):
            "file \(fileID) is private; use Generate File Download URL for a signed URL instead"
        case .missingImageDetails(let fileID):
            "file \(fileID) has no image media with a width and height (is it an image, and ready?)"
        case .unrepresentableURL(let text):
            "`\(text)` is not a URL Foundation accepts"
        }
    }
}
