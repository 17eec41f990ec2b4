import BrobyggerCore

/// The configurable parts of readmission analysis, with documented defaults.
///
/// The 30-day acute-readmission definition is a national definition (Sundhedsdatastyrelsen 2017, VIVE 2023, afsnit
/// 1.3.1) and is not configurable (``ReadmissionAnalysis/acuteReadmissionWindowDays``). What VIVE 2023 leaves open, the
/// frequent-admission threshold ("+4 admissions a year", Hovedresultater) and its window, is configuration here.
public struct ReadmissionPolicy: Sendable, Hashable, Codable {
    /// Admissions within the window that make a frequent admitter. Default 4 (≥ 4), VIVE 2023, Hovedresultater.
    public var frequentAdmissionThreshold: Int
    /// The rolling window for frequent admission in months. Default 12 ("12 months after the first admission",
    /// VIVE 2023, afsnit 1.3.1).
    public var frequentAdmissionWindowMonths: Int
    /// Days after discharge within which a readmission counts as very early. Default 3 (25 % of readmissions happen
    /// within 3 days, VIVE 2023, afsnit 1.3.1 og 1.3.3).
    public var earlyReadmissionDays: Int
    /// The longest stay, in days, that counts as a short stay. Default 3 ("0–3 days", VIVE 2023, afsnit 1.3.1).
    public var shortStayMaximumDays: Int
    /// The window, in days after discharge, in which a later admission counts as a readmission for the indicators.
    /// Default 30, matching the national acute-readmission window.
    public var readmissionWindowDays: Int
    /// Daytime starts at this local hour (inclusive). Default 8.
    public var daytimeStartHour: Int
    /// Daytime ends at this local hour (exclusive). Default 16.
    public var daytimeEndHour: Int
    /// Whether a discharge on a public holiday counts as a weekend discharge. Default `false` (the source says
    /// "i weekenden", VIVE 2023, afsnit 1.3.3).
    public var countsPublicHolidaysAsWeekend: Bool
    /// Which ward types the analysis links. Default: psychiatric only.
    public var wardTypes: Set<WardType>

    /// Creates a policy; every parameter has the documented default.
    public init(
        frequentAdmissionThreshold: Int = 4, frequentAdmissionWindowMonths: Int = 12, earlyReadmissionDays: Int = 3,
        shortStayMaximumDays: Int = 3, readmissionWindowDays: Int = 30, daytimeStartHour: Int = 8,
        daytimeEndHour: Int = 16, countsPublicHolidaysAsWeekend: Bool = false, wardTypes: Set<WardType> = [.psychiatric]
    ) {
        self.frequentAdmissionThreshold = frequentAdmissionThreshold
        self.frequentAdmissionWindowMonths = frequentAdmissionWindowMonths
        self.earlyReadmissionDays = earlyReadmissionDays
        self.shortStayMaximumDays = shortStayMaximumDays
        self.readmissionWindowDays = readmissionWindowDays
        self.daytimeStartHour = daytimeStartHour
        self.daytimeEndHour = daytimeEndHour
        self.countsPublicHolidaysAsWeekend = countsPublicHolidaysAsWeekend
        self.wardTypes = wardTypes
    }

    /// The defaults.
    public static let standard = ReadmissionPolicy()

    /// Whether an instant lies outside daytime in Europe/Copenhagen.
    public func isOutsideDaytime(_ instant: Instant) -> Bool { isOutsideDaytime(instant.localTime) }

    /// Whether a Copenhagen wall-clock time lies outside daytime.
    public func isOutsideDaytime(_ time: LocalTime) -> Bool {
        time.hour < daytimeStartHour || time.hour >= daytimeEndHour
    }

    /// Whether a date is a weekend day (or a public holiday, when configured).
    public func isWeekend(_ date: CalendarDate, calendar: DanishCalendar) -> Bool {
        date.isWeekend || (countsPublicHolidaysAsWeekend && calendar.isPublicHoliday(date))
    }
}
