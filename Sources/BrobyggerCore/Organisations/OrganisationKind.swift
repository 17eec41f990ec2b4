/// What kind of organisation takes part in a resident's care (a project vocabulary, with ``other`` for the rest).
///
/// Written as the tokens of the `organisations.csv` interchange format (`psychiatric_centre`, `facility` …).
public enum OrganisationKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Psychiatric centre (*psykiatrisk center*), regional.
    case psychiatricCentre = "psychiatric_centre"
    /// Ward (*sengeafsnit*), part of a psychiatric centre; its senior consultant is responsible for discharge
    /// agreements.
    case ward
    /// Outpatient clinic (*ambulatorium*, district psychiatry).
    case outpatientClinic = "outpatient_clinic"
    /// Psychiatric outreach team serving residential facilities (*botilbudsteam*).
    case outreachTeam = "outreach_team"
    /// Social-psychiatric residential facility (*botilbud*).
    case residentialFacility = "facility"
    /// Municipality (*kommune*).
    case municipality
    /// Region (*region*).
    case region
    /// General practice (*almen praksis*, *egen læge*).
    case gpPractice = "gp"
    /// Addiction treatment (*misbrugsbehandling*).
    case addictionTreatment = "addiction_treatment"
    /// Jobcentre (*jobcenter*).
    case jobcentre
    /// Any other organisation.
    case other

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .psychiatricCentre: "psykiatrisk center"
        case .ward: "sengeafsnit"
        case .outpatientClinic: "ambulatorium"
        case .outreachTeam: "botilbudsteam"
        case .residentialFacility: "botilbud"
        case .municipality: "kommune"
        case .region: "region"
        case .gpPractice: "almen praksis"
        case .addictionTreatment: "misbrugsbehandling"
        case .jobcentre: "jobcenter"
        case .other: "anden organisation"
        }
    }

    /// Whether the organisation belongs to the regional health sector (psychiatry, general practice).
    public var isHealthSector: Bool {
        switch self {
        case .psychiatricCentre, .ward, .outpatientClinic, .outreachTeam, .region, .gpPractice: true
        case .residentialFacility, .municipality, .addictionTreatment, .jobcentre, .other: false
        }
    }

    /// The token written in files and JSON.
    public var description: String { rawValue }
}
