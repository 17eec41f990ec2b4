import BrobyggerCore

/// How intensely the facility and the outreach team work with a resident (DOMAIN.md §4).
public enum EffortIntensity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Normal cadence: the team's fixed day(s) on site (seed 001 l.1200).
    case normal
    /// Intensified effort (*intensiveret indsats*): several visits a week, psychologist or psychiatrist drawn in
    /// (seed 001 l.454–455, l.1207–1208).
    case intensified

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .normal: "normal indsats"
        case .intensified: "intensiveret indsats"
        }
    }
}
