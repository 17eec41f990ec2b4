import BrobyggerCore

/// An effort (*indsats*) agreed in the plan: what is done, towards which goal, by whom, and when.
///
/// Each effort has exactly one responsible party (Region Hovedstaden: *"I udpeger en ansvarlig for hver
/// indsats"*). The list allows none or several so that an incomplete plan can still be recorded; validation reports
/// it (`careplan.effort-responsible-missing`, `careplan.effort-responsible-several`).
public struct CarePlanEffort: Identifiable, Sendable, Hashable, Codable {
    /// The effort's identifier, stable across revisions so that a diff can say what moved.
    public typealias ID = Identifier<CarePlanEffort>
    /// The identifier.
    public let id: ID
    /// What is done, e.g. "Misbrugsbehandling".
    public var title: String
    /// The effort's own goal.
    public var goal: String
    /// The sub-goal it serves, if any.
    public var subGoal: CarePlanSubGoal.ID?
    /// The area of life it addresses.
    public var domain: LifeDomain?
    /// The responsible party; exactly one is expected.
    public var responsible: [CarePlanParty]
    /// The first day; change it with ``rescheduled(start:due:)``, which keeps it before the due day.
    public private(set) var start: CalendarDate?
    /// The day it is due; change it with ``rescheduled(start:due:)``.
    public private(set) var due: CalendarDate?
    /// Where it stands.
    public var status: CarePlanEffortStatus

    /// Creates an effort.
    ///
    /// - Throws: `ValidationError` with code `careplan.effort-title-empty` for a blank title, or
    ///   `careplan.effort-due-before-start` when it is due before it starts.
    public init(
        id: ID, title: String, goal: String, subGoal: CarePlanSubGoal.ID? = nil, domain: LifeDomain? = nil,
        responsible: [CarePlanParty], start: CalendarDate? = nil, due: CalendarDate? = nil,
        status: CarePlanEffortStatus = .planned
    ) throws(ValidationError) {
        guard !title.isBlank else {
            throw ValidationError(field: "title", code: "careplan.effort-title-empty", rule: "an effort has a title")
        }
        if let start, let due, due < start {
            throw ValidationError(
                field: "due", code: "careplan.effort-due-before-start", rule: "an effort is due on or after its start",
                offendingValue: due.iso8601)
        }
        self.id = id
        self.title = title
        self.goal = goal
        self.subGoal = subGoal
        self.domain = domain
        self.responsible = responsible
        self.start = start
        self.due = due
        self.status = status
    }

    /// The effort with new start and due days.
    ///
    /// - Throws: `ValidationError` with code `careplan.effort-due-before-start` when it would be due before it
    ///   starts.
    public func rescheduled(start: CalendarDate?, due: CalendarDate?) throws(ValidationError) -> CarePlanEffort {
        try CarePlanEffort(
            id: id, title: title, goal: goal, subGoal: subGoal, domain: domain, responsible: responsible, start: start,
            due: due, status: status)
    }

    /// Whether the effort is open and its due day has passed on `date`.
    public func isOverdue(on date: CalendarDate) -> Bool {
        guard status.isOpen, let due else { return false }
        return due < date
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, goal, subGoal, domain, responsible, start, due, status
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(ID.self, forKey: .id)
        let title = try c.decode(String.self, forKey: .title)
        let goal = try c.decode(String.self, forKey: .goal)
        let subGoal = try c.decodeIfPresent(CarePlanSubGoal.ID.self, forKey: .subGoal)
        let domain = try c.decodeIfPresent(LifeDomain.self, forKey: .domain)
        let responsible = try c.decode([CarePlanParty].self, forKey: .responsible)
        let start = try c.decodeIfPresent(CalendarDate.self, forKey: .start)
        let due = try c.decodeIfPresent(CalendarDate.self, forKey: .due)
        let status = try c.decode(CarePlanEffortStatus.self, forKey: .status)
        self = try decoder.validating {
            try CarePlanEffort(
                id: id, title: title, goal: goal, subGoal: subGoal, domain: domain, responsible: responsible,
                start: start, due: due, status: status)
        }
    }
}
