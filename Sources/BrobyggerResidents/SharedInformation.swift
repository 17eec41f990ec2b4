import BrobyggerCore

/// A kind of information about a resident that consent to share can cover: which knowledge the resident accepts
/// that the partners share (VIVE 2023, afsnit 5.2.2.2).
///
/// Open: apps can name further kinds, kept as ``unrecognized(_:)``.
public enum SharedInformation: Sendable, Hashable, Codable, RawRepresentable, Comparable, CustomStringConvertible {
    /// The resident's goals and wishes, in their own words: `goals_and_wishes`.
    case goalsAndWishes
    /// Effort intensity and the criteria that triggered it: `effort_intensity`.
    case effortIntensity
    /// Psychiatric treatment and planned psychiatric interventions: `psychiatric_treatment`.
    case psychiatricTreatment
    /// Social support and planned social-psychiatric interventions: `social_support`.
    case socialSupport
    /// Admissions, discharges and follow-up after discharge: `admissions_and_discharges`.
    case admissionsAndDischarges
    /// Diagnoses: `diagnoses`.
    case diagnoses
    /// Medication: `medication`.
    case medication
    /// A kind this version does not know.
    case unrecognized(String)

    /// The known kinds.
    public static let known: [SharedInformation] = [
        .goalsAndWishes, .effortIntensity, .psychiatricTreatment, .socialSupport, .admissionsAndDischarges,
        .diagnoses, .medication,
    ]

    /// Creates a kind from its code; unknown codes become ``unrecognized(_:)``.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unrecognized(rawValue)
    }

    /// The code.
    public var rawValue: String {
        switch self {
        case .goalsAndWishes: "goals_and_wishes"
        case .effortIntensity: "effort_intensity"
        case .psychiatricTreatment: "psychiatric_treatment"
        case .socialSupport: "social_support"
        case .admissionsAndDischarges: "admissions_and_discharges"
        case .diagnoses: "diagnoses"
        case .medication: "medication"
        case .unrecognized(let code): code
        }
    }

    /// The code.
    public var description: String { rawValue }

    /// Orders kinds by code.
    public static func < (lhs: SharedInformation, rhs: SharedInformation) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes a kind from its code.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.decodeVocabularyCode())
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
