import BrobyggerCore

/// Whose indicators: a facility, an outreach team, a municipality or a region.
public enum IndicatorScope: Sendable, Hashable, Codable {
    /// Residents placed on the facility.
    case facility(ResidentialFacility.ID)
    /// Residents placed on facilities the team serves, and the team's own contacts.
    case team(OutreachTeam.ID)
    /// Residents whose acting municipality it is.
    case municipality(MunicipalityCode)
    /// Residents whose acting municipality lies in the region.
    case region(Region)
}
