/// Which part of an image a fill keeps when the target's proportions differ from the image's: the `al_` or
/// `fp_` parameter of a `fill` transformation.
///
/// The nine edge and corner codes and the focal point are those of Wix's `@wix/image-kit`, which
/// `getScaledToFillImageUrl()` uses; ``face`` and ``faces`` come from Wix Media Platform and are not confirmed for
/// `static.wixstatic.com` (DESIGN-notes §33).
public enum ImageAlignment: Sendable, Hashable {
    /// The centre (`al_c`), the default of Wix's fill and of `@wix/sdk`'s `getScaledToFillImageUrl()`.
    case center
    /// The top edge, centred horizontally (`al_t`).
    case top
    /// The top-left corner (`al_tl`).
    case topLeft
    /// The top-right corner (`al_tr`).
    case topRight
    /// The bottom edge, centred horizontally (`al_b`).
    case bottom
    /// The bottom-left corner (`al_bl`).
    case bottomLeft
    /// The bottom-right corner (`al_br`).
    case bottomRight
    /// The left edge, centred vertically (`al_l`).
    case left
    /// The right edge, centred vertically (`al_r`).
    case right
    /// A face that Wix detects in the image (`al_f`). Not among `@wix/image-kit`'s alignments: unconfirmed for
    /// `static.wixstatic.com`.
    case face
    /// All faces that Wix detects, as far as the target allows (`al_fs`). Not among `@wix/image-kit`'s
    /// alignments: unconfirmed for `static.wixstatic.com`.
    case faces
    /// A focal point (`fp_<x>_<y>`) given as fractions of the image's width and height, each in `0...1` from the
    /// top-left corner; written with two decimals (`fp_0.15_0.48`), as `@wix/image-kit` writes the focal point
    /// `getScaledToFillImageUrl()` takes in percent. It replaces the `al_` parameter.
    case focalPoint(x: Double, y: Double)

    /// The parameter as it appears in the URL, or the error a focal point outside the image gives.
    func urlParameter() throws(ImageTransformationError) -> String {
        switch self {
        case .center: return "al_c"
        case .top: return "al_t"
        case .topLeft: return "al_tl"
        case .topRight: return "al_tr"
        case .bottom: return "al_b"
        case .bottomLeft: return "al_bl"
        case .bottomRight: return "al_br"
        case .left: return "al_l"
        case .right: return "al_r"
        case .face: return "al_f"
        case .faces: return "al_fs"
        case .focalPoint(let x, let y):
            guard (0...1).contains(x), (0...1).contains(y) else { throw .focalPointOutsideImage(x: x, y: y) }
            return "fp_\(Self.twoDecimals(x))_\(Self.twoDecimals(y))"
        }
    }

    /// `0.15`, `1.00`: built from whole hundredths, so that no locale or float formatting can change it.
    private static func twoDecimals(_ fraction: Double) -> String {
        let hundredths = Int((fraction * 100).rounded())
        let remainder = hundredths % 100
        return "\(hundredths / 100).\(remainder < 10 ? "0" : "")\(remainder)"
    }
}
