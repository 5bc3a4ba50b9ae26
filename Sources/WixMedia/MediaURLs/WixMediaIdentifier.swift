import OpenAPIClientKit

/// A Wix media identifier such as `wix:image://v1/0abec0_b291…~mv2.jpg/leon.jpg#originWidth=3024&originHeight=4032`.
///
/// Wix APIs name media with these strings (`wix:image://`, `wix:video://`, `wix:document://`, `wix:audio://`,
/// and `wix:vector://` for shapes); the Media Manager accepts one wherever it takes a file ID. A browser cannot
/// load one: ``originalURL`` and the image methods (``scaledToFillImageURL(width:height:alignment:quality:format:)``
/// and its kin, in `WixMediaIdentifier+ImageURLs.swift`) turn it into an absolute `https` URL.
///
/// Parsing is lossless: ``description`` gives back exactly the text parsed, including fragment parameters this
/// type does not interpret (in their order, with their text), so an identifier read from one API can be sent to
/// another unchanged. Two identifiers are equal when their text is. The legacy form without `wix:`
/// (`image://v1/…`), which `@wix/sdk` also reads, is accepted for images and printed as it came.
///
/// What `@wix/sdk`'s `media.getImageUrl()` returns maps onto this type: its `id` is ``mediaID``, `url` is
/// ``originalURL``, `width` and `height` are ``originalSize``, and `filename` (which the SDK also returns as
/// `altText`) is ``fileName``.
public struct WixMediaIdentifier: Sendable, Hashable {
    /// Identifiers longer than this many bytes of UTF-8 are refused before any other work is done. Real ones are a
    /// few hundred bytes (Wix file IDs have at most 400 characters, file names a few hundred), so the limit only
    /// keeps hostile input from costing time and memory.
    public static let maximumLength = 16_384

    /// What kind of media the identifier names.
    public let kind: WixMediaKind
    /// The media ID (the Media Manager's file ID), percent-decoded, for example `0abec0_b291…~mv2.jpg`. For
    /// documents stored under Wix's `ugd/` folder it includes that folder: `ugd/0abec0_…pdf`.
    public let mediaID: String
    /// The file name, percent-decoded; `nil` when the identifier has none. Wix puts the file's display name here.
    public let fileName: String?
    /// The items of the fragment (after `#`) in their order, as written; empty when there is no fragment.
    public let fragmentParameters: [WixMediaFragmentParameter]

    /// The media ID as written (percent-encoded where it was).
    private let writtenMediaID: String
    /// The file name as written; `nil` when the path ends at the media ID.
    private let writtenFileName: String?
    /// Whether a `#` was present, so that `…/x.jpg#` prints back with its empty fragment.
    private let hasFragment: Bool
    /// Whether the identifier came in the legacy `image://…` form, without `wix:`.
    private let isLegacyForm: Bool

    /// Parses `text`, throwing a ``WixMediaIdentifierError`` that names what is wrong when it is not a
    /// well-formed identifier. Never traps, whatever the input.
    public init(parsing text: String) throws(WixMediaIdentifierError) {
        let utf8 = text.utf8
        guard utf8.count <= Self.maximumLength else {
            throw .tooLong(length: utf8.count, limit: Self.maximumLength)
        }
        if let offset = utf8.firstIndex(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw .controlCharacter(offset: utf8.distance(from: utf8.startIndex, to: offset))
        }

        var rest = Substring(text)
        let isLegacyForm: Bool
        if rest.hasPrefix("wix:") {
            rest = rest.dropFirst(4)
            isLegacyForm = false
        } else if rest.hasPrefix("image:") {
            isLegacyForm = true
        } else {
            throw .notAWixMediaIdentifier
        }

        guard let colon = rest.firstIndex(of: ":") else { throw .missingDoubleSlash }
        let kindText = rest[..<colon]
        guard let kind = WixMediaKind(rawValue: String(kindText)) else { throw .unsupportedKind(String(kindText)) }
        rest = rest[rest.index(after: colon)...]
        guard rest.hasPrefix("//") else { throw .missingDoubleSlash }
        rest = rest.dropFirst(2)

        let hash = rest.firstIndex(of: "#")
        let path = rest[..<(hash ?? rest.endIndex)]
        let fragment = hash.map { rest[rest.index(after: $0)...] }

        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments[0] == "v1" else { throw .unsupportedVersion(String(segments[0])) }
        guard segments.count >= 2 else { throw .missingMediaID }
        let (writtenMediaID, writtenFileName) = try Self.splitMediaPath(Array(segments.dropFirst()), kind: kind)

        self.kind = kind
        self.writtenMediaID = writtenMediaID
        self.writtenFileName = writtenFileName
        self.mediaID = try Self.percentDecoded(writtenMediaID)
        self.fileName = try writtenFileName.map(Self.percentDecoded)
        self.hasFragment = fragment != nil
        self.fragmentParameters =
            fragment.map {
                $0.split(separator: "&", omittingEmptySubsequences: false).map(WixMediaFragmentParameter.init(parsing:))
            } ?? []
        self.isLegacyForm = isLegacyForm
        try validateKnownParameters()
    }

