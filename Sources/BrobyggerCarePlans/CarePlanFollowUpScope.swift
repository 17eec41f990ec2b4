import BrobyggerCore
import BrobyggerResidents

/// Whose plans a follow-up view covers.
public enum CarePlanFollowUpScope: Sendable, Hashable, Codable {
    /// The plans a professional coordinates.
    case coordinator(Professional.ID)
    /// The plans whose coordinator acts for an organisation (a ward, the municipality, a facility).
    case coordinatingOrganisation(Organisation.ID)
    /// The plans of an outreach team's residents.
    case team(OutreachTeam.ID)
    /// The plans of a facility's residents.
    case facility(ResidentialFacility.ID)
    /// Every plan: a region's or the whole store's view.
    case all

    /// Whether a plan falls in the scope.
    public func contains(_ plan: CoordinatedCarePlan) -> Bool {
        switch self {
        case .coordinator(let professional): plan.coordinator?.professional == professional
        case .coordinatingOrganisation(let organisation): plan.coordinator?.organisation?.id == organisation
        case .team(let team): plan.team == team
        case .facility(let facility): plan.facility == facility
        case .all: true
        }
    }
}
