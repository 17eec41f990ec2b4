import BrobyggerCore

/// Who rates whom in a survey.
///
/// The usual design asks every workgroup about every workgroup, its own included (the diagonal gives the
/// within-group ties). Some surveys leave ties out, for example when the residents are asked about the
/// professional groups but no professional group rates the residents.
public enum RelationalCoordinationRatingPlan: Sendable, Hashable, Codable {
    /// Every group rates every group; `includingOwnGroup` says whether each also rates itself.
    case everyGroupRatesEveryGroup(includingOwnGroup: Bool)
    /// Only the listed ties are asked.
    case explicit([RelationalCoordinationTie])

    /// Whether the plan asks `rater` about `rated`.
    public func includes(_ tie: RelationalCoordinationTie) -> Bool {
        switch self {
        case .everyGroupRatesEveryGroup(let includingOwnGroup): includingOwnGroup || !tie.isWithinGroup
        case .explicit(let ties): ties.contains(tie)
        }
    }
}
