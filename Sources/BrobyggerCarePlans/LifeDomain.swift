/// An area of life in which a resident's current challenges are described (DOMAIN.md §7; Region Hovedstaden's
/// preparation list: psychiatric disorder, misuse, housing, finances, employment).
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
