import BrobyggerCore

/// The weekly resident-overview board (*beboeroverblikstavle*) of one facility and its outreach team.
///
/// Modelled on F-ACT boards and tested in Region Hovedstaden's cross-sector project (Region Hovedstadens Psykiatri, “A.
/// Fælles beboeroverbliksmøder”): at the weekly resident-overview meeting, team and facility staff look at the shared
/// residents who are on intensified effort or currently meet the agreed criteria, with fixed columns: the resident's
/// goals and wishes, the criteria that trigger intensified effort, the planned social-psychiatric and psychiatric
/// interventions for the week, and who does them with whom. This board adds the open follow-ups after discharge.
///
/// A board is built for one viewer: every cell recorded by the other party appears only when the resident's
/// consent to share allows it (``ConsentToShare``); otherwise the cell is `nil` and its category is listed in
/// ``Row/withheld``. Build boards with ``ResidentOverviewRecords/board(facility:team:week:viewer:terms:asOf:)``.
public struct ResidentOverviewBoard: Sendable, Hashable, Codable {
    /// One resident's row.
    public struct Row: Sendable, Hashable, Codable {
        /// The resident.
        public var resident: Resident.ID
        /// The resident's name.
        public var name: PersonName
        /// `.intensified` when the resident is on intensified effort on any day of the week, otherwise `.normal`.
        public var intensity: EffortIntensity
        /// The agreed criteria met or triggering intensified effort during the week that the viewer may see.
        public var criteria: [IntensifiedEffortCriterion]
        /// The most acute of ``criteria``.
        public var acuity: IntensifiedEffortCriterion.Acuity?
        /// The resident's goals and wishes, or `nil` when none are recorded or they are withheld.
        public var goalsAndWishes: [String]?
        /// The social-psychiatric interventions planned for the week, or `nil` when withheld.
        public var socialPsychiatricInterventions: [PlannedIntervention]?
        /// The psychiatric interventions planned for the week, or `nil` when withheld.
        public var psychiatricInterventions: [PlannedIntervention]?
        /// Follow-ups after discharge still outstanding, or `nil` when withheld.
        public var openFollowUps: [FollowUpAfterDischarge]?
        /// The categories of information the viewer may not see in this row.
        public var withheld: Set<SharedInformation>
    }

    /// The facility.
    public var facility: ResidentialFacility.ID
    /// The outreach team.
    public var team: OutreachTeam.ID
    /// The week.
    public var week: ISOWeek
    /// The agreed overview-meeting schedule, if any.
    public var meetingSchedule: OverviewMeetingSchedule?
    /// The criteria agreed between facility and team.
    public var criteria: [IntensifiedEffortCriterion]
    /// The rows: acute before sub-acute, then by name.
    public var rows: [Row]
    /// Residents on the board the viewer may not see at all.
    public var withheldRowCount: Int
    /// Findings, e.g. a criterion code that is not among the agreed criteria.
    public var findings: ValidationReport

    /// The meeting dates in the week, from the schedule (consecutive weekdays from the agreed one).
    public var meetingDates: [CalendarDate] {
        guard let schedule = meetingSchedule else { return [] }
        let first = week.monday.adding(days: schedule.weekday.rawValue - 1)
        return (0..<schedule.meetingsPerWeek).map { first.adding(days: $0) }.filter { $0 <= week.sunday }
    }
}
