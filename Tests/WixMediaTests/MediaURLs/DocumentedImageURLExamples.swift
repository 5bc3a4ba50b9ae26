import WixMedia

/// Every example URL and URL format printed by Wix's two documents on media URLs, with the address it was read at.
/// `DocumentedImageURLExampleTests` builds each with this package and compares the text exactly.
///
/// The documents, as stored copies were read on 2026-12-01 (DESIGN-notes §33 says what was searched):
/// - "URL-Based Image Transformation Reference" — the copies (page, `.md` and `?apiView=SDK` forms) end at the
///   start of the fill section, so its fit section is the only one whose example and format can be read.
/// - The SDK Media API page (`getImageUrl`, `getScaledToFillImageUrl`, `getScaledToFitImageUrl`,
///   `getCroppedImageUrl`) prints no absolute URL in the stored copies; it prints the identifier format below and a
///   truncated identifier (`wix:image://v1/3c76e2_c5331f937348492a97df87b...`), which cannot be built.
enum DocumentedImageURLExamples {
    static let transformationReference =
        "https://dev.wix.com/docs/api-reference/assets/media/media-manager/url-image-transformation"
    static let sdkMediaPage = "https://dev.wix.com/docs/sdk/core-modules/sdk/media"

    /// A URL a document prints, and the identifier and transformation that give it.
    struct Example {
        let source: String
        let printed: String
        let identifier: WixMediaIdentifier
        let transformation: ImageTransformation
    }

    /// The fit section's example. The document names the output format by the last segment's extension
    /// (`file.{{fileExtension}}`, "Output format"), so the call asks for JPEG from a `.jpeg` file named `file`.
    /// The document gives no original size; it only bounds crops, which this example has none of.
    static let examples: [Example] = [
        Example(
            source: transformationReference + " (Fit transformation, Example)",
            printed:
                "https://static.wixstatic.com/media/11062b_58a1e9635ec6423f98b2f3407ccea943~mv2.jpeg/v1/fit/w_640,h_640/file.jpg",
            identifier: try! WixMediaIdentifier.image(
                mediaID: "11062b_58a1e9635ec6423f98b2f3407ccea943~mv2.jpeg", fileName: "file",
                originalSize: PixelSize(width: 1000, height: 1000)),
            transformation: ImageTransformation.fit(width: 640, height: 640).withFormat(.jpeg))
    ]

    /// The fit section's URL format, `{{your-URL}}` being the image's static URL.
    static let fitFormat = (
        source: transformationReference + " (Fit transformation, URL format)",
        text: "{{your-URL}}/v1/fit/w_{{width}},h_{{height}}/file.{{fileExtension}}"
    )

    /// The identifier format of the SDK Media API page (also on the Velo `$w.Image` introduction).
    static let identifierFormat = (
        source: sdkMediaPage,
        text:
            "wix:image://v1/<uri>/<filename>#originWidth=<width>&originHeight=<height>[&watermark=<watermark_manifest_string>]"
    )
}
