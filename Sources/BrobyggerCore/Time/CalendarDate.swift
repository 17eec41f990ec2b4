/// A calendar day without a time of day, in the proleptic Gregorian calendar.
///
/// Legally relevant dates (a discharge date, a deadline, the end of a notice period) are calendar days in
/// Europe/Copenhagen (a project rule), not instants: use ``Instant/calendarDate`` to get the Danish day of an
/// instant. A date is stored as a day number, so comparison, hashing and day arithmetic are integer operations.
/// It is written and read as `YYYY-MM-DD`.
public struct CalendarDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible, LosslessStringConvertible
{
    /// Days since 1970-01-01 (negative before).
    public let daysSinceEpoch: Int

    /// The earliest year a date may have (four-digit years only).
    public static let minimumYear = 1
    /// The latest year a date may have.
    public static let maximumYear = 9999

    /// Creates the date with the given day number (days since 1970-01-01).
    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// Creates a date from its parts, checking that the day exists.
    ///
    /// - Throws: ``ValidationError`` with code `date.invalid` when the month is not 1–12, the day does not exist in
    ///   the month (29 February only in leap years), or the year is outside 1–9999.
    public init(year: Int, month: Int, day: Int) throws(ValidationError) {
        guard (Self.minimumYear...Self.maximumYear).contains(year) else {
            throw ValidationError(
                field: "year", code: "date.invalid", rule: "the year must be 1–9999", offendingValue: String(year))
        }
        guard (1...12).contains(month) else {
            throw ValidationError(
                field: "month", code: "date.invalid", rule: "the month must be 1–12", offendingValue: String(month))
        }
        guard (1...Self.daysInMonth(year: year, month: month)).contains(day) else {
            throw ValidationError(
                field: "day", code: "date.invalid", rule: "the day must exist in the month",
                offendingValue: "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))")
        }
        self.daysSinceEpoch = Self.dayNumber(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// - Throws: ``ValidationError`` with code `date.format` for any other shape, or `date.invalid` for a day that
    ///   does not exist.
    public init(iso8601 text: String) throws(ValidationError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
            let day = Self.number(bytes[8..<10])
        else {
            throw ValidationError(
                field: .root, code: "date.format", rule: "a date is written YYYY-MM-DD", offendingValue: text)
        }
        try self.init(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD`, or returns `nil`.
    public init?(_ description: String) {
        guard let date = try? CalendarDate(iso8601: description) else { return nil }
        self = date
    }

    /// Decodes `YYYY-MM-DD`, rejecting days that do not exist.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try CalendarDate(iso8601: text) }
    }

    /// Encodes `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    // MARK: Parts

    /// The year, month and day.
    public var components: (year: Int, month: Int, day: Int) { Self.civil(from: daysSinceEpoch) }
    /// The year.
    public var year: Int { components.year }
    /// The month, 1–12.
    public var month: Int { components.month }
    /// The day of the month, 1–31.
    public var day: Int { components.day }

    /// The ISO weekday.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4).
        let index = ((daysSinceEpoch + 3) % 7 + 7) % 7
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// Whether the date is a Saturday or Sunday.
    public var isWeekend: Bool { weekday >= .saturday }

    /// The day of the year, 1–366.
    public var dayOfYear: Int { daysSinceEpoch - Self.dayNumber(year: year, month: 1, day: 1) + 1 }

    /// The first day of the date's month.
    public var firstDayOfMonth: CalendarDate {
        let (year, month, _) = components
        return CalendarDate(daysSinceEpoch: Self.dayNumber(year: year, month: month, day: 1))
    }

    /// The last day of the date's month.
    public var lastDayOfMonth: CalendarDate {
        let (year, month, _) = components
        return CalendarDate(
            daysSinceEpoch: Self.dayNumber(year: year, month: month, day: Self.daysInMonth(year: year, month: month)))
    }

    /// The ISO 8601 week the date belongs to.
    public var isoWeek: ISOWeek { ISOWeek(containing: self) }

    /// `YYYY-MM-DD`.
    public var iso8601: String {
        let (year, month, day) = components
        return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// `YYYY-MM-DD`.
    public var description: String { iso8601 }

    // MARK: Arithmetic

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` months later (earlier when negative), clamped to the month's last day
    /// (31 January + 1 month = 28 or 29 February).
    public func adding(months: Int) -> CalendarDate {
        let (year, month, day) = components
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        let newDay = min(day, Self.daysInMonth(year: newYear, month: newMonth))
        return CalendarDate(daysSinceEpoch: Self.dayNumber(year: newYear, month: newMonth, day: newDay))
    }

    /// The same day `years` years later, clamped (29 February + 1 year = 28 February).
    public func adding(years: Int) -> CalendarDate { adding(months: years * 12) }

    /// The number of days from this date to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// Orders dates chronologically.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    // MARK: Calendar rules

    /// Whether `year` is a Gregorian leap year (divisible by 4, except centuries not divisible by 400).
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Day number of a civil date (days from 1970-01-01), after H. Hinnant's `days_from_civil`.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Civil date of a day number, the inverse of ``dayNumber(year:month:day:)``.
    static func civil(from days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
