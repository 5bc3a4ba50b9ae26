/// Why a string is not a Wix media identifier (`wix:image://v1/<id>/<file name>#…` and its kin).
///
/// Each case names one reason, so that callers can tell a string that is not such an identifier at all
/// (``notAWixMediaIdentifier``) from one that is damaged.
public enum WixMediaIdentifierError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The string has more than `limit` bytes of UTF-8; identifiers are a few hundred bytes long.
    case tooLong(length: Int, limit: Int)
    /// The string holds an ASCII control character (a line break, a tab, NUL…) at this UTF-8 offset.
    case controlCharacter(offset: Int)
    /// The string starts with neither `wix:` nor the legacy `image:` form.
    case notAWixMediaIdentifier
    /// The kind after `wix:` is not one of ``WixMediaKind``.
    case unsupportedKind(String)
    /// The kind is not followed by `://`.
    case missingDoubleSlash
    /// The path does not start with `v1/`; the text found instead is attached.
    case unsupportedVersion(String)
    /// The media ID, the first path segment after `v1/`, is empty.
    case missingMediaID
    /// The path after `v1/` has this many `/`-separated segments; an identifier has the media ID and at most one
    /// file name (documents: also a `ugd/` folder before the media ID).
    case unexpectedPathSegments(count: Int)
    /// A `%` in this text (the media ID or the file name) is not followed by two hexadecimal digits, or the bytes
    /// it encodes are not UTF-8.
    case invalidPercentEncoding(String)
    /// An image lacks `originWidth` or `originHeight` in its fragment.
    case missingOriginalSize
    /// A numeric fragment parameter (`originWidth`, `originHeight`, `posterWidth`, `posterHeight`, `duration`)
    /// is not a decimal number that fits in `Int`.
    case invalidNumber(key: String, value: String)
    /// A fragment parameter this type reads appears more than once, so its meaning is ambiguous.
    case duplicateParameter(String)
    /// A fragment parameter given to a builder holds a `&` (or its key a `=`), which would split it in two.
    case invalidFragmentParameter(String)

    /// A sentence saying what is wrong, for logs and messages.
    public var description: String {
        switch self {
        case .tooLong(let length, let limit):
            "a Wix media identifier has at most \(limit) bytes; this one has \(length)"
        case .controlCharacter(let offset):
            "a Wix media identifier holds no control characters; found one at byte \(offset)"
        case .notAWixMediaIdentifier:
            "not a Wix media identifier: it does not start with `wix:`"
        case .unsupportedKind(let kind):
            "`wix:\(kind)://` is not a supported kind of Wix media (image, video, document, audio, vector)"
        case .missingDoubleSlash:
            "the kind of a Wix media identifier must be followed by `://`"
        case .unsupportedVersion(let version):
            "a Wix media identifier's path starts with `v1/`, not `\(version)`"
        case .missingMediaID:
            "the Wix media identifier has no media ID"
        case .unexpectedPathSegments(let count):
            "the Wix media identifier's path has \(count) segments after `v1/`; expected the media ID and a file name"
        case .invalidPercentEncoding(let text):
            "`\(text)` has a `%` that is not followed by two hex digits of UTF-8"
        case .missingOriginalSize:
            "a `wix:image://` identifier needs `originWidth` and `originHeight` in its fragment"
        case .invalidNumber(let key, let value):
            "fragment parameter `\(key)` must be a decimal number; it is `\(value)`"
        case .duplicateParameter(let key):
            "fragment parameter `\(key)` appears more than once"
        case .invalidFragmentParameter(let parameter):
            "fragment parameter `\(parameter)` would not read back as one parameter: it holds `&` (or `=` in its key)"
        }
    }
}
