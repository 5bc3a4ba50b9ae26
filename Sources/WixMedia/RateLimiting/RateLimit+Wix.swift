extension RateLimit {
    /// Wix's documented limit, 200 requests per minute per app instance, kept in every 60-second window
    /// whether Wix counts in fixed or sliding windows: 180 tokens a minute and a burst of 10, so that at most
    /// 190 requests leave in any minute. The 10 to spare are for requests that arrive later than they leave
    /// (a new connection, a stalled one): those left before a window and arriving in it count in it too.
    ///
    /// Wix answers 429 beyond its limit; ``WixMediaConfiguration/rateLimit`` is this by default. Only requests
    /// to the API's host are paced: an upload's bytes go to Wix's upload host, which the URL's token authorises,
    /// outside the app's allowance. Clients that talk to the same site through the same app share Wix's
    /// allowance, so give each its part — or use one client.
    public static let wixDefault = try! RateLimit(requests: 180, per: .seconds(60), burst: 10)
}
