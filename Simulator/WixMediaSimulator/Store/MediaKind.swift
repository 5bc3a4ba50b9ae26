import Foundation
import WixMedia

/// How the simulator tells a file's media type from its MIME type or name, and where such files live.
///
/// The detection order is Wix's (facts §3.3): the MIME type, then the extension of the display name or URL.
/// Hosts and ID suffixes follow the examples in facts §1.7; those of documents, archives and 3D models are
/// not documented and are made up in the same style.
enum MediaKind {
    /// The media type a MIME type stands for, or nil when it says nothing the simulator knows.
    static func mediaType(forMIMEType mimeType: String) -> MediaType? {
        let type = mimeType.lowercased()
        if type == "image/svg+xml" { return .vector }
        if type.hasPrefix("image/") { return .image }
        if type.hasPrefix("video/") { return .video }
        if type.hasPrefix("audio/") { return .audio }
        if type.hasPrefix("model/") { return .model3d }
        if ["application/zip", "application/x-zip-compressed", "application/x-rar-compressed"].contains(type) {
            return .archive
        }
        if type.hasPrefix("text/") || type == "application/pdf" || type.contains("officedocument")
            || type == "application/msword"
        {
            return .document
        }
        return nil
    }

    /// The media type and MIME type a file name's extension stands for.
    static func detect(fileName: String) -> (mediaType: MediaType, mimeType: String)? {
        let fileExtension = (fileName as NSString).pathExtension.lowercased()
        return byExtension[fileExtension]
    }

    private static let byExtension: [String: (mediaType: MediaType, mimeType: String)] = [
        "jpg": (.image, "image/jpeg"), "jpeg": (.image, "image/jpeg"), "png": (.image, "image/png"),
        "gif": (.image, "image/gif"), "webp": (.image, "image/webp"), "svg": (.vector, "image/svg+xml"),
        "mp4": (.video, "video/mp4"), "mov": (.video, "video/quicktime"), "mpg": (.video, "video/mpeg"),
        "mp3": (.audio, "audio/mpeg"), "wav": (.audio, "audio/wav"), "pdf": (.document, "application/pdf"),
        "txt": (.document, "text/plain"), "zip": (.archive, "application/zip"), "glb": (.model3d, "model/gltf-binary"),
    ]

    /// The preferred extension of a MIME type, used to complete display names and image IDs.
    static func fileExtension(forMIMEType mimeType: String) -> String? {
        let preferred = ["image/jpeg": "jpg", "audio/mpeg": "mp3"]
        if let known = preferred[mimeType.lowercased()] { return known }
        return byExtension.first { $0.value.mimeType == mimeType.lowercased() }?.key
    }

    /// A new file ID of Wix's shape for this media type: `<prefix>_<32 hex>` plus the type's suffix.
    static func fileID(prefix: String, hex: String, mediaType: MediaType, fileExtension: String?) -> String {
        let base = "\(prefix)_\(hex)"
        switch mediaType {
        case .image: return base + "~mv2." + (fileExtension ?? "jpg")
        case .vector: return base + ".svg"
        case .audio: return base + ".mp3"
        case .archive: return base + ".zip"
        default: return base
        }
    }

    /// The static URL of a file.
    static func staticURL(id: String, mediaType: MediaType, prefix: String) -> String {
        switch mediaType {
        case .image: "https://static.wixstatic.com/media/\(id)"
        case .vector: "https://static.wixstatic.com/shapes/\(id)"
        case .video: "https://video.wixstatic.com/video/\(id)/file"
        case .audio: "https://music.wixstatic.com/mp3/\(id)"
        case .model3d: "https://static.wixstatic.com/3d/\(id)"
        case .archive: "https://\(prefix).filesusr.com/archives/\(id)"
        default: "https://\(prefix).filesusr.com/ugd/\(id)"
        }
    }

    /// The thumbnail: the file itself for pictures, an icon of the type otherwise.
    static func thumbnailURL(id: String, mediaType: MediaType, prefix: String) -> String {
        switch mediaType {
        case .image, .vector: staticURL(id: id, mediaType: mediaType, prefix: prefix)
        case .video: "https://static.wixstatic.com/media/\(id)f002.jpg"
        default: "https://static.parastorage.com/services/media-icons/\(mediaType.rawValue.lowercased()).png"
        }
    }

    /// The type-specific content of a processed file. Private files keep their URLs out of `media` (facts §1.8).
    static func media(
        id: String, url: String, mediaType: MediaType, fileName: String, size: Int64, isPrivate: Bool
    ) -> FileMedia? {
        let visibleURL = isPrivate ? "" : url
        switch mediaType {
        case .image, .vector:
            let content = ImageMedia(
                image: ImageAsset(
                    id: id, url: visibleURL, height: 768, width: 1_024, filename: fileName, sizeInBytes: size),
                faces: [])
            return mediaType == .image ? FileMedia(.image(content)) : FileMedia(.vector(content))
        case .video:
            let resolutions = videoAssetKeys.map { key in
                let quality = String(key.prefix { $0 != "." })
                return VideoResolution(
                    url: isPrivate ? "" : "https://video.wixstatic.com/video/\(id)/\(quality)/mp4/file.mp4",
                    height: quality == "720p" ? 720 : 480, width: quality == "720p" ? 1_280 : 854, format: "mp4")
            }
            return FileMedia(
                .video(
                    VideoV2(id: id, resolutions: resolutions, filename: fileName, url: visibleURL, sizeInBytes: size)))
        case .audio:
            let asset = Audio(
                id: "", url: visibleURL, assetKey: audioAssetKeys[0], format: "mp3", quality: "320kbs", duration: 180)
            return FileMedia(
                .audio(
                    AudioV2(
                        id: id, assets: [asset], bitrate: 320_000, format: "mp3", duration: 180, sizeInBytes: size)))
        case .document:
            return FileMedia(.document(DocumentMedia(id: id, url: visibleURL, filename: fileName)))
        case .archive:
            return FileMedia(.archive(Archive(id: id, url: visibleURL, sizeInBytes: size, filename: fileName)))
        case .model3d:
            return FileMedia(.model3d(Model3DMedia(id: id, url: visibleURL, filename: fileName, sizeInBytes: size)))
        default:
            return nil
        }
    }

    /// The asset keys of a file's renditions besides the original (`src`), for download URLs.
    static func assetKeys(of mediaType: MediaType) -> [String] {
        switch mediaType {
        case .video: videoAssetKeys
        case .audio: audioAssetKeys
        default: []
        }
    }

    private static let videoAssetKeys = ["720p.mp4", "480p.mp4"]
    private static let audioAssetKeys = ["320kbs.mp3"]
}
