/// The kind of media a ``WixMediaIdentifier`` names: the word between `wix:` and `://`.
public enum WixMediaKind: String, Sendable, Hashable, CaseIterable {
    /// `wix:image://`, an image. Its fragment carries `originWidth` and `originHeight`.
    case image
    /// `wix:video://`, a video. Its fragment may carry a poster: `posterUri`, `posterWidth`, `posterHeight`.
    case video
    /// `wix:document://`, a document such as a PDF. Its media ID may start with `ugd/`.
    case document
    /// `wix:audio://`, an audio file. Its fragment may carry `duration`.
    case audio
    /// `wix:vector://`, an SVG shape.
    case vector
}
