import BrobyggerCore
import BrobyggerResidents

/// Follow-up views over many coordinated care plans: which meetings are missing, overdue or due soon, which efforts
/// are overdue, and each resident's current plan.
///
/// Built once from the current versions of the plans (time linear in their number); each query is linear in the
/// plans in scope. Working days are counted with the policy's `DanishCalendar`.
public struct CarePlanFollowUp: Sendable {
    /// The plans that are not closed.
    public let openPlans: [CoordinatedCarePlan]
    /// The regional rules.
    public let policy: CarePlanPolicy
    private let currentByResident: [Resident.ID: Int]

    /// Indexes the current versions of plans; closed plans are left out.
    ///
    /// When a resident has several open plans, the one with the latest meeting (or, for drafts, the latest next
    /// meeting) counts as current.
    public init(plans: [CoordinatedCarePlan], policy: CarePlanPolicy = .regionHovedstaden) {
        let open = plans.filter { !$0.status.isClosed }
        var current: [Resident.ID: Int] = [:]
        for (index, plan) in open.enumerated() {
            if let existing = current[plan.resident], Self.recency(open[existing]) >= Self.recency(plan) { continue }
            current[plan.resident] = index
        }
        self.openPlans = open
        self.policy = policy
        self.currentByResident = current
    }

    /// Plans in scope whose next meeting is missing, overdue, or due within `workingDays` working days (default the
    /// policy's), most urgent first: missing, then overdue (longest first), then due soon (soonest first).
    public func meetingsDue(
        in scope: CarePlanFollowUpScope, asOf date: CalendarDate, withinWorkingDays workingDays: Int? = nil
    ) -> [CarePlanMeetingDue] {
        let horizon = policy.calendar.adding(workingDays: workingDays ?? policy.dueSoonWorkingDays, to: date)
        var result: [CarePlanMeetingDue] = []
        for plan in openPlans where scope.contains(plan) && plan.status.isInForce {
            let state: CarePlanMeetingDue.State
            if let next = plan.nextMeeting {
                if next < date {
                    state = .overdue(days: next.days(until: date))
                } else if next <= horizon {
                    state = .dueSoon(workingDays: policy.calendar.workingDays(from: date, to: next))
                } else {
                    continue
                }
            } else {
                state = .missing
            }
            result.append(
                CarePlanMeetingDue(
                    plan: plan.id, resident: plan.resident, coordinator: plan.coordinator,
                    nextMeeting: plan.nextMeeting, state: state))
        }
        return result.sorted { Self.urgency($0) < Self.urgency($1) }
    }

    /// Open efforts in scope past their due day, longest overdue first.
    public func overdueEfforts(in scope: CarePlanFollowUpScope, asOf date: CalendarDate) -> [CarePlanOverdueEffort] {
        var result: [CarePlanOverdueEffort] = []
        for plan in openPlans where scope.contains(plan) && plan.status.isInForce {
            for effort in plan.efforts where effort.isOverdue(on: date) {
                guard let due = effort.due else { continue }
                result.append(
                    CarePlanOverdueEffort(
                        plan: plan.id, resident: plan.resident, effort: effort, daysOverdue: due.days(until: date),
                        workingDaysOverdue: policy.calendar.workingDays(from: due, to: date)))
            }
        }
        return result.sorted { ($0.daysOverdue, $1.effort.title) > ($1.daysOverdue, $0.effort.title) }
    }

    /// Open efforts a party is responsible for in any plan, longest overdue first.
    public func overdueEfforts(responsible party: CarePlanParty, asOf date: CalendarDate) -> [CarePlanOverdueEffort] {
        openPlans.flatMap { plan in
            plan.efforts.compactMap { effort -> CarePlanOverdueEffort? in
                guard effort.isOverdue(on: date), let due = effort.due,
                    effort.responsible.contains(where: { $0.isSameParty(as: party) })
                else { return nil }
                return CarePlanOverdueEffort(
                    plan: plan.id, resident: plan.resident, effort: effort, daysOverdue: due.days(until: date),
                    workingDaysOverdue: policy.calendar.workingDays(from: due, to: date))
            }
        }.sorted { $0.daysOverdue > $1.daysOverdue }
    }

    /// The resident's current open plan, if any.
    public func currentPlan(of resident: Resident.ID) -> CoordinatedCarePlan? {
        currentByResident[resident].map { openPlans[$0] }
    }

    /// The resident's current plan merged with their row on an overview board built for the viewer.
    public func residentView(
        _ resident: Resident.ID, board: ResidentOverviewBoard?, asOf date: CalendarDate
    ) -> CarePlanResidentView {
        CarePlanResidentView(
            resident: resident, plan: currentPlan(of: resident),
            boardRow: board?.rows.first { $0.resident == resident }, on: date, policy: policy)
    }

    private static func recency(_ plan: CoordinatedCarePlan) -> Int {
        (plan.latestMeeting?.date ?? plan.nextMeeting)?.daysSinceEpoch ?? Int.min
    }

    private static func urgency(_ entry: CarePlanMeetingDue) -> (Int, Int, String) {
        switch entry.state {
        case .missing: (0, 0, entry.plan.storageKey)
        case .overdue(let days): (1, -days, entry.plan.storageKey)
        case .dueSoon(let days): (2, days, entry.plan.storageKey)
        }
    }
}
