import BrobyggerCore
import BrobyggerResidents

/// One resident's coordination at a glance: the current plan merged with the resident's row on the weekly
/// resident-overview board, and the plan's findings.
///
/// The board row is the one built for the viewer (so consent has already decided its cells); the plan is the one
/// the viewer may see.
public struct CarePlanResidentView: Sendable, Hashable, Codable {
    /// The resident.
    public let resident: Resident.ID
    /// The current plan, if the resident has one in force or in draft.
    public let plan: CoordinatedCarePlan?
    /// The resident's row on the overview board this week, if the resident is on the board.
    public let boardRow: ResidentOverviewBoard.Row?
    /// The plan's findings on the day.
    public let findings: ValidationReport
    /// The resident's goals and wishes: the plan's own words of the resident first, then the board's.
    public let goalsAndWishes: [String]
    /// The open efforts of the plan.
    public let openEfforts: [CarePlanEffort]
    /// The interventions planned for the week (social-psychiatric, then psychiatric) that the viewer may see.
    public let interventionsThisWeek: [PlannedIntervention]

    /// Merges a plan and a board row.
    ///
    /// - Parameters:
    ///   - resident: The resident.
    ///   - plan: The resident's current plan, if any.
    ///   - boardRow: The resident's row on the viewer's board, if any.
    ///   - date: The day findings are judged on.
    ///   - policy: The regional rules.
    public init(
        resident: Resident.ID, plan: CoordinatedCarePlan?, boardRow: ResidentOverviewBoard.Row?, on date: CalendarDate,
        policy: CarePlanPolicy = .regionHovedstaden
    ) {
        self.resident = resident
        self.plan = plan
        self.boardRow = boardRow
        self.findings = plan?.validate(on: date, policy: policy) ?? ValidationReport()
        var words = (plan?.residentVoice.wishesAndDreams ?? []) + (plan?.residentVoice.personalStatements ?? [])
        for text in boardRow?.goalsAndWishes ?? [] where !words.contains(text) { words.append(text) }
        self.goalsAndWishes = words
        self.openEfforts = plan?.openEfforts ?? []
        self.interventionsThisWeek =
            (boardRow?.socialPsychiatricInterventions ?? []) + (boardRow?.psychiatricInterventions ?? [])
    }
}
