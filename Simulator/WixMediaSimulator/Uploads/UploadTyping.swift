import Foundation
import WixMedia

/// The MIME and media type of an uploaded file, from what the upload was announced as and what it was sent as.
///
/// Wix documents `application/octet-stream` plus the name's extension as the way to let it detect the type
/// "when a MIME mismatch fails" (facts §7.1), but not the failure itself: the simulator answers a mismatch with
/// a 400 of its own code, `MIME_TYPE_MISMATCH`. Being unable to read the bytes, it takes a MIME type that names
/// another media type than the file name's extension as the mismatch Wix would find in the content.
enum UploadTyping {
    static let octetStream = "application/octet-stream"

    /// The MIME type to store the file with.
    ///
    /// - Parameters:
    ///   - sent: The `Content-Type` of the upload (its `contentType` metadata for a tus upload).
    ///   - announced: The `mimeType` the upload URL was generated for.
    ///   - fileName: The file's name, when known.
    /// - Throws: A 400 when `sent` is neither `announced` nor `application/octet-stream`, or names another media
    ///   type than the extension of `fileName`.
    static func mimeType(sent: String, announced: String, fileName: String?) throws -> String {
        let sentType = essence(sent)
        let byName = fileName.flatMap(MediaKind.detect(fileName:))
        if sentType == octetStream {
            return byName?.mimeType ?? essence(announced)
        }
        guard sentType == essence(announced) else {
            throw APIFailure.badRequest(
                "MIME_TYPE_MISMATCH",
                "The upload is \(sentType), but its URL was generated for \(essence(announced)).")
        }
        if let byName, let declared = MediaKind.mediaType(forMIMEType: sentType), declared != byName.mediaType {
            throw APIFailure.badRequest(
                "MIME_TYPE_MISMATCH",
                "\(sentType) does not match the file name \(fileName ?? ""); upload it as \(octetStream) to have "
                    + "its type detected from the name.")
        }
        return sentType
    }

    /// The media type of a file stored with `mimeType` and named `fileName`.
    static func mediaType(mimeType: String, fileName: String) -> MediaType {
        MediaKind.mediaType(forMIMEType: mimeType) ?? MediaKind.detect(fileName: fileName)?.mediaType ?? .other
    }

    /// The lowercased type and subtype, without parameters such as `charset`.
    private static func essence(_ mimeType: String) -> String {
        String(mimeType.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces).lowercased()
    }
}
