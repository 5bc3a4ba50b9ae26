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

/// Hand-written RFC 3339 formatting in UTC, the counterpart of ``RFC3339Parser``.
enum RFC3339Formatter {
    /// `2022-08-21T15:39:09Z`, or `2022-06-06T12:45:29.123Z` when the milliseconds are not zero.
    static func dateTime(_ date: Date) -> String {
        let millisecondsSinceEpoch = milliseconds(since1970: date)
        let (seconds, milliseconds) = CivilCalendar.floorDivision(millisecondsSinceEpoch, 1_000)
        let (days, secondOfDay) = CivilCalendar.floorDivision(seconds, CivilCalendar.secondsPerDay)

        var text = fullDate(days: days)
        text += "T"
        text += padded(Int(secondOfDay / 3_600), width: 2) + ":"
        text += padded(Int(secondOfDay / 60 % 60), width: 2) + ":"
        text += padded(Int(secondOfDay % 60), width: 2)
        if milliseconds != 0 {
            text += "." + padded(Int(milliseconds), width: 3)
        }
        return text + "Z"
    }

    /// `2024-05-01`: the UTC calendar day that contains `date`.
    static func fullDate(_ date: Date) -> String {
        let seconds = CivilCalendar.floorDivision(milliseconds(since1970: date), 1_000).quotient
        return fullDate(days: CivilCalendar.floorDivision(seconds, CivilCalendar.secondsPerDay).quotient)
    }

    private static func fullDate(days: Int64) -> String {
        let (year, month, day) = CivilCalendar.date(days: days)
        let yearText = year < 0 ? "-" + padded(-year, width: 4) : padded(year, width: 4)
        return yearText + "-" + padded(month, width: 2) + "-" + padded(day, width: 2)
    }

    private static func milliseconds(since1970 date: Date) -> Int64 {
        // Rounding to whole milliseconds absorbs the binary error of a parsed ".123"; the clamp keeps
        // non-finite or absurd dates from trapping in the conversion.
        let limit = 1e17
        let milliseconds = (date.timeIntervalSinceReferenceDate * 1_000).rounded()
        let clamped = milliseconds.isNaN ? 0 : min(max(milliseconds, -limit), limit)
        return Int64(clamped) + CivilCalendar.referenceDateOffset * 1_000
    }

    private static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Proleptic Gregorian calendar arithmetic in UTC, used instead of `Calendar` so that date parsing and
/// formatting need no locale, time zone or shared formatter.
enum CivilCalendar {
    static let secondsPerDay: Int64 = 86_400

    /// Seconds from 1970-01-01 to 2001-01-01, the epoch of `Date.timeIntervalSinceReferenceDate`.
    static let referenceDateOffset: Int64 = 978_307_200

    /// The number of days from 1970-01-01 to the given date (negative before it).
    static func days(year: Int, month: Int, day: Int) -> Int64 {
        // Howard Hinnant's days_from_civil: counting years from March puts the leap day last, so each
        // 400-year era has the same shape.
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = Int64((month + 9) % 12)
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date that lies `days` days after 1970-01-01; the inverse of ``days(year:month:day:)``.
    static func date(days: Int64) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// `dividend / divisor` rounded toward negative infinity, with the matching non-negative remainder.
    static func floorDivision(_ dividend: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        var quotient = dividend / divisor
        var remainder = dividend % divisor
        if remainder < 0 {
            quotient -= 1
            remainder += divisor
        }
        return (quotient, remainder)
    }
}
