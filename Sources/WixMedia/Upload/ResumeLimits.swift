/// The most requests and bytes one resumable upload may spend on its chunks, however its host behaves.
///
/// The interruption budget counts failures in a row and starts again on progress, so on its own a host that
/// confirms a little, fails, confirms a little more could keep an upload going for ever. These totals cannot
/// be earned back: an upload of `n` chunks sends at most `maxRequestsPerChunk × n` `PATCH` and `HEAD` requests
/// and `(1 + maxResendRatio) × size` bytes, each plus the allowance of one failed `PATCH` and its `HEAD` (a
/// chunk's bytes) for every resume delay, so that a small file gets the same number of resumes as a large one.
struct ResumeLimits {
    let maxRequests: Int
    let maxBytes: Int64
    private(set) var requests = 0
    private(set) var bytes: Int64 = 0

    init(options: UploadOptions, byteCount: Int64) {
        let chunkSize = Int64(max(1, options.chunkSize))
        let chunks = max(1, byteCount / chunkSize + (byteCount % chunkSize == 0 ? 0 : 1))
        let resumes = Int64(options.resumeDelays.count)
        let requests = Int64(max(1, options.maxRequestsPerChunk)).clampedProduct(chunks).clampedSum(2 * resumes)
        self.maxRequests = Int(clamping: requests)
        let ratio = options.maxResendRatio.isNaN ? 0 : max(0, options.maxResendRatio)
        // Beyond Int64 (or infinite) the allowance is no limit at all.
        let resend = Int64(exactly: (ratio * Double(byteCount)).rounded(.down)) ?? .max
        self.maxBytes = byteCount.clampedSum(resend).clampedSum(resumes.clampedProduct(chunkSize))
    }

    /// Counts a request carrying `byteCount` bytes before it is sent.
    ///
    /// - Throws: `WixMediaError.transport(underlying: UploadError.resumeLimitReached(…))` when sending it would
    ///   pass either limit; nothing is counted then.
    mutating func spend(byteCount: Int64 = 0) throws {
        guard requests < maxRequests, byteCount <= maxBytes - bytes else {
            throw WixMediaError.transport(
                underlying: UploadError.resumeLimitReached(requests: requests, bytesSent: bytes))
        }
        requests += 1
        bytes += byteCount
    }
}

extension Int64 {
    /// The sum, or `Int64.max` where it would overflow; both operands are never negative here.
    fileprivate func clampedSum(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    /// The product, or `Int64.max` where it would overflow; both operands are never negative here.
    fileprivate func clampedProduct(_ other: Int64) -> Int64 {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}
