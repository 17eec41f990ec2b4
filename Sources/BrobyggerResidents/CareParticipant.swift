import BrobyggerCore

/// Someone who carries out, or takes part in, an intervention: who does it with whom (Region Hovedstadens Psykiatri,
/// “A. Fælles beboeroverbliksmøder”).
public enum CareParticipant: Sendable, Hashable, Codable {
    /// A named professional.
    case professional(Professional.ID)
    /// An organisation as a whole (the facility's staff, the team).
    case organisation(Organisation.ID)
    /// One of the resident's relatives.
    case relative(Relative.ID)
    /// The resident.
    case resident
    /// Someone outside the model, by description (e.g. "misbrugskonsulent").
    case described(String)
}
