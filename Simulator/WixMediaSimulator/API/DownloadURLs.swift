import Foundation
import WixMedia

/// Download and streaming URLs (facts §3.13–3.15, §4.7). The URLs have the hosts and shapes of Wix's; their
/// tokens are base64url JSON of what was asked for, so tests can read them back, and nothing serves them.
extension MediaState {
    mutating func generateFileDownloadURL(
        _ request: Operations.GenerateFileDownloadURL
    ) throws -> GenerateFileDownloadURLResponse {
        let body = request.body
        let id = try existingFileID(body.fileID)
        let minutes = Int(body.expirationInMinutes ?? 0)
        guard (0...525_600).contains(minutes) else {
            throw APIFailure.invalid(field: "expirationInMinutes", "must be between 1 and 525600")
        }
        try requireDocumented(body.contentDisposition, field: "contentDisposition")
        let available = ["src"] + MediaKind.assetKeys(of: files[id]?.descriptor.mediaType ?? .unknown)
        let assetKeys = body.assetKeys ?? ["src"]
        for (index, key) in assetKeys.enumerated() where !available.contains(key) {
            throw APIFailure.invalid(
                field: "assetKeys[\(index)]", "must be one of \(available.joined(separator: ", ")) for this file")
        }
        let expires = identifiers.now.addingTimeInterval(TimeInterval((minutes == 0 ? 600 : minutes) * 60))
        let urls = assetKeys.map { key in
            let token = Self.token([
                "fileId": .string(id), "assetKey": .string(key),
                "expires": .string(RFC3339Date.format(expires)),
                "disposition": .string((body.contentDisposition ?? .attachment).rawValue),
                "fileName": body.downloadFileName.map(JSONValue.string) ?? .null,
                "redirect": body.expirationRedirectURL.map(JSONValue.string) ?? .null,
            ])
            return DownloadURL(url: "https://download-files.wixmp.com/media/\(id)?token=\(token)", assetKey: key)
        }
        return GenerateFileDownloadURLResponse(downloadURLs: urls)
    }

    mutating func generateFilesDownloadURL(
        _ request: Operations.GenerateFilesDownloadURL
    ) throws -> GenerateFilesDownloadURLResponse {
        let references = request.body.fileIDs
        guard (1...1_000).contains(references.count) else {
            throw APIFailure.invalid(field: "fileIds", "must have between 1 and 1000 items")
        }
        _ = try references.map(existingFileID)
        return GenerateFilesDownloadURLResponse(downloadURL: archiveURL())
    }

    func generateVideoStreamingURL(
        _ request: Operations.GenerateVideoStreamingURL
    ) throws -> GenerateVideoStreamingURLResponse {
        let id = try existingFileID(request.body.fileID)
        try requireDocumented(request.body.format, field: "format")
        guard let file = files[id]?.descriptor, file.mediaType == .video else {
            throw APIFailure.badRequest("FILE_IS_NOT_A_VIDEO", "File \(id) is not a video.")
        }
        guard file.operationStatus == .ready else {
            throw APIFailure.badRequest("FILE_NOT_READY", "File \(id) has not been processed yet.")
        }
        let base = "https://repackager.wixmp.com/video.wixstatic.com/video/\(id)/,720p,480p,/mp4/file.mp4.urlset"
        let url: DownloadURL
        switch request.body.format ?? .unknown {
        case .hls: url = DownloadURL(url: base + "/master.m3u8", assetKey: "HLS")
        case .dash: url = DownloadURL(url: base + "/manifest.mpd", assetKey: "DASH")
        default:
            url = DownloadURL(url: "https://video.wixstatic.com/video/\(id)/720p/mp4/file.mp4", assetKey: "720p.mp4")
        }
        return GenerateVideoStreamingURLResponse(downloadURL: url)
    }

    mutating func generateFolderDownloadURL(
        _ request: Operations.GenerateFolderDownloadURL
    ) throws -> GenerateFolderDownloadURLResponse {
        try requireFolder(request.folderID)
        return GenerateFolderDownloadURLResponse(downloadURL: archiveURL())
    }

    /// A ZIP download URL; each request gets its own archive, as with Wix.
    private mutating func archiveURL() -> String {
        "https://archive.wixmp.com/archive/wix/\(identifiers.hex32())"
    }

    private static func token(_ claims: [String: JSONValue]) -> String {
        // Encoding a JSONValue cannot fail.
        return Base64URL.encode((try? JSONEncoder().encode(JSONValue.object(claims))) ?? Data())
    }
}
