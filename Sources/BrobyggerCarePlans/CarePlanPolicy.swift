import BrobyggerCore

/// The regional rules a coordinated care plan is checked against: values with documented defaults, passed in, never
/// constants in the checks, and validated when made and when decoded.
public struct CarePlanPolicy: Sendable, Hashable, Codable {
    /// The longest time from a meeting (or the plan's activation or revision) to the next meeting, in months.
    /// Default 6: Region Hovedstaden, *"Til slut aftaler I det næste møde senest seks måneder efter det nuværende
    /// møde"*. 1–60.
    public let maximumMonthsToNextMeeting: Int
    /// The source of ``maximumMonthsToNextMeeting``, cited by the findings that apply it.
    public let nextMeetingSource: SourceCitation
    /// How many working days ahead a meeting counts as due soon in follow-up views. Default 10; 0–260.
    public let dueSoonWorkingDays: Int
    /// The calendar that counts working days. Default: Monday–Friday less Danish public holidays.
    public let calendar: DanishCalendar

    /// Creates a policy; the defaults are Region Hovedstaden's.
    ///
    /// - Throws: `ValidationError` with code `careplan-policy.out-of-range`, naming the field, when
    ///   `maximumMonthsToNextMeeting` is not 1–60 or `dueSoonWorkingDays` not 0–260 (a year of working days).
    public init(
        maximumMonthsToNextMeeting: Int = 6,
        nextMeetingSource: SourceCitation = CarePlanPolicy.regionHovedstadenMeetingRule,
        dueSoonWorkingDays: Int = 10, calendar: DanishCalendar = .standard
    ) throws(ValidationError) {
        guard (1...60).contains(maximumMonthsToNextMeeting) else {
            throw ValidationError(
                field: "maximumMonthsToNextMeeting", code: "careplan-policy.out-of-range",
                rule: "The next meeting is due 1–60 months after a meeting",
                offendingValue: String(maximumMonthsToNextMeeting))
        }
        guard (0...260).contains(dueSoonWorkingDays) else {
            throw ValidationError(
                field: "dueSoonWorkingDays", code: "careplan-policy.out-of-range",
                rule: "A meeting is due soon 0–260 working days ahead", offendingValue: String(dueSoonWorkingDays))
        }
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
    public static let regionHovedstaden: CarePlanPolicy = {
        do {
            return try CarePlanPolicy()
        } catch {
            preconditionFailure("The default care-plan policy is invalid: \(error)")
        }
    }()

    /// The latest allowed day for the next meeting after a meeting on `date`.
    public func latestNextMeeting(after date: CalendarDate) -> CalendarDate {
        date.adding(months: maximumMonthsToNextMeeting)
    }

    private enum CodingKeys: String, CodingKey {
        case maximumMonthsToNextMeeting, nextMeetingSource, dueSoonWorkingDays, calendar
    }

    /// Decodes a policy through the validating initialiser; a missing value takes its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let months = try container.decodeIfPresent(Int.self, forKey: .maximumMonthsToNextMeeting) ?? 6
        let source =
            try container.decodeIfPresent(SourceCitation.self, forKey: .nextMeetingSource)
            ?? Self.regionHovedstadenMeetingRule
        let dueSoon = try container.decodeIfPresent(Int.self, forKey: .dueSoonWorkingDays) ?? 10
        let calendar = try container.decodeIfPresent(DanishCalendar.self, forKey: .calendar) ?? .standard
        self = try decoder.validating {
            try CarePlanPolicy(
                maximumMonthsToNextMeeting: months, nextMeetingSource: source, dueSoonWorkingDays: dueSoon,
                calendar: calendar)
        }
    }

    /// Encodes the policy.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(maximumMonthsToNextMeeting, forKey: .maximumMonthsToNextMeeting)
        try container.encode(nextMeetingSource, forKey: .nextMeetingSource)
        try container.encode(dueSoonWorkingDays, forKey: .dueSoonWorkingDays)
        try container.encode(calendar, forKey: .calendar)
    }
}
