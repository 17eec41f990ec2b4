import BrobyggerCore

/// When the weekly resident-overview meeting (*beboeroverbliksmøde*) of a facility and its outreach team is held.
///
/// Region Hovedstaden's cross-sector collaboration model has team and facility staff meet every week, after the
/// pattern of F-ACT board meetings, on a shared resident-overview board (seed 000 l.138–146). The weekday and the
/// number of meetings a week are agreed locally in the collaboration agreement.
public struct OverviewMeetingSchedule: Sendable, Hashable, Codable {
    /// The weekday of the (first) overview meeting in a week.
    public var weekday: Weekday
    /// How many overview meetings are held a week; at least one (the model's meetings are weekly).
    public var meetingsPerWeek: Int

    /// Creates a schedule.
    ///
    /// - Throws: `ValidationError` with code `overview-meeting.frequency-out-of-range` when `meetingsPerWeek` is
    ///   below 1 or above 7: the model requires at least a weekly meeting (seed 000 l.141).
    public init(weekday: Weekday, meetingsPerWeek: Int = 1) throws(ValidationError) {
        guard (1...7).contains(meetingsPerWeek) else {
            throw ValidationError(
                field: "meetingsPerWeek", code: "overview-meeting.frequency-out-of-range",
                rule: "Overview meetings are held at least once and at most seven times a week",
                offendingValue: String(meetingsPerWeek))
        }
        self.weekday = weekday
        self.meetingsPerWeek = meetingsPerWeek
    }

    private enum CodingKeys: String, CodingKey {
        case weekday
        case meetingsPerWeek
    }

    /// Decodes a schedule through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                weekday: container.decode(Weekday.self, forKey: .weekday),
                meetingsPerWeek: container.decode(Int.self, forKey: .meetingsPerWeek))
        } catch let error as ValidationError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }
}

/// A source of the collaboration terms agreed between a facility and an outreach team, as the resident-overview
/// board needs them.
///
/// The board shows which residents currently meet the agreed criteria for joint intensified effort, and is reviewed
/// at the agreed overview meeting (seed 000 l.138–176). Those terms live in the collaboration agreement
/// (*samarbejdsaftale*) between the two parties; the board reads them through this protocol rather than keeping a
/// copy, so an amended or terminated agreement is reflected the day it takes effect.
public protocol CollaborationTermsProvider: Sendable {
    /// The intensified-effort criteria agreed between `facility` and `team` and in force on `date`; empty when none
    /// are agreed or no agreement is in force.
    func intensifiedEffortCriteria(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> [IntensifiedEffortCriterion]

    /// The overview-meeting schedule agreed between `facility` and `team` and in force on `date`, or `nil` when none
    /// is agreed or no agreement is in force.
    func overviewMeetingSchedule(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> OverviewMeetingSchedule?
}
