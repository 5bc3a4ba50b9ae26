/// Response bodies of the operations that return URLs, verbatim from `wix-media-api-facts.md`.
enum URLExamples {
    /// Generate File Upload URL (§3.1).
    static let generateFileUploadURL = #"""
        { "uploadUrl": "https://upload.wixmp.com/upload/eyJhbGciOiJIUzI1NiIs…Z-R2i-w9YzBH4vkkP3RjaXaqj" }
        """#

    /// Generate File Resumable Upload URL (§3.2).
    static let generateFileResumableUploadURL = #"""
        { "uploadProtocol": "TUS", "uploadToken": "eyJhbGciOiJIUzI1NiIs…", "uploadUrl": "https://upload.wixmp.com/upload/tus" }
        """#

    /// Generate File Download URL (§3.13).
    static let generateFileDownloadURL = #"""
        { "downloadUrls": [ { "assetKey": "src", "url": "https://download-files.wixmp.com/media/d4dde1_dee1…~mv2.jpg?token=eyJhbGciOiJI…" } ] }
        """#

    /// Generate Video Streaming URL (§3.15).
    static let generateVideoStreamingURL = #"""
        { "downloadUrl": { "url": "https://repackager.wixmp.com/video.wixstatic.com/video/4acbb8_b1403cfa28c24a8091597de4d2b518b9/,720p,480p,/mp4/file.mp4.urlset/master.m3u8", "assetKey": "720p.mp4" } }
        """#
}
