import WixMedia
import XCTest

/// Absolute URLs for the original and for Wix's URL-based image transformations.
final class ImageTransformationURLTests: XCTestCase {
    private let photo = try! WixMediaIdentifier.image(
        mediaID: "0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg", fileName: "leon.jpg",
        originalSize: PixelSize(width: 3024, height: 4032))
    private let base = "https://static.wixstatic.com/media/0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg"

    /// The limits of "URL-Based Image Transformation Reference" (whose printed examples are built in
    /// `DocumentedImageURLExampleTests`): target sizes 1-5000 per side.
    func testTargetSizesOutsideTheDocumentedRangeAreRefused() {
        for (width, height) in [(0, 10), (10, 0), (5001, 10), (10, 5001), (-1, 10), (Int.max, Int.min)] {
            XCTAssertThrowsError(try photo.imageURL(applying: .fit(width: width, height: height))) {
                XCTAssertEqual(
                    $0 as? ImageTransformationError,
                    .targetSizeOutOfRange(PixelSize(width: width, height: height), allowed: 1...5000))
            }
        }
        XCTAssertNoThrow(try photo.imageURL(applying: .fill(width: 1, height: 5000)))
    }

    /// Fill as Wix's pages serve it (`…/v1/fill/w_980,h_658,al_c,q_85/<name>`), with every alignment: the nine
    /// codes and the two-decimal focal point of `@wix/image-kit` (`fill/w_,h_,al_…`, `fill/w_,h_,fp_<x>_<y>`), and
    /// the two face codes that only Wix Media Platform documents (DESIGN-notes §33).
    func testFillWritesTheAlignment() throws {
        let expected: [(ImageAlignment, String)] = [
            (.center, "al_c"), (.top, "al_t"), (.topLeft, "al_tl"), (.topRight, "al_tr"), (.bottom, "al_b"),
            (.bottomLeft, "al_bl"), (.bottomRight, "al_br"), (.left, "al_l"), (.right, "al_r"), (.face, "al_f"),
            (.faces, "al_fs"), (.focalPoint(x: 0.15, y: 0.48), "fp_0.15_0.48"),
            (.focalPoint(x: 1, y: 0), "fp_1.00_0.00"),
            (.focalPoint(x: 0.005, y: 0.999), "fp_0.01_1.00"),
        ]
        for (alignment, parameter) in expected {
            let url = try photo.imageURL(applying: .fill(width: 980, height: 658, alignment: alignment))
            XCTAssertEqual(url.absoluteString, "\(base)/v1/fill/w_980,h_658,\(parameter)/leon.jpg")
        }
    }

    func testFocalPointsOutsideTheImageAreRefused() {
        for (x, y) in [(-0.01, 0.5), (0.5, 1.01), (Double.nan, 0.5), (0.5, Double.infinity)] {
            XCTAssertThrowsError(
                try photo.imageURL(applying: .fill(width: 10, height: 10, alignment: .focalPoint(x: x, y: y)))
            ) {
                guard case .focalPointOutsideImage = $0 as? ImageTransformationError else { return XCTFail("\($0)") }
            }
        }
    }

    /// Crop, then fill, as Wix's pages serve it (`…/v1/crop/x_0,y_2,w_1500,h_1495/fill/w_316,h_315,al_c,q_85/…`).
    func testCropThenFillAndCropAlone() throws {
        let region = ImageCropRegion(x: 0, y: 2, width: 1500, height: 1495)

        let cropped = try photo.imageURL(
            applying: ImageTransformation(
                crop: region, scaling: .fill(width: 316, height: 315, alignment: .center), quality: 85))
        let alone = try photo.imageURL(applying: .crop(region))

        XCTAssertEqual(
            cropped.absoluteString, "\(base)/v1/crop/x_0,y_2,w_1500,h_1495/fill/w_316,h_315,al_c,q_85/leon.jpg")
        XCTAssertEqual(alone.absoluteString, "\(base)/v1/crop/x_0,y_2,w_1500,h_1495/leon.jpg")
    }

