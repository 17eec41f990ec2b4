import BrobyggerCore
import BrobyggerResidents

/// An open effort past its due day, with the plan and the party responsible.
public struct CarePlanOverdueEffort: Sendable, Hashable, Codable {
    /// The plan.
    public let plan: CoordinatedCarePlan.ID
    /// The resident.
    public let resident: Resident.ID
    /// The effort.
    public let effort: CarePlanEffort
    /// Calendar days past due.
    public let daysOverdue: Int
    /// Working days past due.
    public let workingDaysOverdue: Int

    /// Creates an entry.
    public init(
        plan: CoordinatedCarePlan.ID, resident: Resident.ID, effort: CarePlanEffort, daysOverdue: Int,
        workingDaysOverdue: Int
    ) {
        self.plan = plan
        self.resident = resident
        self.effort = effort
        self.daysOverdue = daysOverdue
        self.workingDaysOverdue = workingDaysOverdue
    }
}