    /// The media ID and the file name as written, from the path segments after `v1/`.
    private static func splitMediaPath(
        _ segments: [Substring], kind: WixMediaKind
    ) throws(WixMediaIdentifierError) -> (String, String?) {
        switch segments.count {
        case 1, 2:
            guard !segments[0].isEmpty else { throw .missingMediaID }
            return (String(segments[0]), segments.count == 2 ? String(segments[1]) : nil)
        case 3 where kind == .document:
            // Documents of older sites live in Wix's `ugd/` folder: `wix:document://v1/ugd/<id>/<name>`.
            guard !segments[0].isEmpty, !segments[1].isEmpty else { throw .missingMediaID }
            return ("\(segments[0])/\(segments[1])", String(segments[2]))
        default:
            throw .unexpectedPathSegments(count: segments.count)
        }
    }

    private static func percentDecoded(_ written: String) throws(WixMediaIdentifierError) -> String {
        guard let decoded = PercentEncoding.decode(written) else { throw .invalidPercentEncoding(written) }
        return decoded
    }

    /// The fragment parameters this type reads must be unambiguous and, where numeric, numbers.
    private func validateKnownParameters() throws(WixMediaIdentifierError) {
        for key in Self.readParameterKeys where fragmentParameters.lazy.filter({ $0.key == key }).count > 1 {
            throw .duplicateParameter(key)
        }
        for key in Self.numericParameterKeys {
            _ = try number(forKey: key)
        }
        if kind == .image, originalSize == nil { throw .missingOriginalSize }
    }

    private static let numericParameterKeys = [
        "originWidth", "originHeight", "posterWidth", "posterHeight", "duration",
    ]
    private static let readParameterKeys = numericParameterKeys + ["posterUri"]

    /// The value of the numeric parameter `key`; `nil` when absent. Only ASCII digits count: no sign, no spaces.
    private func number(forKey key: String) throws(WixMediaIdentifierError) -> Int? {
        guard let value = value(forFragmentKey: key) else { return nil }
        guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let number = Int(value) else {
            throw .invalidNumber(key: key, value: value)
        }
        return number
    }

    /// The value of the first fragment parameter named `key`, as written; `nil` when there is none or it has no
    /// `=`.
    public func value(forFragmentKey key: String) -> String? {
        fragmentParameters.first { $0.key == key }?.value
    }

    /// The size of the original image, from `originWidth` and `originHeight`; `nil` when either is missing (it is
    /// never missing for images, which must have both).
    public var originalSize: PixelSize? {
        guard let width = try? number(forKey: "originWidth"), let height = try? number(forKey: "originHeight")
        else { return nil }
        return PixelSize(width: width, height: height)
    }

    /// A video's poster image as Wix names it (`posterUri`), usually a media ID such as `…f000.jpg`.
    public var posterID: String? { value(forFragmentKey: "posterUri") }

    /// The size of a video's poster (`posterWidth`, `posterHeight`), which is the video's frame size.
    public var posterSize: PixelSize? {
        guard let width = try? number(forKey: "posterWidth"), let height = try? number(forKey: "posterHeight")
        else { return nil }
        return PixelSize(width: width, height: height)
    }

    /// An audio file's `duration` parameter as written (Wix's own code writes seconds here).
    public var duration: Int? { try? number(forKey: "duration") }
}

