/// Danish working days (*arbejdsdage*, *hverdage*) and public holidays.
///
/// Legal and agreed deadlines count working days: follow-up within 5 weekdays of discharge, a network-meeting slot
/// within 5 working days (Erfaringsopsamling 2024, afsnit 4.3.2; Region Hovedstaden, Samarbejdsaftale om voksne
/// med psykisk sygdom, “Udskrivning”). A working day is Monday–Friday except public holidays and any extra
/// closed days the configuration names; whether Saturday counts is configurable because some agreements count
/// *hverdage* Monday–Saturday.
///
/// Public holidays (sources in ``PublicHoliday/Kind``): New Year's Day; Maundy Thursday, Good Friday, Easter Sunday and
/// Monday; General Prayer Day (Easter + 26) up to and including 2023 only; Ascension Day (Easter + 39); Whit Sunday and
/// Monday; 25 and 26 December. Constitution Day, 24 and 31 December are not public holidays; add them as ``ClosedDay``s
/// where an agreement treats them as closed.
public struct DanishCalendar: Hashable, Sendable, Codable {
    /// A day treated as closed in addition to the public holidays.
    public enum ClosedDay: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The same day every year, e.g. 24 December.
        case annual(month: Int, day: Int, name: String)
        /// One specific date.
        case once(CalendarDate, name: String)

        /// Constitution Day (*grundlovsdag*), 5 June: closed in many workplaces, not a public holiday.
        public static let constitutionDay = ClosedDay.annual(month: 6, day: 5, name: "Grundlovsdag")
        /// Christmas Eve (*juleaftensdag*), 24 December.
        public static let christmasEve = ClosedDay.annual(month: 12, day: 24, name: "Juleaftensdag")
        /// New Year's Eve (*nytårsaftensdag*), 31 December.
        public static let newYearsEve = ClosedDay.annual(month: 12, day: 31, name: "Nytårsaftensdag")

        /// Whether the day falls on `date`.
        public func matches(_ date: CalendarDate) -> Bool {
            switch self {
            case .annual(let month, let day, _):
                let parts = date.components
                return parts.month == month && parts.day == day
            case .once(let closed, _):
                return closed == date
            }
        }

        /// The name of the closed day.
        public var description: String {
            switch self {
            case .annual(_, _, let name), .once(_, let name): name
            }
        }

        /// The longest name a closed day may have, in characters.
        public static let maximumNameLength = 200

        /// Throws when the day cannot be a closed day: an annual day whose month is not 1–12 or whose day does not
        /// exist in that month in a leap year (29 February is accepted and closes leap years only), or a name that
        /// is empty, longer than ``maximumNameLength`` or holds control characters.
        ///
        /// - Parameter field: The field named in the error.
        /// - Throws: ``ValidationError`` with code `calendar.closed-day-month`, `calendar.closed-day-day`,
        ///   `calendar.closed-day-name` or `text.control-character`.
        public func validate(field: FieldPath = "closedDay") throws(ValidationError) {
            switch self {
            case .annual(let month, let day, _):
                guard (1...12).contains(month) else {
                    throw ValidationError(
                        field: field.appending("month"), code: "calendar.closed-day-month",
                        rule: "the month of an annual closed day must be 1–12", offendingValue: String(month))
                }
                guard (1...CalendarDate.daysInMonth(year: 2000, month: month)).contains(day) else {
                    throw ValidationError(
                        field: field.appending("day"), code: "calendar.closed-day-day",
                        rule: "the day of an annual closed day must exist in its month", offendingValue: String(day))
                }
            case .once:
                break
            }
            let name = description
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty, name.count <= Self.maximumNameLength else {
                throw ValidationError(
                    field: field.appending("name"), code: "calendar.closed-day-name",
                    rule: "a closed day needs a name of 1–\(Self.maximumNameLength) characters")
            }
            try ControlCharacters.check(name, field: field.appending("name"))
        }

        private enum CodingKeys: String, CodingKey {
            case annual, once
        }

