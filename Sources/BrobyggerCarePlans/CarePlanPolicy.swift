import BrobyggerCore

/// The regional rules a coordinated care plan is checked against: values with documented defaults, passed in, never
/// constants in the checks.
public struct CarePlanPolicy: Sendable, Hashable, Codable {
    /// The longest time from a meeting to the next one, in months. Default 6: Region Hovedstaden, *"Til slut aftaler
    /// I det næste møde senest seks måneder efter det nuværende møde"*.
    public var maximumMonthsToNextMeeting: Int
    /// The source of ``maximumMonthsToNextMeeting``, cited by the findings that apply it.
    public var nextMeetingSource: SourceCitation
    /// How many working days ahead a meeting counts as due soon in follow-up views. Default 10.
    public var dueSoonWorkingDays: Int
    /// The calendar that counts working days. Default: Monday–Friday less Danish public holidays.
    public var calendar: DanishCalendar

    /// Creates a policy; the defaults are Region Hovedstaden's.
    public init(
        maximumMonthsToNextMeeting: Int = 6,
        nextMeetingSource: SourceCitation = CarePlanPolicy.regionHovedstadenMeetingRule,
        dueSoonWorkingDays: Int = 10, calendar: DanishCalendar = .standard
    ) {
        self.maximumMonthsToNextMeeting = maximumMonthsToNextMeeting
        self.nextMeetingSource = nextMeetingSource
        self.dueSoonWorkingDays = dueSoonWorkingDays
        self.calendar = calendar
    }

    /// Region Hovedstaden's practice page on what the meeting goes through.
    public static let regionHovedstadenMeetingRule = SourceCitation.regionalAgreement(
        "Region Hovedstaden, koordinerende indsatsplaner: Hvad skal vi igennem på mødet",
        locator: "næste møde senest seks måneder efter det nuværende møde")

    /// Region Hovedstaden's rules: next meeting within 6 months.
    public static let regionHovedstaden = CarePlanPolicy()

    /// The latest allowed day for the next meeting after a meeting on `date`.
    public func latestNextMeeting(after date: CalendarDate) -> CalendarDate {
        date.adding(months: maximumMonthsToNextMeeting)
    }
}
