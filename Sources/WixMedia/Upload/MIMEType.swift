/// MIME types of the files the Media Manager accepts, looked up by file-name extension.
///
/// The table covers the media types Wix sorts files into — images, vector art, video, audio, documents,
/// archives, 3D models and fonts — with their registered (or long-established) MIME types. Formats whose MIME
/// type is not settled, such as camera RAW files, are left out on purpose: for them, and for any extension not
/// listed, an upload sends `application/octet-stream` with the name and extension in the `filename` query item,
/// which is the fallback Wix documents for letting its servers detect the type themselves.
public enum MIMEType {
    /// `application/octet-stream`: "some bytes"; Wix then detects the type from the file name's extension.
    public static let octetStream = "application/octet-stream"

    /// The MIME type for a file named `fileName`, from its extension (case-insensitive), or `nil` when the
    /// extension is missing or not in the table.
    ///
    /// ```swift
    /// MIMEType.forFileName("T-shirt.JPG")   // "image/jpeg"
    /// MIMEType.forFileName("scan.cr2")      // nil: upload as `octetStream`
    /// ```
    public static func forFileName(_ fileName: String) -> String? {
        guard let pathExtension = pathExtension(of: fileName) else { return nil }
        return byExtension[pathExtension]
    }

    /// The lowercased text after the last `.` of the last path component, or `nil` when there is none or the
    /// name is a dot file such as `.profile`.
    static func pathExtension(of fileName: String) -> String? {
        let name = fileName.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let pathExtension = name[name.index(after: dot)...]
        return pathExtension.isEmpty ? nil : pathExtension.lowercased()
    }

    private static let byExtension: [String: String] = [
        // Images
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "jpe": "image/jpeg", "jfif": "image/jpeg",
        "png": "image/png", "gif": "image/gif", "webp": "image/webp", "bmp": "image/bmp",
        "tif": "image/tiff", "tiff": "image/tiff", "heic": "image/heic", "heif": "image/heif",
        "avif": "image/avif", "jp2": "image/jp2", "ico": "image/x-icon",
        // Vector art
        "svg": "image/svg+xml",
        // Video
        "mp4": "video/mp4", "m4v": "video/x-m4v", "mov": "video/quicktime", "qt": "video/quicktime",
        "avi": "video/x-msvideo", "wmv": "video/x-ms-wmv", "flv": "video/x-flv", "mkv": "video/x-matroska",
        "webm": "video/webm", "mpeg": "video/mpeg", "mpg": "video/mpeg", "mpe": "video/mpeg",
        "m2ts": "video/mp2t", "mts": "video/mp2t", "3gp": "video/3gpp", "3g2": "video/3gpp2", "ogv": "video/ogg",
        "mxf": "application/mxf",
        // Audio
        "mp3": "audio/mpeg", "wav": "audio/wav", "aif": "audio/aiff", "aiff": "audio/aiff", "m4a": "audio/mp4",
        "aac": "audio/aac", "flac": "audio/flac", "ogg": "audio/ogg", "oga": "audio/ogg", "opus": "audio/opus",
        "wma": "audio/x-ms-wma",
        // Documents
        "pdf": "application/pdf", "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ppt": "application/vnd.ms-powerpoint",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "odp": "application/vnd.oasis.opendocument.presentation", "rtf": "application/rtf", "txt": "text/plain",
        "csv": "text/csv", "epub": "application/epub+zip",
        // Archives
        "zip": "application/zip", "rar": "application/vnd.rar", "7z": "application/x-7z-compressed",
        "tar": "application/x-tar", "gz": "application/gzip",
        // 3D models
        "glb": "model/gltf-binary", "gltf": "model/gltf+json", "obj": "model/obj", "stl": "model/stl",
        "usdz": "model/vnd.usdz+zip",
        // Fonts
        "ttf": "font/ttf", "otf": "font/otf", "woff": "font/woff", "woff2": "font/woff2",
    ]
}
