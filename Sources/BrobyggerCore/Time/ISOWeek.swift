/// An ISO 8601 week (Monday–Sunday), written `2026-W48`.
///
/// The resident-overview board is a weekly board, so weeks are named the way Danish calendars number them
/// (*uge 48*): week 1 is the week that contains the year's first Thursday.
public struct ISOWeek: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The week-numbering year (may differ from the calendar year around New Year).
    public let year: Int
    /// The week number, 1–52 or 1–53.
    public let week: Int

    /// Creates a week, checking that the year has that many weeks.
    public init(year: Int, week: Int) throws(ValidationError) {
        guard (1...9998).contains(year) else {
            throw ValidationError(
                field: "year", code: "week.invalid", rule: "the year must be 1–9998", offendingValue: String(year))
        }
        guard (1...Self.weeks(in: year)).contains(week) else {
            throw ValidationError(
                field: "week", code: "week.invalid", rule: "the week must be 1–\(Self.weeks(in: year)) in \(year)",
                offendingValue: String(week))
        }
        self.year = year
        self.week = week
    }

    /// The week that contains `date`.
    public init(containing date: CalendarDate) {
        let thursday = date.adding(days: Weekday.thursday.rawValue - date.weekday.rawValue)
        self.year = thursday.year
        self.week = (thursday.dayOfYear - 1) / 7 + 1
    }

    /// Parses `YYYY-Www` (e.g. `2026-W48`; `W` may be lower case).
    public init(iso8601 text: String) throws(ValidationError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 8, bytes[4] == UInt8(ascii: "-"),
            bytes[5] == UInt8(ascii: "W") || bytes[5] == UInt8(ascii: "w"),
            let year = CalendarDate.number(bytes[0..<4]), let week = CalendarDate.number(bytes[6..<8])
        else {
            throw ValidationError(
                field: .root, code: "week.format", rule: "a week is written YYYY-Www, e.g. 2026-W48",
                offendingValue: text)
        }
        try self.init(year: year, week: week)
    }

    /// Decodes `YYYY-Www`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try ISOWeek(iso8601: text) }
    }

    /// Encodes `YYYY-Www`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    /// The week's Monday.
    public var monday: CalendarDate {
        let fourthOfJanuary = CalendarDate(daysSinceEpoch: CalendarDate.dayNumber(year: year, month: 1, day: 4))
        return fourthOfJanuary.adding(days: 1 - fourthOfJanuary.weekday.rawValue + (week - 1) * 7)
    }

    /// The week's Sunday.
    public var sunday: CalendarDate { monday.adding(days: 6) }

    /// The seven days, Monday first.
    public var days: [CalendarDate] { (0..<7).map { monday.adding(days: $0) } }

    /// The seven days as a range.
    public var dayRange: DayRange { DayRange(uncheckedStart: monday, end: sunday) }

    /// The following week.
    public var next: ISOWeek { ISOWeek(containing: monday.adding(days: 7)) }

    /// The preceding week.
    public var previous: ISOWeek { ISOWeek(containing: monday.adding(days: -7)) }

    /// `YYYY-Www`.
    public var iso8601: String { "\(CalendarDate.pad(year, 4))-W\(CalendarDate.pad(week, 2))" }

    /// `YYYY-Www`.
    public var description: String { iso8601 }

    /// Orders weeks chronologically.
    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }

    /// The number of ISO weeks in a week-numbering year (53 when 1 January is a Thursday, or a Wednesday in a leap
    /// year).
    public static func weeks(in year: Int) -> Int {
        let firstOfJanuary = CalendarDate(daysSinceEpoch: CalendarDate.dayNumber(year: year, month: 1, day: 1))
        let weekday = firstOfJanuary.weekday
        return weekday == .thursday || (weekday == .wednesday && CalendarDate.isLeapYear(year)) ? 53 : 52
    }
}