extension WixMediaIdentifier {
    /// Builds an identifier from its parts, encoding `fileName` the way `@wix/sdk` does (JavaScript's
    /// `encodeURIComponent`) and writing `fragmentParameters` after `#` in their order.
    ///
    /// Fragment parameters are written as given, so they must already be encoded as they should appear: a key
    /// may contain neither `&` nor `=`, a value no `&`. The result is checked like parsed text: an image needs `originWidth` and `originHeight`, for which
    /// ``image(mediaID:fileName:originalSize:)`` is the shorter way.
    public init(
        kind: WixMediaKind, mediaID: String, fileName: String?, fragmentParameters: [WixMediaFragmentParameter] = []
    ) throws(WixMediaIdentifierError) {
        // A `&` (or a `=` in a key) would split a parameter into others when the text is read back.
        for parameter in fragmentParameters
        where parameter.key.contains("&") || parameter.key.contains("=") || parameter.value?.contains("&") == true {
            throw .invalidFragmentParameter(parameter.description)
        }
        var text = "wix:\(kind.rawValue)://v1/\(MediaPercentEncoding.encodeMediaID(mediaID))"
        if let fileName { text += "/\(MediaPercentEncoding.encodeComponent(fileName))" }
        if !fragmentParameters.isEmpty { text += "#" + fragmentParameters.map(\.description).joined(separator: "&") }
        try self.init(parsing: text)
    }

    /// An image identifier, `wix:image://v1/<mediaID>/<fileName>#originWidth=…&originHeight=…`.
    public static func image(
        mediaID: String, fileName: String?, originalSize: PixelSize
    ) throws(WixMediaIdentifierError) -> WixMediaIdentifier {
        try WixMediaIdentifier(
            kind: .image, mediaID: mediaID, fileName: fileName,
            fragmentParameters: [
                WixMediaFragmentParameter(key: "originWidth", value: String(originalSize.width)),
                WixMediaFragmentParameter(key: "originHeight", value: String(originalSize.height)),
            ])
    }

    /// Reads a Media Manager file reference, which is either a plain file ID or a Wix media identifier: `nil` for a
    /// plain file ID (anything not starting with `wix:` or `image:`), the identifier otherwise.
    ///
    /// - Throws: ``WixMediaIdentifierError`` when `reference` looks like an identifier but is not a valid one.
    public static func parseIfIdentifier(_ reference: String) throws(WixMediaIdentifierError) -> WixMediaIdentifier? {
        guard reference.hasPrefix("wix:") || reference.hasPrefix("image:") else { return nil }
        return try WixMediaIdentifier(parsing: reference)
    }

    /// ``parseIfIdentifier(_:)`` for each of `references`, in their order.
    public static func parseIfIdentifiers(
        _ references: [String]
    ) throws(WixMediaIdentifierError) -> [WixMediaIdentifier?] {
        var identifiers: [WixMediaIdentifier?] = []
        identifiers.reserveCapacity(references.count)
        for reference in references { identifiers.append(try parseIfIdentifier(reference)) }
        return identifiers
    }
}

extension WixMediaIdentifier: CustomStringConvertible, LosslessStringConvertible {
    /// Parses `description`; `nil` when it is not a valid identifier. ``init(parsing:)`` says why.
    public init?(_ description: String) {
        guard let parsed = try? WixMediaIdentifier(parsing: description) else { return nil }
        self = parsed
    }

    /// The identifier exactly as it was parsed (or, for built ones, as Wix writes them).
    public var description: String {
        var text = isLegacyForm ? "" : "wix:"
        text += "\(kind.rawValue)://v1/\(writtenMediaID)"
        if let writtenFileName { text += "/\(writtenFileName)" }
        if hasFragment { text += "#" + fragmentParameters.map(\.description).joined(separator: "&") }
        return text
    }
}

extension WixMediaIdentifier: Codable {
    /// Reads the identifier from a JSON string; a malformed one is a `DecodingError.dataCorrupted` whose underlying
    /// error is the ``WixMediaIdentifierError``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try WixMediaIdentifier(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
        }
    }

    /// Writes the identifier as a JSON string, exactly as ``description`` prints it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
