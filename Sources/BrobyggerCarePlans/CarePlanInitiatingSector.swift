/// The sector that started a coordinated care plan.
///
/// Any party may start one: "Både den regionale psykiatri og botilbuddene kan tage initiativ til" (Erfaringsopsamling
/// 2024, afsnit 4.2.3); "Både psykiatri og misbrugsbehandling kan starte en koordinerende indsatsplan op" (Region
/// Hovedstaden), unlike discharge agreements and coordination plans, which psychiatry starts.
public enum CarePlanInitiatingSector: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Regional psychiatry (ward, outpatient clinic, outreach team).
    case psychiatry
    /// Addiction treatment (*misbrugsbehandling*).
    case addictionTreatment = "addiction_treatment"
    /// The residential facility (*botilbud*).
    case facility
    /// The municipality (case work, jobcentre).
    case municipality
    /// Any other party.
    case other

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .psychiatry: "psykiatrien"
        case .addictionTreatment: "misbrugsbehandlingen"
        case .facility: "botilbuddet"
        case .municipality: "kommunen"
        case .other: "anden part"
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
