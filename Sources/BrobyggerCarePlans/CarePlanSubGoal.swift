import BrobyggerCore

/// A prioritised sub-goal (*delmål*) towards a shared goal: what to solve first (VIVE 2023, afsnit 5.1.2.2 og 5.1.2.3).
public struct CarePlanSubGoal: Identifiable, Sendable, Hashable, Codable {
    /// The sub-goal's identifier, stable across revisions.
    public typealias ID = Identifier<CarePlanSubGoal>
    /// The identifier.
    public let id: ID
    /// The sub-goal in words.
    public var text: String
    /// The priority, 1 first; the plan keeps sub-goals ordered by it.
    public var priority: Int
    /// The shared goal it serves, if any.
    public var goal: CarePlanGoal.ID?

    /// Creates a sub-goal.
    public init(id: ID, text: String, priority: Int, goal: CarePlanGoal.ID? = nil) {
        self.id = id
        self.text = text
        self.priority = priority
        self.goal = goal
    }
}
