import BrobyggerCore
import BrobyggerResidents

/// A plan whose next coordination meeting needs attention: missing, overdue, or due within the working days asked
/// for.
public struct CarePlanMeetingDue: Sendable, Hashable, Codable {
    /// How urgent.
    public enum State: Sendable, Hashable, Codable {
        /// No next meeting is set.
        case missing
        /// The day has passed by this many calendar days.
        case overdue(days: Int)
        /// Due within this many working days (0: today).
        case dueSoon(workingDays: Int)
    }

    /// The plan.
    public let plan: CoordinatedCarePlan.ID
    /// The resident.
    public let resident: Resident.ID
    /// The coordinator.
    public let coordinator: CarePlanParty?
    /// The next meeting, if set.
    public let nextMeeting: CalendarDate?
    /// How urgent.
    public let state: State

    /// Creates an entry.
    public init(
        plan: CoordinatedCarePlan.ID, resident: Resident.ID, coordinator: CarePlanParty?, nextMeeting: CalendarDate?,
        state: State
    ) {
        self.plan = plan
        self.resident = resident
        self.coordinator = coordinator
        self.nextMeeting = nextMeeting
        self.state = state
    }
}
