import Foundation

/// Parses the three HTTP-date formats of RFC 9110 §5.6.7 without a locale-dependent `DateFormatter`:
///
/// - IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT` (what servers send)
/// - RFC 850: `Sunday, 06-Nov-94 08:49:37 GMT` (obsolete)
/// - asctime: `Sun Nov  6 08:49:37 1994` (obsolete)
enum HTTPDate {
    /// The date `text` stands for, or `nil` when it is none of the three formats or names no real date.
    ///
    /// `now` resolves the two-digit years of RFC 850: a year that would lie more than 50 years in the future is
    /// taken from the previous century, as RFC 9110 requires.
    static func parse(_ text: String, now: Date) -> Date? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
        guard tokens.count >= 5, isWeekday(tokens[0]) else { return nil }
        let isAsctime = months.firstIndex(of: tokens[1].lowercased()) != nil
        if isAsctime {
            // asctime: weekday month day time year
            guard tokens.count == 5, let day = Int(tokens[2]), let year = Int(tokens[4]), tokens[4].count == 4
            else { return nil }
            return date(year: year, month: tokens[1], day: day, time: tokens[3])
        }
        // IMF-fixdate and RFC 850: weekday day month year time GMT
        guard tokens.count == 6, tokens[5] == "GMT", let day = Int(tokens[1]), var year = Int(tokens[3]) else {
            return nil
        }
        switch tokens[3].count {
        case 4:
            break
        case 2:
            year = fullYear(twoDigits: year, now: now)
        default:
            return nil
        }
        return date(year: year, month: tokens[2], day: day, time: tokens[4])
    }

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Whether `token` is a weekday, abbreviated (IMF-fixdate, asctime) or in full (RFC 850).
    private static func isWeekday(_ token: String) -> Bool {
        let name = token.lowercased()
        return weekdays.contains { $0 == name || $0.prefix(3) == name }
    }

    private static func date(year: Int, month monthName: String, day: Int, time: String) -> Date? {
        let clock = time.split(separator: ":").map { Int($0) }
        guard let monthIndex = months.firstIndex(of: monthName.lowercased()),
            clock.count == 3, let hour = clock[0], let minute = clock[1], let second = clock[2],
            (0..<24).contains(hour), (0..<60).contains(minute), (0...60).contains(second)
        else { return nil }
        let components = DateComponents(year: year, month: monthIndex + 1, day: day)
        // Validating the day against its month by a round trip: Calendar would quietly turn 30 Feb into 2 Mar.
        guard let midnight = utcCalendar.date(from: components),
            utcCalendar.dateComponents([.year, .month, .day], from: midnight) == components
        else { return nil }
        return midnight.addingTimeInterval(TimeInterval(hour * 3_600 + minute * 60 + second))
    }

    private static func fullYear(twoDigits: Int, now: Date) -> Int {
        let currentYear = utcCalendar.component(.year, from: now)
        var year = currentYear - currentYear % 100 + twoDigits
        if year > currentYear + 50 {
            year -= 100
        }
        return year
    }

    private static var utcCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT")!
        return calendar
    }
}
