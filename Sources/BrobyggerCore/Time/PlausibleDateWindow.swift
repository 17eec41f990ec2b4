/// The days a date in the care of a living resident can plausibly fall on; a date outside is an input error.
///
/// A typing error such as 9999-12-31 for an event's date is a valid calendar day, yet one such date moves every
/// period computed from the data (the compliance report's default period is the twelve months ending on the
/// latest discharge) to the year 9999 and hides the real year's findings. The window refuses it where the value
/// comes in (imports, decoders of outside documents), with a typed error naming the field.
///
/// The window runs from a fixed first day (default 1900-01-01: residents born before it are not alive, and no
/// record of the SDK's registers is older) to a number of years after today (default 10: agreements and plans are
/// made for at most a few years ahead). "Today" comes from a ``DomainClock``, so tests are deterministic. Both
/// bounds are configuration, validated: the first day must lie in 1800–2100 and the years ahead in 0–100.
public struct PlausibleDateWindow: Hashable, Sendable, Codable {
    /// The first plausible day. Default 1900-01-01.
    public let earliest: CalendarDate
    /// How many years after today the window reaches, today's date in that year included. Default 10.
    public let yearsAhead: Int

    /// The range ``earliest`` may take: the years 1800–2100.
    public static let earliestRange = DayRange(
        uncheckedStart: CalendarDate(daysSinceEpoch: CalendarDate.dayNumber(year: 1800, month: 1, day: 1)),
        end: CalendarDate(daysSinceEpoch: CalendarDate.dayNumber(year: 2100, month: 12, day: 31)))
    /// The range ``yearsAhead`` may take: 0–100.
    public static let yearsAheadRange = 0...100

    /// 1900-01-01 to ten years after today.
    public static let standard = PlausibleDateWindow(uncheckedEarliest: defaultEarliest, yearsAhead: 10)

    /// The default first plausible day, 1900-01-01.
    public static let defaultEarliest = CalendarDate(
        daysSinceEpoch: CalendarDate.dayNumber(year: 1900, month: 1, day: 1))

    /// Creates a window.
    ///
    /// - Throws: ``ValidationError`` with code `window.earliest-out-of-range` when `earliest` lies outside
    ///   1800–2100, or `window.years-ahead-out-of-range` when `yearsAhead` lies outside 0–100.
    public init(
        earliest: CalendarDate = PlausibleDateWindow.defaultEarliest,
        yearsAhead: Int = 10
    ) throws(ValidationError) {
        guard Self.earliestRange.contains(earliest) else {
            throw ValidationError(
                field: "earliest", code: "window.earliest-out-of-range",
                rule: "the first plausible day must lie in the years 1800–2100", offendingValue: earliest.iso8601)
        }
        guard Self.yearsAheadRange.contains(yearsAhead) else {
            throw ValidationError(
                field: "yearsAhead", code: "window.years-ahead-out-of-range",
                rule: "the window reaches 0–100 years after today", offendingValue: String(yearsAhead))
        }
        self.earliest = earliest
        self.yearsAhead = yearsAhead
    }

    private init(uncheckedEarliest earliest: CalendarDate, yearsAhead: Int) {
        self.earliest = earliest
        self.yearsAhead = yearsAhead
    }

    private enum CodingKeys: String, CodingKey {
        case earliest, yearsAhead
    }

    /// Decodes through the validating initialiser; missing keys take the defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let earliest = try container.decodeIfPresent(CalendarDate.self, forKey: .earliest)
        let yearsAhead = try container.decodeIfPresent(Int.self, forKey: .yearsAhead)
        self = try decoder.validating {
            try PlausibleDateWindow(earliest: earliest ?? Self.standard.earliest, yearsAhead: yearsAhead ?? 10)
        }
    }

    /// The window's days when today is `today`: from ``earliest`` to `today` plus ``yearsAhead`` years.
    public func days(today: CalendarDate) -> DayRange {
        let latest = today.adding(years: yearsAhead)
        return DayRange(uncheckedStart: earliest, end: max(latest, earliest))
    }

    /// The window's days on the clock's today.
    public func days(clock: any DomainClock) -> DayRange { days(today: clock.today) }

    /// Whether `date` lies in the window when today is `today`.
    public func contains(_ date: CalendarDate, today: CalendarDate) -> Bool { days(today: today).contains(date) }

    /// Throws when `date` lies outside the window.
    ///
    /// - Throws: ``ValidationError`` with code `date.implausible` naming `field`, the window and the date.
    public func check(_ date: CalendarDate, field: FieldPath, today: CalendarDate) throws(ValidationError) {
        let window = days(today: today)
        guard !window.contains(date) else { return }
        throw ValidationError(
            field: field, code: "date.implausible",
            rule: "a date must lie in the plausible window \(window.start.iso8601)–\(window.end?.iso8601 ?? "")",
            offendingValue: date.iso8601)
    }

    /// Throws when `date` lies outside the window on the clock's today.
    public func check(_ date: CalendarDate, field: FieldPath, clock: any DomainClock) throws(ValidationError) {
        try check(date, field: field, today: clock.today)
    }

    /// Throws when the Danish calendar day of `instant` lies outside the window.
    ///
    /// - Throws: ``ValidationError`` with code `date.implausible`, the offending value the instant in ISO 8601.
    public func check(_ instant: Instant, field: FieldPath, today: CalendarDate) throws(ValidationError) {
        let window = days(today: today)
        guard !window.contains(instant.calendarDate) else { return }
        throw ValidationError(
            field: field, code: "date.implausible",
            rule: "an instant must lie in the plausible window \(window.start.iso8601)–\(window.end?.iso8601 ?? "")",
            offendingValue: instant.iso8601)
    }

    /// Throws when the Danish calendar day of `instant` lies outside the window on the clock's today.
    public func check(_ instant: Instant, field: FieldPath, clock: any DomainClock) throws(ValidationError) {
        try check(instant, field: field, today: clock.today)
    }

    /// The dates of `dates` that lie in the window, and how many lay outside it.
    public func partition(_ dates: some Sequence<CalendarDate>, today: CalendarDate) -> (
        plausible: [CalendarDate], outside: Int
    ) {
        let window = days(today: today)
        var plausible: [CalendarDate] = []
        var outside = 0
        for date in dates {
            if window.contains(date) { plausible.append(date) } else { outside += 1 }
        }
        return (plausible, outside)
    }
}
