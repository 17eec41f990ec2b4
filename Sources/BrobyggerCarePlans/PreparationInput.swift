/// A participant's preparation for a coordination meeting: a short status and goal for their own effort (Region
/// Hovedstaden: *Hvad skal jeg bede deltagerne om at forberede*).
///
/// A professional who cannot attend sends the input to the coordinator (*koordinator*), and the meeting leader
/// presents it.
public struct PreparationInput: Sendable, Hashable, Codable {
    /// How the input reached the meeting.
    public enum Delivery: Sendable, Hashable, Codable {
        /// Brought to the meeting by the participant.
        case inPerson
        /// Sent to the coordinator by a participant who could not attend.
        case viaCoordinator
    }

    /// Who prepared it.
    public var from: CarePlanParty
    /// The current status of their effort.
    public var status: String
    /// The goal for their effort.
    public var goal: String
    /// How it reached the meeting.
    public var delivery: Delivery

    /// Records an input.
    public init(from: CarePlanParty, status: String, goal: String, delivery: Delivery = .inPerson) {
        self.from = from
        self.status = status
        self.goal = goal
        self.delivery = delivery
    }
}
