import BrobyggerCore

/// When the weekly resident-overview meeting (*beboeroverbliksmøde*) takes place for one facility and its team.
///
/// Region Hovedstadens Psykiatri, “A. Fælles beboeroverbliksmøder” describes a weekly meeting of team and facility
/// staff; the weekday and how often it meets are agreed locally, typically in the collaboration agreement.
public struct OverviewMeetingSchedule: Sendable, Hashable, Codable {
    /// The weekday of the (first) meeting in a week.
    public let weekday: Weekday
    /// How many times a week the parties meet; 1–7.
    public let meetingsPerWeek: Int

    /// Creates a schedule.
    ///
    /// - Throws: `ValidationError` when `meetingsPerWeek` is below 1 or above 7.
    public init(weekday: Weekday, meetingsPerWeek: Int = 1) throws(ValidationError) {
        guard (1...7).contains(meetingsPerWeek) else {
            throw ValidationError(
                field: "meetingsPerWeek", code: "overview-meeting.frequency-out-of-range",
                rule: "An overview meeting is held 1–7 times a week", offendingValue: String(meetingsPerWeek))
        }
        self.weekday = weekday
        self.meetingsPerWeek = meetingsPerWeek
    }

    private enum CodingKeys: String, CodingKey {
        case weekday, meetingsPerWeek
    }

    /// Decodes a schedule through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let weekday = try container.decode(Weekday.self, forKey: .weekday)
        let meetings = try container.decode(Int.self, forKey: .meetingsPerWeek)
        self = try decoder.validating { try OverviewMeetingSchedule(weekday: weekday, meetingsPerWeek: meetings) }
    }

    /// Encodes the schedule.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weekday, forKey: .weekday)
        try container.encode(meetingsPerWeek, forKey: .meetingsPerWeek)
    }
}

/// A source of the terms a facility and its outreach team agreed for working together on shared residents.
///
/// The resident-overview board needs the locally agreed criteria for joint intensified effort and the weekly
/// meeting schedule (Region Hovedstadens Psykiatri, “A. Fælles beboeroverbliksmøder”). Those terms live in the
/// collaboration agreement (*samarbejdsaftale*), which another module models; it conforms to this protocol so the board
/// does not depend on it. Apps and tests can use the plain value ``StaticCollaborationTerms``.
public protocol CollaborationTermsProvider: Sendable {
    /// The criteria for joint intensified effort in force between the facility and the team on a date.
    func intensifiedEffortCriteria(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> [IntensifiedEffortCriterion]

    /// The schedule of the weekly resident-overview meeting in force on a date, or `nil` when none is agreed.
    func overviewMeetingSchedule(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> OverviewMeetingSchedule?
}
