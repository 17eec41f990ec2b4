import BrobyggerCore

/// One respondent's scores for one relation, per dimension; dimensions left out were not answered.
public struct RelationalCapacityRating: Sendable, Hashable, Codable {
    /// One dimension's score.
    public struct Score: Sendable, Hashable, Codable {
        /// The dimension.
        public let dimension: RelationalCapacityDimension
        /// The score on the network's scale.
        public let value: Int

        /// Creates a score.
        public init(dimension: RelationalCapacityDimension, value: Int) {
            self.dimension = dimension
            self.value = value
        }
    }

    /// The relation rated.
    public let pair: RelationalCapacityPair
    /// The scores, at most one per dimension.
    public let scores: [Score]

    /// Creates a rating.
    /// - Throws: `ValidationError` when a dimension is scored twice.
    public init(pair: RelationalCapacityPair, scores: [Score]) throws(ValidationError) {
        var seen = Set<RelationalCapacityDimension>()
        for (index, score) in scores.enumerated() where !seen.insert(score.dimension).inserted {
            throw ValidationError(
                field: FieldPath("scores").appending(index: index), code: "rcap.rating.duplicate-dimension",
                rule: "A relation is scored once per dimension", offendingValue: score.dimension.rawValue)
        }
        self.pair = pair
        self.scores = scores
    }

    /// Creates a rating from a dictionary of scores.
    public init(pair: RelationalCapacityPair, scores: [RelationalCapacityDimension: Int]) {
        self.pair = pair
        self.scores = scores.sorted { $0.key < $1.key }.map { Score(dimension: $0.key, value: $0.value) }
    }

    /// The score for `dimension`, if answered.
    public subscript(dimension: RelationalCapacityDimension) -> Int? {
        scores.first { $0.dimension == dimension }?.value
    }

    private enum CodingKeys: String, CodingKey {
        case pair
        case scores
    }

    /// Decodes a rating through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let pair = try container.decode(RelationalCapacityPair.self, forKey: .pair)
        let scores = try container.decode([Score].self, forKey: .scores)
        self = try decoder.validating { () throws(ValidationError) in try Self(pair: pair, scores: scores) }
    }
}
