import Foundation

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
