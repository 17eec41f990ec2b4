/// Which parties must sign an agreement made from a template.
public enum SignatureRule: Sendable, Hashable, Codable {
    /// The parties with these roles sign (the Region Hovedstaden template: the psychiatric centre and the facility,
    /// Erfaringsopsamling 2024, Bilag 2, “Underskrifter”).
    case roles([PartyRole])
    /// Every party signs (a citizen-level collaboration, where each actor commits to its part).
    case allParties

    /// Whether a party with `role` must sign.
    public func requiresSignature(from role: PartyRole) -> Bool {
        switch self {
        case .roles(let roles): roles.contains(role)
        case .allParties: true
        }
    }
}
