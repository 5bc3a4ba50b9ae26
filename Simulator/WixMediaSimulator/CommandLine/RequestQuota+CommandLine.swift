import Foundation

extension RequestQuota {
    /// The quota written `REQUESTS/SECONDS`, such as `200/60`, or nil when the text is not of that form, the
    /// count is negative, or the seconds are not a positive finite number (a fraction such as `0.5` is fine).
    init?(commandLineValue text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let requests = Int(parts[0]), requests >= 0, let seconds = Double(parts[1]),
            seconds.isFinite, seconds > 0, seconds <= 86_400 * 366
        else { return nil }
        self.init(requests: requests, window: .seconds(seconds))
    }
}
