import BrobyggerCore

/// How intensely the facility and the outreach team work with a resident, scaled up and down as the resident's state
/// changes (Erfaringsopsamling 2024, afsnit 3.3; Bilag 2, “Ydelser”).
public enum EffortIntensity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Normal cadence: the team's fixed day(s) on site (Erfaringsopsamling 2024, Bilag 2, “Ydelser”).
    case normal
    /// Intensified effort (*intensiveret indsats*): several visits a week, psychologist or psychiatrist drawn in
    /// (Erfaringsopsamling 2024, afsnit 3.2.4; Bilag 2, “Ydelser”).
    case intensified

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .normal: "normal indsats"
        case .intensified: "intensiveret indsats"
        }
    }
}