        private enum AnnualKeys: String, CodingKey {
            case month, day, name
        }

        private enum OnceKeys: String, CodingKey {
            case _0, name
        }

        /// Decodes a closed day in the synthesised layout (`{"annual": {"month", "day", "name"}}` or
        /// `{"once": {"_0", "name"}}`) and validates it as ``validate(field:)`` does.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let day: ClosedDay
            if container.contains(.annual) {
                let annual = try container.nestedContainer(keyedBy: AnnualKeys.self, forKey: .annual)
                day = .annual(
                    month: try annual.decode(Int.self, forKey: .month), day: try annual.decode(Int.self, forKey: .day),
                    name: try annual.decode(String.self, forKey: .name))
            } else {
                let once = try container.nestedContainer(keyedBy: OnceKeys.self, forKey: .once)
                day = .once(
                    try once.decode(CalendarDate.self, forKey: ._0), name: try once.decode(String.self, forKey: .name))
            }
            self = try decoder.validating {
                try day.validate(field: .root)
                return day
            }
        }

        /// Encodes the closed day in the layout ``init(from:)`` reads.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .annual(let month, let day, let name):
                var annual = container.nestedContainer(keyedBy: AnnualKeys.self, forKey: .annual)
                try annual.encode(month, forKey: .month)
                try annual.encode(day, forKey: .day)
                try annual.encode(name, forKey: .name)
            case .once(let date, let name):
                var once = container.nestedContainer(keyedBy: OnceKeys.self, forKey: .once)
                try once.encode(date, forKey: ._0)
                try once.encode(name, forKey: .name)
            }
        }
    }

    /// What counts as a working day beyond the statutory holidays.
    public struct Configuration: Hashable, Sendable, Codable {
        /// Days closed in addition to public holidays. Default: none.
        public var extraClosedDays: [ClosedDay]
        /// Whether Saturdays count as working days. Default: `false` (Monday–Friday).
        public var saturdaysAreWorkingDays: Bool

        /// The most extra closed days a configuration may name: enough for every day of several years, few
        /// enough that counting working days stays bounded by the configuration, not by input.
        public static let maximumExtraClosedDays = 1_000

        /// Monday–Friday less public holidays.
        public static let standard = Configuration(validated: [], saturdaysAreWorkingDays: false)

        /// Creates a configuration; the defaults give Monday–Friday less public holidays.
        ///
        /// - Parameters:
        ///   - extraClosedDays: Days closed in addition to public holidays; each is checked by
        ///     ``ClosedDay/validate(field:)``, and there may be at most ``maximumExtraClosedDays``.
        ///   - saturdaysAreWorkingDays: Whether Saturdays count (*hverdage* Monday–Saturday).
        /// - Throws: ``ValidationError`` naming `extraClosedDays[i]` and the rule.
        public init(extraClosedDays: [ClosedDay] = [], saturdaysAreWorkingDays: Bool = false) throws(ValidationError) {
            guard extraClosedDays.count <= Self.maximumExtraClosedDays else {
                throw ValidationError(
                    field: "extraClosedDays", code: "calendar.too-many-closed-days",
                    rule: "a calendar may name at most \(Self.maximumExtraClosedDays) extra closed days",
                    offendingValue: String(extraClosedDays.count))
            }
            for (index, day) in extraClosedDays.enumerated() {
                try day.validate(field: FieldPath("extraClosedDays").appending(index: index))
            }
            self.init(validated: extraClosedDays, saturdaysAreWorkingDays: saturdaysAreWorkingDays)
        }

        private init(validated extraClosedDays: [ClosedDay], saturdaysAreWorkingDays: Bool) {
            self.extraClosedDays = extraClosedDays
            self.saturdaysAreWorkingDays = saturdaysAreWorkingDays
        }

        private enum CodingKeys: String, CodingKey {
            case extraClosedDays, saturdaysAreWorkingDays
        }

        /// Decodes a configuration and validates it as the initialiser does.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let days = try container.decode([ClosedDay].self, forKey: .extraClosedDays)
            let saturdays = try container.decode(Bool.self, forKey: .saturdaysAreWorkingDays)
            self = try decoder.validating {
                try Configuration(extraClosedDays: days, saturdaysAreWorkingDays: saturdays)
            }
        }
    }

    /// The configuration in force.
    public var configuration: Configuration

    /// Monday–Friday less public holidays, no extra closed days.
    public static let standard = DanishCalendar()

    /// Creates a calendar with a configuration.
    public init(configuration: Configuration = .standard) {
        self.configuration = configuration
    }

    /// The last year General Prayer Day (*store bededag*) was a public holiday; abolished from 2024 by
    /// lov nr. 140 of 28 February 2023.
    public static let lastYearWithGeneralPrayerDay = 2023

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian, or Meeus/Jones/Butcher, algorithm).
    public static func easterSunday(year: Int) -> CalendarDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(daysSinceEpoch: CalendarDate.dayNumber(year: year, month: month, day: day))
    }

    /// The public holidays of `year`, in date order.
    public func publicHolidays(in year: Int) -> [PublicHoliday] {
        let easter = Self.easterSunday(year: year)
        func fixed(_ month: Int, _ day: Int) -> CalendarDate {
            CalendarDate(daysSinceEpoch: CalendarDate.dayNumber(year: year, month: month, day: day))
        }
        var holidays: [PublicHoliday] = [
            PublicHoliday(kind: .newYearsDay, date: fixed(1, 1)),
            PublicHoliday(kind: .maundyThursday, date: easter.adding(days: -3)),
            PublicHoliday(kind: .goodFriday, date: easter.adding(days: -2)),
            PublicHoliday(kind: .easterSunday, date: easter),
            PublicHoliday(kind: .easterMonday, date: easter.adding(days: 1)),
        ]
        if year <= Self.lastYearWithGeneralPrayerDay {
            holidays.append(PublicHoliday(kind: .generalPrayerDay, date: easter.adding(days: 26)))
        }
        holidays += [
            PublicHoliday(kind: .ascensionDay, date: easter.adding(days: 39)),
            PublicHoliday(kind: .whitSunday, date: easter.adding(days: 49)),
            PublicHoliday(kind: .whitMonday, date: easter.adding(days: 50)),
            PublicHoliday(kind: .christmasDay, date: fixed(12, 25)),
            PublicHoliday(kind: .boxingDay, date: fixed(12, 26)),
        ]
        return holidays
    }

    /// The public holiday on `date`, if any.
    public func holiday(on date: CalendarDate) -> PublicHoliday? {
        let (year, month, day) = date.components
        switch (month, day) {
        case (1, 1): return PublicHoliday(kind: .newYearsDay, date: date)
        case (12, 25): return PublicHoliday(kind: .christmasDay, date: date)
        case (12, 26): return PublicHoliday(kind: .boxingDay, date: date)
        default: break
        }
        let offset = Self.easterSunday(year: year).days(until: date)
        let kind: PublicHoliday.Kind? =
            switch offset {
            case -3: .maundyThursday
            case -2: .goodFriday
            case 0: .easterSunday
            case 1: .easterMonday
            case 26: year <= Self.lastYearWithGeneralPrayerDay ? .generalPrayerDay : nil
            case 39: .ascensionDay
            case 49: .whitSunday
            case 50: .whitMonday
            default: nil
            }
        return kind.map { PublicHoliday(kind: $0, date: date) }
    }

    /// Whether `date` is a public holiday.
    public func isPublicHoliday(_ date: CalendarDate) -> Bool { holiday(on: date) != nil }

    /// Whether `date` is a working day: not Sunday, not Saturday unless configured, not a public holiday and not
    /// an extra closed day.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        switch date.weekday {
        case .sunday: return false
        case .saturday where !configuration.saturdaysAreWorkingDays: return false
        default: break
        }
        if isPublicHoliday(date) { return false }
        return !configuration.extraClosedDays.contains { $0.matches(date) }
    }

    /// The largest count of working days ``adding(workingDays:to:)`` moves by: 100,000 (about 380 years). A larger
    /// count is treated as this one. Callers that take a count from a user check its documented range first.
    public static let workingDayLimit = 100_000

    /// The date `workingDays` working days after `date` (before it when negative).
    ///
    /// The result is always a working day (for a non-zero count) and
    /// `workingDays(from: date, to: result) == workingDays`. Adding 5 working days to a Friday discharge gives the
    /// following Friday, or later when a holiday intervenes. Adding 0 returns `date` unchanged. The work grows with
    /// the years the count spans and the logarithm of the count, not with the count: a count beyond
    /// ``workingDayLimit`` is treated as the limit, and when a configuration closes every day of the year the
    /// search stops after ``workingDayLimit`` days.
    public func adding(workingDays: Int, to date: CalendarDate) -> CalendarDate {
        guard workingDays != 0 else { return date }
        let wanted = min(workingDays.magnitude, UInt(Self.workingDayLimit))
        let target = Int(wanted)
        let forward = workingDays > 0
        // The search counts the same years many times: each year's closed days are found once per call (where the
        // holiday table does not give them).
        var closedByYear: [Int: [CalendarDate]] = [:]
        func closed(_ year: Int) -> [CalendarDate] {
            if let days = closedByYear[year] { return days }
            let days = closedWorkingWeekdays(in: year)
            closedByYear[year] = days
            return days
        }
        // The working days among the first `offset` days after (before) `date`.
        func count(_ offset: Int) -> Int {
            forward
                ? countWorkingDays(from: date.adding(days: 1), through: date.adding(days: offset), closed: closed)
                : countWorkingDays(from: date.adding(days: -offset), through: date.adding(days: -1), closed: closed)
        }
        // Every week has at least five working days less the holidays in it: double an estimate until it covers
        // the count, then find the first day that completes it.
        var high = target * 7 / 5 + 16
        let ceiling = Self.workingDayLimit * 4
        while count(high) < target, high < ceiling { high = min(high * 2, ceiling) }
        guard count(high) >= target else { return date.adding(days: forward ? high : -high) }
        var low = target - 1  // count(low) < target: fewer days than working days wanted
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if count(middle) >= target { high = middle } else { low = middle }
        }
        return date.adding(days: forward ? high : -high)
    }

    /// The signed number of working days from `start` to `end`, the inverse of ``adding(workingDays:to:)``.
    ///
    /// Forwards (`end` after `start`) it counts the working days after `start` up to and including `end`;
    /// backwards it counts the working days from `end` up to but not including `start`, negated. So
    /// `workingDays(from: d, to: adding(workingDays: n, to: d)) == n` for every `n`. A visit on the fifth working
    /// day after a discharge is within 5 working days: `workingDays(from: discharge, to: visit) <= 5`. The work
    /// grows with the years between the two days, not with the days.
    public func workingDays(from start: CalendarDate, to end: CalendarDate) -> Int {
        guard start != end else { return 0 }
        return start < end
            ? countWorkingDays(from: start.adding(days: 1), through: end, closed: closedWorkingWeekdays)
            : -countWorkingDays(from: end, through: start.adding(days: -1), closed: closedWorkingWeekdays)
    }

    /// Whether a day of the week counts before holidays and closed days are taken out.
    private func isWorkingWeekday(_ weekday: Weekday) -> Bool {
        switch weekday {
        case .sunday: false
        case .saturday: configuration.saturdaysAreWorkingDays
        default: true
        }
    }

    /// The public holidays and extra closed days of `year` that fall on a working weekday, in order and each once
    /// (a closed day that is also a holiday counts once): the days a week-by-week count of `year` takes out.
    private func closedWorkingWeekdays(in year: Int) -> [CalendarDate] {
        var closed = publicHolidays(in: year).map(\.date)
        for extra in configuration.extraClosedDays {
            switch extra {
            case .annual(let month, let dayOfMonth, _):
                guard (1...12).contains(month),
                    (1...CalendarDate.daysInMonth(year: year, month: month)).contains(dayOfMonth)
                else { continue }
                closed.append(
                    CalendarDate(daysSinceEpoch: CalendarDate.dayNumber(year: year, month: month, day: dayOfMonth)))
            case .once(let date, _):
                if date.year == year { closed.append(date) }
            }
        }
        closed.removeAll { !isWorkingWeekday($0.weekday) }
        closed.sort()
        var previous: CalendarDate?
        closed.removeAll { day in
            defer { previous = day }
            return day == previous
        }
        return closed
    }

    /// How many of ``closedWorkingWeekdays(in:)`` of `year` lie in `first...last`, looked up in ``HolidayTable``;
    /// `nil` for a configuration with extra closed days or a year outside the table.
    private func tabledClosedCount(in year: Int, from first: CalendarDate, through last: CalendarDate) -> Int? {
        guard configuration.extraClosedDays.isEmpty, HolidayTable.years.contains(year) else { return nil }
        let index = year - HolidayTable.years.lowerBound
        return configuration.saturdaysAreWorkingDays
            ? HolidayTable.withSaturdays.count(index, first.daysSinceEpoch, last.daysSinceEpoch)
            : HolidayTable.weekdays.count(index, first.daysSinceEpoch, last.daysSinceEpoch)
    }

    /// The public holidays on working weekdays of the years 1900–2199 for the two configurations without extra
    /// closed days, computed once per process: a report computes thousands of deadlines (a follow-up's, a network
    /// meeting's), each of which would otherwise work out a year's holidays again.
    private struct HolidayTable {
        static let years = 1900...2199
        /// Monday to Friday.
        static let weekdays = HolidayTable(DanishCalendar(configuration: .standard))
        /// Monday to Saturday.
        static let withSaturdays: HolidayTable = {
            var calendar = DanishCalendar(configuration: .standard)
            calendar.configuration.saturdaysAreWorkingDays = true
            return HolidayTable(calendar)
        }()

        /// The day numbers of every year's closed working weekdays, one year after the other.
        let days: [Int]
        /// Where each year's days start in ``days``; the last element is the end.
        let starts: [Int]

        private init(_ calendar: DanishCalendar) {
            var days: [Int] = []
            var starts: [Int] = []
            for year in Self.years {
                starts.append(days.count)
                days += calendar.closedWorkingWeekdays(in: year).map(\.daysSinceEpoch)
            }
            starts.append(days.count)
            self.days = days
            self.starts = starts
        }

        /// How many of year `index`'s days lie in `first...last` (day numbers). Read in place: nothing is copied or
        /// retained, so threads computing deadlines at once do not contend for the table.
        func count(_ index: Int, _ first: Int, _ last: Int) -> Int {
            var count = 0
            for position in starts[index]..<starts[index + 1] where days[position] >= first && days[position] <= last {
                count += 1
            }
            return count
        }
    }

    /// The working days in `first...last` (0 when `last` is before `first`): the working weekdays counted week by
    /// week, less each year's closed working weekdays that fall in the range: read from ``HolidayTable`` where it
    /// covers the calendar and the year, else from `closed` (which ``closedWorkingWeekdays(in:)`` gives).
    private func countWorkingDays(
        from first: CalendarDate, through last: CalendarDate, closed: (Int) -> [CalendarDate]
    ) -> Int {
        guard first <= last else { return 0 }
        let days = first.days(until: last) + 1
        let perWeek = configuration.saturdaysAreWorkingDays ? 6 : 5
        var count = days / 7 * perWeek
        var day = first.adding(days: days / 7 * 7)
        while day <= last {
            if isWorkingWeekday(day.weekday) { count += 1 }
            day = day.adding(days: 1)
        }
        for year in first.year...last.year {
            count -=
                tabledClosedCount(in: year, from: first, through: last)
                ?? closed(year).count { $0 >= first && $0 <= last }
        }
        return count
    }
}
