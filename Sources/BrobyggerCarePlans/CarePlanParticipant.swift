/// A participant in a coordination meeting: the party, the role they have in the resident's care, and whether they
/// were present.
public struct CarePlanParticipant: Sendable, Hashable, Codable {
    /// Who.
    public var party: CarePlanParty
    /// The role, in Danish as the parties say it, e.g. "socialrådgiver", "misbrugskonsulent".
    public var role: String
    /// Whether they were present at the meeting.
    public var present: Bool

    /// Creates a participant.
    public init(party: CarePlanParty, role: String, present: Bool) {
        self.party = party
        self.role = role
        self.present = present
    }
}