    func testCropRegionsMustLieInTheImage() {
        let refused: [(ImageCropRegion, ImageTransformationError)] = [
            (
                ImageCropRegion(x: -1, y: 0, width: 1, height: 1),
                .invalidCropRegion(ImageCropRegion(x: -1, y: 0, width: 1, height: 1))
            ),
            (
                ImageCropRegion(x: 0, y: 0, width: 0, height: 1),
                .invalidCropRegion(ImageCropRegion(x: 0, y: 0, width: 0, height: 1))
            ),
            (
                ImageCropRegion(x: 3000, y: 0, width: 25, height: 1),
                .cropOutsideImage(
                    ImageCropRegion(x: 3000, y: 0, width: 25, height: 1),
                    imageSize: PixelSize(width: 3024, height: 4032))
            ),
            (
                ImageCropRegion(x: 0, y: 4032, width: 1, height: 1),
                .cropOutsideImage(
                    ImageCropRegion(x: 0, y: 4032, width: 1, height: 1), imageSize: PixelSize(width: 3024, height: 4032)
                )
            ),
            (
                ImageCropRegion(x: 1, y: 1, width: Int.max, height: Int.max),
                .cropOutsideImage(
                    ImageCropRegion(x: 1, y: 1, width: Int.max, height: Int.max),
                    imageSize: PixelSize(width: 3024, height: 4032))
            ),
        ]
        for (region, error) in refused {
            XCTAssertThrowsError(try photo.imageURL(applying: .crop(region))) {
                XCTAssertEqual($0 as? ImageTransformationError, error)
            }
        }
        XCTAssertNoThrow(try photo.imageURL(applying: .crop(ImageCropRegion(x: 0, y: 0, width: 3024, height: 4032))))
    }

    func testQualityAndOutputFormat() throws {
        let url = try photo.imageURL(applying: .fill(width: 200, height: 100).withQuality(90).withFormat(.webp))

        XCTAssertEqual(url.absoluteString, "\(base)/v1/fill/w_200,h_100,al_c,q_90/leon.webp")
        for quality in [0, 101, -5] {
            XCTAssertThrowsError(try photo.imageURL(applying: .fit(width: 1, height: 1).withQuality(quality))) {
                XCTAssertEqual($0 as? ImageTransformationError, .qualityOutOfRange(quality))
            }
        }
        XCTAssertThrowsError(try photo.imageURL(applying: ImageTransformation(quality: 80, format: .png))) {
            XCTAssertEqual($0 as? ImageTransformationError, .missingScalingOrCrop)
        }
    }

    /// The last segment is a display name (the file name, else the media ID) and the extension that selects the
    /// format: the requested one, else the stored file's — as `@wix/image-kit` builds it (DESIGN-notes §35).
    func testTheOutputFileName() throws {
        func name(_ fileName: String?, _ mediaID: String = "0abec0_b2~mv2.png", _ format: ImageOutputFormat? = nil)
            throws -> String
        {
            let image = try WixMediaIdentifier.image(
                mediaID: mediaID, fileName: fileName, originalSize: PixelSize(width: 10, height: 10))
            let url = try image.imageURL(
                applying: ImageTransformation(scaling: .fit(width: 5, height: 5), format: format))
            return String(url.absoluteString.split(separator: "/").last ?? "")
        }

        XCTAssertEqual(try name("Volleyball court-05.png"), "Volleyball%20court-05.png")
        XCTAssertEqual(try name(nil), "0abec0_b2~mv2.png")
        XCTAssertEqual(try name(""), "0abec0_b2~mv2.png")
        XCTAssertEqual(try name("logo"), "logo.png")
        XCTAssertEqual(try name("photo.jpeg", "0abec0_b2~mv2.jpg", .gif), "photo.gif")
        XCTAssertEqual(try name(nil, "0abec0_b2", nil), "0abec0_b2")
        XCTAssertEqual(try name(nil, "0abec0_b2", .jpeg), "0abec0_b2.jpg")
        XCTAssertEqual(try name("logo.png", "0abec0_b2", nil), "logo.png")
        // A file renamed with another image extension is still delivered in its stored format.
        XCTAssertEqual(try name("banner.GIF"), "banner.png")
        XCTAssertEqual(try name("photo.jpeg", "0abec0_b2~mv2.JPG"), "photo.jpg")
        // Other dots, and characters that would end the segment or start a query, become `_`.
        XCTAssertEqual(try name("report.v2.pdf"), "report_v2_pdf.png")
        XCTAssertEqual(try name(".hidden"), "_hidden.png")
        XCTAssertEqual(try name("a/b\\c?d:e*f\"g<h>i|j\u{201C}k.png"), "a_b_c_d_e_f_g_h_i_j_k.png")
        XCTAssertEqual(try name("#50% off & more.png"), "%2350%25%20off%20%26%20more.png")
    }

