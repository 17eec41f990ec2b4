import BrobyggerCore
import BrobyggerResidents

/// Which placements count as support under *serviceloven* afsnit V "because of reduced mental functioning" for the
/// mandatory group of psykiatriloven §13a stk. 1.
///
/// The exact range of afsnit V is unconfirmed (notes/legal.md §1, open item 8), so the qualifying provisions are
/// configuration. The default is the *botilbud* placements under serviceloven §107 and §108, every one of whose
/// residents is in the mandatory group (DOMAIN.md §6); add `.supportedSocialHousing` where the §85 support given
/// with almenboligloven §105 housing should count too.
public struct DischargeDeterminationPolicy: Sendable, Hashable, Codable {
    /// The placement bases that put a patient in the mandatory group. Default: §107 and §108.
    public var qualifyingPlacementBases: Set<FacilityLegalBasis>

    /// Creates a policy.
    public init(qualifyingPlacementBases: Set<FacilityLegalBasis> = [.temporaryStay, .longTermStay]) {
        self.qualifyingPlacementBases = qualifyingPlacementBases
    }

    /// The default: serviceloven §107 and §108.
    public static let standard = DischargeDeterminationPolicy()

    /// Encodes the policy with its placement bases in a fixed order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeInStableOrder(qualifyingPlacementBases, forKey: .qualifyingPlacementBases)
    }
}
