import BrobyggerCore

/// Which of a cell's measures a rendering shows.
public enum RelationalCoordinationMeasure: Sendable, Hashable, Codable {
    /// The RC index (mean of the seven items).
    case index
    /// The communication sub-index (items 1–4).
    case communication
    /// The relationship sub-index (items 5–7).
    case relationship
    /// One dimension.
    case dimension(RelationalCoordinationDimension)

    /// The statistic this measure selects from `scores`.
    public func statistic(in scores: RelationalCoordinationScores) -> RelationalCoordinationStatistic {
        switch self {
        case .index: scores.index
        case .communication: scores.communication
        case .relationship: scores.relationship
        case .dimension(let dimension): scores[dimension]
        }
    }

    /// A label for the measure, using the caller's wording for dimensions when given.
    public func label(wording: RelationalCoordinationWording?) -> String {
        switch self {
        case .index: "RC index"
        case .communication: "Communication sub-index"
        case .relationship: "Relationship sub-index"
        case .dimension(let dimension): wording?.label(for: dimension) ?? dimension.name
        }
    }
}
