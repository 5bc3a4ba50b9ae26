import Foundation

/// A hand-written RFC 3339 parser: no formatter objects, so it is thread-safe and fast.
enum RFC3339Parser {
    /// Parses `full-date` (`2024-05-01`) to midnight UTC.
    static func parseFullDate(_ string: String) -> Date? {
        var string = string
        return string.withUTF8 { bytes in
            var scanner = ByteScanner(bytes: bytes)
            guard let days = scanner.fullDate(), scanner.isAtEnd else { return nil }
            return date(seconds: days * CivilCalendar.secondsPerDay, nanoseconds: 0)
        }
    }

    /// Parses `date-time` (`2022-08-21T15:39:09.123+05:30`); accepts lowercase `t`/`z`, a space instead of `T`
    /// (which RFC 3339 allows), any number of fraction digits, and `±hhmm` offsets.
    static func parseDateTime(_ string: String) -> Date? {
        var string = string
        return string.withUTF8 { bytes in
            var scanner = ByteScanner(bytes: bytes)
            guard let days = scanner.fullDate(),
                scanner.skip(oneOf: [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")]),
                let hour = scanner.number(digits: 2), hour < 24,
                scanner.skip(UInt8(ascii: ":")),
                let minute = scanner.number(digits: 2), minute < 60,
                scanner.skip(UInt8(ascii: ":")),
                // 60 is a leap second; it rolls over into the next minute because Date has no leap seconds.
                let second = scanner.number(digits: 2), second <= 60
            else { return nil }

            var nanoseconds: Int64 = 0
            if scanner.skip(UInt8(ascii: ".")) {
                guard let fraction = scanner.fractionInNanoseconds() else { return nil }
                nanoseconds = fraction
            }
            guard let offset = scanner.offsetInSeconds(), scanner.isAtEnd else { return nil }

            let seconds = days * CivilCalendar.secondsPerDay + Int64(hour * 3_600 + minute * 60 + second) - offset
            return date(seconds: seconds, nanoseconds: nanoseconds)
        }
    }

    private static func date(seconds sinceEpoch: Int64, nanoseconds: Int64) -> Date {
        // Moving to the reference epoch in integers first keeps more of the fraction in the Double.
        let seconds = sinceEpoch - CivilCalendar.referenceDateOffset
        return Date(timeIntervalSinceReferenceDate: Double(seconds) + Double(nanoseconds) / 1_000_000_000)
    }
}

private struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { index == bytes.count }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func skip(oneOf candidates: [UInt8]) -> Bool {
        guard index < bytes.count, candidates.contains(bytes[index]) else { return false }
        index += 1
        return true
    }

    /// Exactly `digits` decimal digits as a number.
    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            guard let digit = Self.digit(bytes[index + offset]) else { return nil }
            value = value * 10 + digit
        }
        index += digits
        return value
    }

    /// `YYYY-MM-DD` as days since 1970-01-01, after checking the day exists.
    mutating func fullDate() -> Int64? {
        guard let year = number(digits: 4), skip(UInt8(ascii: "-")),
            let month = number(digits: 2), (1...12).contains(month), skip(UInt8(ascii: "-")),
            let day = number(digits: 2), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        return CivilCalendar.days(year: year, month: month, day: day)
    }

    /// One or more digits after the decimal point, as nanoseconds; digits past the ninth are ignored.
    mutating func fractionInNanoseconds() -> Int64? {
        var nanoseconds: Int64 = 0
        var count = 0
        while index < bytes.count, let digit = Self.digit(bytes[index]) {
            if count < 9 {
                nanoseconds = nanoseconds * 10 + Int64(digit)
            }
            count += 1
            index += 1
        }
        guard count > 0 else { return nil }
        for _ in min(count, 9)..<9 {
            nanoseconds *= 10
        }
        return nanoseconds
    }

    /// `Z`, `z`, `±hh:mm` or `±hhmm` as seconds east of UTC.
    mutating func offsetInSeconds() -> Int64? {
        if skip(oneOf: [UInt8(ascii: "Z"), UInt8(ascii: "z")]) { return 0 }
        let sign: Int64
        if skip(UInt8(ascii: "+")) {
            sign = 1
        } else if skip(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(digits: 2), hours < 24 else { return nil }
        _ = skip(UInt8(ascii: ":"))
        guard let minutes = number(digits: 2), minutes < 60 else { return nil }
        return sign * Int64(hours * 3_600 + minutes * 60)
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
