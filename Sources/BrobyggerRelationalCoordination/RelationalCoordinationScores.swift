import BrobyggerCore

/// The full set of measures for one cell: the RC index, the two sub-indices and each of the seven dimensions.
///
/// The index of one respondent's rating is the mean of their answered items, the communication sub-index the mean
/// of items 1–4 and the relationship sub-index the mean of items 5–7 (`RC_score`, `RC_com`, `RC_rel` in published
/// research code of the eliPfad study); a cell's value is the mean over the ratings that count under the
/// ``RelationalCoordinationMissingAnswerPolicy``.
public struct RelationalCoordinationScores: Sendable, Hashable, Codable {
    /// The relational-coordination index: the mean of the seven items.
    public let index: RelationalCoordinationStatistic
    /// The communication sub-index: items 1–4.
    public let communication: RelationalCoordinationStatistic
    /// The relationship sub-index: items 5–7.
    public let relationship: RelationalCoordinationStatistic
    /// One statistic per dimension, in dimension order.
    public let dimensions: [RelationalCoordinationStatistic]

    /// Creates a score set.
    /// - Throws: `ValidationError` unless there are exactly seven dimension statistics.
    public init(
        index: RelationalCoordinationStatistic,
        communication: RelationalCoordinationStatistic,
        relationship: RelationalCoordinationStatistic,
        dimensions: [RelationalCoordinationStatistic]
    ) throws(ValidationError) {
        guard dimensions.count == RelationalCoordinationDimension.allCases.count else {
            throw ValidationError(
                field: "dimensions", code: "rc.scores.dimension-count", rule: "Scores give all seven dimensions",
                offendingValue: String(dimensions.count))
        }
        self.index = index
        self.communication = communication
        self.relationship = relationship
        self.dimensions = dimensions
    }

    /// The statistic for `dimension`.
    public subscript(dimension: RelationalCoordinationDimension) -> RelationalCoordinationStatistic {
        dimensions[dimension.position]
    }

    private enum CodingKeys: String, CodingKey {
        case index
        case communication
        case relationship
        case dimensions
    }

    /// Decodes scores through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let index = try container.decode(RelationalCoordinationStatistic.self, forKey: .index)
        let communication = try container.decode(RelationalCoordinationStatistic.self, forKey: .communication)
        let relationship = try container.decode(RelationalCoordinationStatistic.self, forKey: .relationship)
        let dimensions = try container.decode([RelationalCoordinationStatistic].self, forKey: .dimensions)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(
                index: index, communication: communication, relationship: relationship, dimensions: dimensions)
        }
    }
}
