import BrobyggerCore

/// The legal basis of a residential facility or a placement on it (serviceloven §107 and §108, almenboligloven §105;
/// each case names its paragraph).
public enum FacilityLegalBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// Temporary stay (*midlertidigt ophold*), serviceloven §107: `sel107`.
    case temporaryStay = "sel107"
    /// Long-term stay (*længerevarende ophold*), serviceloven §108: `sel108`.
    case longTermStay = "sel108"
    /// Social housing with support (*almen bolig med støtte*), almenboligloven §105 with serviceloven §85: `abl105`.
    case supportedSocialHousing = "abl105"

    /// The statute paragraph.
    public var statute: String {
        switch self {
        case .temporaryStay: "serviceloven §107"
        case .longTermStay: "serviceloven §108"
        case .supportedSocialHousing: "almenboligloven §105 med serviceloven §85"
        }
    }

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .temporaryStay: "midlertidigt ophold"
        case .longTermStay: "længerevarende ophold"
        case .supportedSocialHousing: "almen bolig med socialpædagogisk støtte"
        }
    }
}
