/// An agreement made at a coordination meeting (*aftale*), which the resident helps approve (Erfaringsopsamling 2024,
/// afsnit 4.2.3).
///
/// Not to be confused with a collaboration agreement between a facility and its team.
public struct CarePlanAgreement: Sendable, Hashable, Codable {
    /// What was agreed.
    public var text: String
    /// Who follows it up, if anyone in particular.
    public var owner: CarePlanParty?
    /// Whether the resident approved it.
    public var approvedByResident: Bool

    /// Records an agreement.
    public init(text: String, owner: CarePlanParty? = nil, approvedByResident: Bool) {
        self.text = text
        self.owner = owner
        self.approvedByResident = approvedByResident
    }
}
