import BrobyggerCore

/// An organisation taking part in a collaboration agreement, in a role.
public struct AgreementParty: Sendable, Hashable, Codable, Identifiable {
    /// The party's role.
    public var role: PartyRole
    /// The organisation, with its identifiers (SOR, GLN, CVR) and address.
    public var organisation: Organisation

    /// The organisation's identifier.
    public var id: Organisation.ID { organisation.id }

    /// Creates a party.
    public init(role: PartyRole, organisation: Organisation) {
        self.role = role
        self.organisation = organisation
    }
}
