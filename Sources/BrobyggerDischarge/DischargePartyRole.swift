/// The role a party plays in a discharge agreement or plan (psykiatriloven §13a–§13b): the patient, the psychiatric
/// department, or one of "de relevante myndigheder, privatpraktiserende sundhedspersoner m.fl." (psykiatriloven §13a
/// stk. 1).
///
/// An open code: unknown roles decode as ``unrecognized(_:)`` and round-trip losslessly.
public enum DischargePartyRole: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
    /// The patient (agreements only).
    case patient
    /// The psychiatric department (*den psykiatriske afdeling*).
    case psychiatricDepartment
    /// The municipality (*kommune*, *handlekommune*).
    case municipality
    /// The general practitioner (*egen læge*).
    case generalPractitioner
    /// A practising specialist (*speciallæge*).
    case specialist
    /// The residential facility (*botilbud*).
    case residentialFacility
    /// The outreach team (*botilbudsteam*).
    case outreachTeam
    /// Addiction treatment (*misbrugsbehandling*).
    case addictionTreatment
    /// The jobcentre (*jobcenter*).
    case jobcentre
    /// A role this version does not know.
    case unrecognized(String)

    /// The roles this version knows.
    public static let known: [DischargePartyRole] = [
        .patient, .psychiatricDepartment, .municipality, .generalPractitioner, .specialist, .residentialFacility,
        .outreachTeam, .addictionTreatment, .jobcentre,
    ]

    /// Reads a code.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unrecognized(rawValue)
    }

    /// The code.
    public var rawValue: String {
        switch self {
        case .patient: "patient"
        case .psychiatricDepartment: "psychiatric_department"
        case .municipality: "municipality"
        case .generalPractitioner: "gp"
        case .specialist: "specialist"
        case .residentialFacility: "facility"
        case .outreachTeam: "outreach_team"
        case .addictionTreatment: "addiction_treatment"
        case .jobcentre: "jobcentre"
        case .unrecognized(let code): code
        }
    }

    /// Whether the party is one of the relevant authorities or practitioners the law requires besides the patient
    /// and the department.
    public var isAuthorityOrPractitioner: Bool {
        switch self {
        case .patient, .psychiatricDepartment: false
        default: true
        }
    }

    /// The code.
    public var description: String { rawValue }

    /// Decodes the code.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
