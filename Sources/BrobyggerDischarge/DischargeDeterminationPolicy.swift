import BrobyggerCore
import BrobyggerResidents

/// Which placements count as support under *serviceloven* afsnit V "because of reduced mental functioning" for the
/// mandatory group of psykiatriloven §13a stk. 1.
///
/// Afsnit V of serviceloven (*særlige indsatser for voksne*) opens with §81 and includes §85 (socio-pedagogical
/// support, *socialpædagogisk støtte*) as well as §107 (temporary stay) and §108 (long-term stay). Every *botilbud*
/// resident therefore receives afsnit V support: the residents of a §107 or §108 facility, and the residents of
/// *almenboligloven* §105 housing, whose support is given under serviceloven §85 (§105 housing "med støtte efter
/// serviceloven": Region Hovedstadens Psykiatri, “Målgruppe”). The default
/// counts all three. The exact range of afsnit V beyond these provisions is not confirmed, so the qualifying
/// provisions stay configuration: a region that judges otherwise narrows or widens the set.
///
/// The support is judged as it stands at discharge: a placement in force on any day of the stay counts, including
/// one that starts during the stay (the resident is discharged to the facility and needs the agreement most).
public struct DischargeDeterminationPolicy: Sendable, Hashable, Codable {
    /// The placement bases that put a patient in the mandatory group. Default: serviceloven §107, §108 and
    /// almenboligloven §105 with serviceloven §85.
    public var qualifyingPlacementBases: Set<FacilityLegalBasis>

    /// Creates a policy.
    public init(qualifyingPlacementBases: Set<FacilityLegalBasis> = Self.afsnitVPlacementBases) {
        self.qualifyingPlacementBases = qualifyingPlacementBases
    }

    /// The placement bases whose support is given under serviceloven afsnit V: §107, §108, and almenboligloven §105
    /// housing with support under serviceloven §85.
    public static let afsnitVPlacementBases: Set<FacilityLegalBasis> = [
        .temporaryStay, .longTermStay, .supportedSocialHousing,
    ]

    /// The default: every *botilbud* placement, serviceloven §107 and §108 and almenboligloven §105 with §85
    /// (psykiatriloven §13a stk. 1; serviceloven afsnit V).
    public static let standard = DischargeDeterminationPolicy()

    /// Encodes the policy with its placement bases in a fixed order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeInStableOrder(qualifyingPlacementBases, forKey: .qualifyingPlacementBases)
    }
}
