import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A sender that can also carry the requests of an upload: the `PUT` of the file's bytes and the tus requests
/// of a resumable upload.
///
/// These go to the URLs Wix hands out (`https://upload.wixmp.com/…`), not to the API, and carry no
/// credentials: the URL or its token authorises them, and an API key has no business leaving for another host.
/// `FilesClient.upload` needs its sender to be one of these; `WixMediaClient` is.
public protocol UploadRequestSender: APIRequestSender {
    /// Sends `request` to its absolute URL as it is, without credentials or retries, and returns the answer
    /// whatever its status.
    ///
    /// - Throws: Transport failures; a cancelled task throws as well.
    func sendUploadRequest(_ request: URLRequest) async throws -> (Data, HTTPResponse)
}

extension WixMediaClient: UploadRequestSender {
    /// Sends `request` through the middlewares and ``transport`` with the configured timeout
    /// (``APIClient/sendUnauthenticated(_:)``).
    ///
    /// With ``URLSessionTransport`` a redirect is followed only within the upload URL's own origin, like any
    /// request's, and a `307`/`308` of a chunk streamed from a file is refused rather than sent again empty.
    ///
    /// The timeout is set as `URLRequest.timeoutInterval`, which `URLSession` applies to the longest silence
    /// rather than the whole request: an upload request takes as long as its bytes need on the link, so a total
    /// limit would fail large chunks on slow connections that are working fine.
    ///
    /// The request waits for its turn under `configuration.rateLimit` only when it goes to the API's own host;
    /// Wix's upload host (`upload.wixmp.com`) is not the API its per-app limit applies to.
    public func sendUploadRequest(_ request: URLRequest) async throws -> (Data, HTTPResponse) {
        try await apiClient.sendUnauthenticated(request)
    }
}
