import BrobyggerCore

/// How many cells and aggregates a report withholds, and why.
public struct RelationalCoordinationSuppressionSummary: Sendable, Hashable, Codable {
    /// Tie cells withheld because they rest on fewer than *k* respondents.
    public let primaryTies: Int
    /// Tie cells withheld so that no withheld figure can be derived from the published ones.
    public let complementaryTies: Int
    /// Group and network aggregates withheld because they rest on fewer than *k* respondents.
    public let primaryAggregates: Int
    /// Group and network aggregates withheld so that no withheld figure (a tie, another aggregate or a respondent
    /// count) can be derived from the published ones.
    public let complementaryAggregates: Int

    /// Creates a summary.
    public init(primaryTies: Int, complementaryTies: Int, primaryAggregates: Int, complementaryAggregates: Int) {
        self.primaryTies = primaryTies
        self.complementaryTies = complementaryTies
        self.primaryAggregates = primaryAggregates
        self.complementaryAggregates = complementaryAggregates
    }

    /// Whether anything is withheld.
    public var isEmpty: Bool {
        primaryTies + complementaryTies + primaryAggregates + complementaryAggregates == 0
    }
}
