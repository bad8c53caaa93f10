import Foundation

/// A calendar date written `YYYY-MM-DD`: the date of the evaluation shown in a report's header.
///
/// The report takes the date as a value, never from the clock, so the same inputs and the same
/// date always give the same bytes. Only the command line falls back to today's date.
///
/// ```swift
/// let date = try ReportDate(parsing: "2026-03-18")
/// date.description   // "2026-03-18"
/// ```
public struct ReportDate: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Why a text is not a date.
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var text: String
        public var description: String { "expected a date written YYYY-MM-DD (such as 2026-03-18), found '\(text)'" }
    }

    /// Reads `YYYY-MM-DD`, refusing other spellings and days that do not exist (2026-02-30).
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...Self.days(inMonth: month, of: year)).contains(day)
        else { throw ParseError(text: text) }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Today's date in the given time zone (the machine's by default): for a command line that
    /// was given no date.
    public static func today(in timeZone: TimeZone = .current) -> ReportDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return ReportDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