    func testOnlyImagesTransform() throws {
        let video = try WixMediaIdentifier(parsing: "wix:video://v1/4acbb8_5646/sample.mpg")

        XCTAssertThrowsError(try video.scaledToFitImageURL(width: 10, height: 10)) {
            XCTAssertEqual($0 as? ImageTransformationError, .notAnImage(.video))
        }
    }

    /// `getScaledToFillImageUrl()`, `getScaledToFitImageUrl()` and `getCroppedImageUrl()` of
    /// https://dev.wix.com/docs/sdk/core-modules/sdk/media: same parameters, centre by default for fills, and
    /// the documented fit and crop operations.
    func testTheSDKMediaHelpers() throws {
        let image = try WixMediaIdentifier(
            parsing: "wix:image://v1/a9ff3b_9928686dcfa740bd802821d0b6f4ac03.jpg#originWidth=1000&originHeight=1000")
        let base = "https://static.wixstatic.com/media/a9ff3b_9928686dcfa740bd802821d0b6f4ac03.jpg"

        XCTAssertEqual(
            try image.scaledToFillImageURL(width: 50, height: 50, quality: 50).absoluteString,
            "\(base)/v1/fill/w_50,h_50,al_c,q_50/a9ff3b_9928686dcfa740bd802821d0b6f4ac03.jpg")
        XCTAssertEqual(
            try image.scaledToFillImageURL(width: 50, height: 40, alignment: .focalPoint(x: 0.5, y: 0.25))
                .absoluteString,
            "\(base)/v1/fill/w_50,h_40,fp_0.50_0.25/a9ff3b_9928686dcfa740bd802821d0b6f4ac03.jpg")
        XCTAssertEqual(
            try image.scaledToFitImageURL(width: 50, height: 30, format: .webp).absoluteString,
            "\(base)/v1/fit/w_50,h_30/a9ff3b_9928686dcfa740bd802821d0b6f4ac03.webp")
        XCTAssertEqual(
            try image.croppedImageURL(ImageCropRegion(x: 450, y: 450, width: 50, height: 50), width: 100, height: 100)
                .absoluteString,
            "\(base)/v1/crop/x_450,y_450,w_50,h_50/fill/w_100,h_100,al_c/a9ff3b_9928686dcfa740bd802821d0b6f4ac03.jpg")
    }

    /// `getImageUrl()`'s `url` is `https://static.wixstatic.com/media/<id>`; the other hosts are those the Media
    /// Manager reports in file descriptors (`wix-media-api-facts.md` §1.7).
    func testOriginalURLs() throws {
        func original(_ text: String) throws -> String? {
            try WixMediaIdentifier(parsing: text).originalURL?.absoluteString
        }

        XCTAssertEqual(try original(photo.description), base)
        XCTAssertEqual(
            try original("wix:video://v1/4acbb8_5646ee01a5524905af4f2e7c567cbbce/a.mpg"),
            "https://video.wixstatic.com/video/4acbb8_5646ee01a5524905af4f2e7c567cbbce/file")
        XCTAssertEqual(
            try original("wix:audio://v1/229acbb8_5af267716b0d449c8c706bfdbf51d9d0.mp3/a.mp3"),
            "https://music.wixstatic.com/mp3/229acbb8_5af267716b0d449c8c706bfdbf51d9d0.mp3")
        XCTAssertEqual(
            try original("wix:vector://v1/11062b_e3b2.svg/a.svg"), "https://static.wixstatic.com/shapes/11062b_e3b2.svg"
        )
        XCTAssertNil(try original("wix:document://v1/ugd/2d321c_8011.pdf/a.pdf"))
        XCTAssertEqual(
            try original("wix:image://v1/a%20b~mv2.jpg/x.jpg#originWidth=1&originHeight=1"),
            "https://static.wixstatic.com/media/a%20b~mv2.jpg")
        XCTAssertEqual(
            try original("wix:image://v1/a%2Fb~mv2.jpg/x.jpg#originWidth=1&originHeight=1"),
            "https://static.wixstatic.com/media/a%2Fb~mv2.jpg")
        XCTAssertEqual(
            try WixMediaIdentifier(parsing: "wix:image://v1/a%2Fb.jpg#originWidth=9&originHeight=9")
                .imageURL(applying: .fit(width: 5, height: 5)).absoluteString,
            "https://static.wixstatic.com/media/a%2Fb.jpg/v1/fit/w_5,h_5/a_b.jpg")
    }
}
