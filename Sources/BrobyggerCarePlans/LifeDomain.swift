/// An area of life in which a resident's current challenges are described. Region Hovedstaden's preparation list
/// names psychiatric disorder, misuse, housing, finances and employment (Region Hovedstaden, koordinerende
/// indsatsplaner: Hvad skal jeg bede deltagerne om at forberede); physical health, daily life and network are
/// project additions.
public enum LifeDomain: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Psychiatric illness and symptoms.
    case psychiatric
    /// Substance use (*rusmidler*, *misbrug*).
    case substanceUse = "substance_use"
    /// Physical health.
    case physicalHealth = "physical_health"
    /// Housing (*bolig*).
    case housing
    /// Finances (*økonomi*).
    case finances
    /// Employment or education (*beskæftigelse*, *uddannelse*).
    case employmentEducation = "employment_education"
    /// Daily life (*hverdagsliv*).
    case dailyLife = "daily_life"
    /// Network and relationships (*netværk*).
    case network

    /// The Danish heading.
    public var danishName: String {
        switch self {
        case .psychiatric: "Psykisk lidelse"
        case .substanceUse: "Rusmidler"
        case .physicalHealth: "Fysisk helbred"
        case .housing: "Bolig"
        case .finances: "Økonomi"
        case .employmentEducation: "Beskæftigelse og uddannelse"
        case .dailyLife: "Hverdagsliv"
        case .network: "Netværk"
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
