/// A transformation from Wix's "URL-based image transformation" reference: a crop, a scaling (fit or fill), or a
/// crop followed by a scaling, with an optional quality and output format.
///
/// Wix writes it into the image's static URL:
/// `https://static.wixstatic.com/media/<media ID>/v1/[crop/x_,y_,w_,h_/](fit|fill)/w_,h_[,al_…|fp_…][,q_…]/<name>.<ext>`,
/// where the extension of the last segment selects the output format.
///
/// Operations are joined by `/` in the order they apply, and quality is a parameter of the last one
/// (`…/crop/x_0,y_2,w_1500,h_1495/fill/w_316,h_315,al_c,q_85/…`), as `@wix/image-kit` writes them.
///
/// - Important: Every transformation — fit, fill, crop, quality and format alike — needs a **public** file.
///   Wix's reference says URL-based transformations "only work for public media files" and only on
///   `static.wixstatic.com` URLs. A private file's static URLs, the untransformed original's included, answer 403;
///   the only way to its content is a temporary signed URL from Generate File Download URL
///   (`client.files.generateFileDownloadURL`), which serves the original without transformations.
public struct ImageTransformation: Sendable, Hashable {
    /// Target sizes Wix's image service accepts, per side, in pixels.
    public static let targetSizeRange = 1...5000

    /// How the image is scaled to its target size.
    public enum Scaling: Sendable, Hashable {
        /// Scales the whole image into `width`×`height`, keeping its proportions (`fit`). The result may be
        /// smaller than the target on one side, and Wix never scales an image up beyond its original size.
        case fit(width: Int, height: Int)
        /// Scales the image to cover `width`×`height` exactly, keeping its proportions and cutting off what
        /// sticks out; `alignment` says which part stays (`fill`).
        case fill(width: Int, height: Int, alignment: ImageAlignment)
    }

    /// A region of the original image to cut out first (`crop`); `nil` for the whole image.
    public var crop: ImageCropRegion?
    /// How the (cropped) image is scaled; `nil` to deliver the crop at its own size.
    public var scaling: Scaling?
    /// JPEG/WebP quality in `1...100` (`q_`); `nil` leaves it to Wix.
    public var quality: Int?
    /// Output format; `nil` keeps the stored file's format (the extension of its media ID).
    public var format: ImageOutputFormat?

    /// Creates a transformation from its parts; at least `crop` or `scaling` must be given for a URL to be built.
    public init(
        crop: ImageCropRegion? = nil, scaling: Scaling? = nil, quality: Int? = nil, format: ImageOutputFormat? = nil
    ) {
        self.crop = crop
        self.scaling = scaling
        self.quality = quality
        self.format = format
    }

    /// Scales the whole image into `width`×`height`, keeping its proportions.
    public static func fit(width: Int, height: Int) -> ImageTransformation {
        ImageTransformation(scaling: .fit(width: width, height: height))
    }

    /// Scales the image to fill `width`×`height` exactly, keeping the part `alignment` names.
    public static func fill(width: Int, height: Int, alignment: ImageAlignment = .center) -> ImageTransformation {
        ImageTransformation(scaling: .fill(width: width, height: height, alignment: alignment))
    }

    /// Cuts `region` out of the original image, at its own size.
    public static func crop(_ region: ImageCropRegion) -> ImageTransformation {
        ImageTransformation(crop: region)
    }

    /// This transformation with `quality` (`1...100`) as the delivered quality.
    public func withQuality(_ quality: Int) -> ImageTransformation {
        var copy = self
        copy.quality = quality
        return copy
    }

    /// This transformation delivering `format`.
    public func withFormat(_ format: ImageOutputFormat) -> ImageTransformation {
        var copy = self
        copy.format = format
        return copy
    }

    /// The operations part of the URL, `v1/…`, without the file name; checks every value first.
    func operationsPath(originalSize: PixelSize?) throws(ImageTransformationError) -> String {
        var operations: [[String]] = []
        if let crop {
            try Self.validate(crop, in: originalSize)
            operations.append(["crop", "x_\(crop.x),y_\(crop.y),w_\(crop.width),h_\(crop.height)"])
        }
        switch scaling {
        case .fit(let width, let height):
            try Self.validateTarget(width: width, height: height)
            operations.append(["fit", "w_\(width),h_\(height)"])
        case .fill(let width, let height, let alignment):
            try Self.validateTarget(width: width, height: height)
            operations.append(["fill", "w_\(width),h_\(height),\(try alignment.urlParameter())"])
        case nil:
            break
        }
        guard !operations.isEmpty else { throw .missingScalingOrCrop }
        if let quality {
            guard (1...100).contains(quality) else { throw .qualityOutOfRange(quality) }
            // Parameters such as quality belong to the last operation: `…/fill/w_…,h_…,al_c,q_90/…`.
            operations[operations.count - 1][1] += ",q_\(quality)"
        }
        return "v1/" + operations.map { $0.joined(separator: "/") }.joined(separator: "/")
    }

    private static func validateTarget(width: Int, height: Int) throws(ImageTransformationError) {
        guard targetSizeRange.contains(width), targetSizeRange.contains(height) else {
            throw .targetSizeOutOfRange(PixelSize(width: width, height: height), allowed: targetSizeRange)
        }
    }

    private static func validate(_ crop: ImageCropRegion, in size: PixelSize?) throws(ImageTransformationError) {
        guard crop.x >= 0, crop.y >= 0, crop.width >= 1, crop.height >= 1 else { throw .invalidCropRegion(crop) }
        guard let size else { return }
        // Compared by subtraction so that huge values cannot overflow.
        guard crop.x < size.width, crop.width <= size.width - crop.x, crop.y < size.height,
            crop.height <= size.height - crop.y
        else { throw .cropOutsideImage(crop, imageSize: size) }
    }
}
