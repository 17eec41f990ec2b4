import BrobyggerCore

/// The period a compliance report covers, with the reason it was chosen, so the report can say both.
///
/// Given no period, the report covers the twelve months ending on the latest discharge in the data. One mistyped
/// date (9999-12-31) would move that to the year 9999 and hide the real year's findings, so only discharges in the
/// plausible window (`PlausibleDateWindow`, by default 1900-01-01 to ten years after today) decide the default;
/// the ones outside are counted and named in the reason. With no plausible discharge the period is the twelve months
/// ending today.
public struct ComplianceReportPeriod: Hashable, Sendable, Codable {
    /// How the period was chosen.
    public enum Choice: String, Hashable, Sendable, Codable {
        /// Both ends given by the caller.
        case given
        /// The end given, the start twelve months before it.
        case givenEnd
        /// The start given, the end on the latest plausible discharge (today when there is none), or on the start
        /// when that is later.
        case givenStart
        /// The twelve months ending on the latest plausible discharge.
        case latestDischarge
        /// No plausible discharge: the twelve months ending today.
        case today
    }

    /// The period.
    public let period: DayRange
    /// How it was chosen.
    public let choice: Choice
    /// Discharge dates outside the plausible window, ignored when choosing the period.
    public let implausibleDischarges: Int
    /// The plausible window the dates were judged against.
    public let window: DayRange

    /// Chooses the period.
    ///
    /// - Parameters:
    ///   - from: The first day, if the caller gave one.
    ///   - to: The last day, if the caller gave one.
    ///   - discharges: The discharge dates in the data.
    ///   - today: Today, for the plausible window and as the fallback end.
    ///   - window: The plausible window; default 1900-01-01 to ten years after today.
    /// - Throws: `ValidationError` with code `range.end-before-start` when `to` lies before `from`.
    public init(
        from: CalendarDate? = nil, to: CalendarDate? = nil, discharges: some Sequence<CalendarDate>,
        today: CalendarDate, window: PlausibleDateWindow = .standard
    ) throws(ValidationError) {
        let (plausible, outside) = window.partition(discharges, today: today)
        let latest = plausible.max()
        let choice: Choice
        let start: CalendarDate
        let end: CalendarDate
        switch (from, to) {
        case (let from?, let to?):
            (start, end, choice) = (from, to, .given)
        case (nil, let to?):
            (start, end, choice) = (to.adding(years: -1).adding(days: 1), to, .givenEnd)
        case (let from?, nil):
            (start, end, choice) = (from, max(latest ?? today, from), .givenStart)
        case (nil, nil):
            let last = latest ?? today
            (start, end, choice) = (
                last.adding(years: -1).adding(days: 1), last, latest == nil ? .today : .latestDischarge
            )
        }
        self.period = try DayRange(start: start, end: end)
        self.choice = choice
        self.implausibleDischarges = outside
        self.window = window.days(today: today)
    }

    /// Why the report covers this period, in Danish, for the report's reader.
    public var danishExplanation: String {
        let range = "\(period.start.iso8601) – \(period.end?.iso8601 ?? "")"
        var text =
            switch choice {
            case .given: "Perioden \(range) er valgt af brugeren."
            case .givenEnd: "Perioden \(range) er de tolv måneder, der slutter på den valgte slutdato."
            case .givenStart:
                "Perioden \(range) begynder på den valgte startdato og slutter med den seneste udskrivning."
            case .latestDischarge: "Perioden \(range) er de tolv måneder, der slutter med den seneste udskrivning."
            case .today: "Perioden \(range) er de tolv måneder, der slutter i dag (ingen udskrivninger i data)."
            }
        if implausibleDischarges > 0 {
            text +=
                " \(implausibleDischarges) udskrivning(er) med en dato uden for det plausible tidsrum "
                + "\(window.start.iso8601) – \(window.end?.iso8601 ?? "") er ikke brugt til at vælge perioden."
        }
        return text
    }

    /// Why the report covers this period, in English.
    public var explanation: String {
        let range = "\(period.start.iso8601) – \(period.end?.iso8601 ?? "")"
        var text =
            switch choice {
            case .given: "The period \(range) was given."
            case .givenEnd: "The period \(range) is the twelve months ending on the given end."
            case .givenStart:
                "The period \(range) starts on the given start and ends on the latest discharge."
            case .latestDischarge: "The period \(range) is the twelve months ending on the latest discharge."
            case .today: "The period \(range) is the twelve months ending today (no discharges in the data)."
            }
        if implausibleDischarges > 0 {
            text +=
                " \(implausibleDischarges) discharge(s) dated outside the plausible window "
                + "\(window.start.iso8601) – \(window.end?.iso8601 ?? "") were not used to choose it."
        }
        return text
    }
}
