/// The kind of a local supplement (*lokalt tillæg*) to a collaboration agreement.
///
/// Many outreach teams add to the Region Hovedstaden template concrete descriptions of contact routines, when the
/// team comes to the facility, points of attention, the facility's rules and routines, and how medication is
/// ordered (Erfaringsopsamling 2024, Bilag 2). An open enum: kinds the library does not know round-trip unchanged.
public enum LocalSupplementKind: Sendable, Hashable, Codable, CaseIterable {
    /// Routines for contact (*arbejdsgange for kontakt*).
    case contactRoutines
    /// When the team comes to the facility (*hvornår botilbudsteamet konkret kommer*).
    case visitSchedule
    /// Points of attention (*opmærksomhedspunkter*).
    case pointsOfAttention
    /// The facility's rules and routines (*regler og arbejdsgange på botilbuddet*).
    case facilityRules
    /// Medication ordering (*medicinbestilling*).
    case medicationOrdering
    /// A kind this version of the library does not know, with its code.
    case unrecognized(String)

    /// The kinds the library knows, in the order the source lists them.
    public static let allCases: [LocalSupplementKind] = [
        .contactRoutines, .visitSchedule, .pointsOfAttention, .facilityRules, .medicationOrdering,
    ]

    /// The stable code.
    public var code: String {
        switch self {
        case .contactRoutines: "contact-routines"
        case .visitSchedule: "visit-schedule"
        case .pointsOfAttention: "points-of-attention"
        case .facilityRules: "facility-rules"
        case .medicationOrdering: "medication-ordering"
        case .unrecognized(let code): code
        }
    }

    /// The kind with `code`; unknown codes become ``unrecognized(_:)``.
    public init(code: String) {
        self = Self.allCases.first { $0.code == code } ?? .unrecognized(code)
    }

    /// The kind's heading in `language`.
    public func name(in language: AgreementLanguage) -> String {
        switch (self, language) {
        case (.contactRoutines, .danish): "Arbejdsgange for kontakt"
        case (.contactRoutines, .english): "Contact routines"
        case (.visitSchedule, .danish): "Hvornår botilbudsteamet kommer"
        case (.visitSchedule, .english): "When the outreach team comes"
        case (.pointsOfAttention, .danish): "Opmærksomhedspunkter"
        case (.pointsOfAttention, .english): "Points of attention"
        case (.facilityRules, .danish): "Regler og arbejdsgange på botilbuddet"
        case (.facilityRules, .english): "The facility's rules and routines"
        case (.medicationOrdering, .danish): "Medicinbestilling"
        case (.medicationOrdering, .english): "Medication ordering"
        case (.unrecognized(let code), _): code
        }
    }

    /// Decodes the kind from its code.
    public init(from decoder: any Decoder) throws {
        self.init(code: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the kind as its code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
