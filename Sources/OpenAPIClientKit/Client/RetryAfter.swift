import Foundation

/// Reads the `Retry-After` response header (RFC 9110 §10.2.3).
public enum RetryAfter {
    /// How long the server asks the client to wait, or `nil` when `value` is neither form of the header.
    ///
    /// - Parameters:
    ///   - value: The header value: delay seconds (`120`) or an HTTP-date (`Sun, 06 Nov 1994 08:49:37 GMT`,
    ///     or one of the two obsolete date formats that RFC 9110 still asks recipients to accept).
    ///   - now: The current time, against which a date is measured.
    /// - Returns: The wait; zero for a date in the past.
    public static func delay(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            // Digits only, so the one way Int parsing fails is overflow: a wait longer than any cap.
            return .seconds(Int64(trimmed) ?? Int64.max)
        }
        guard let date = HTTPDate.parse(trimmed, now: now) else { return nil }
        let seconds = date.timeIntervalSince(now)
        return seconds > 0 ? .seconds(seconds) : .zero
    }
}
