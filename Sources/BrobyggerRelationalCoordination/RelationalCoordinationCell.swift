import BrobyggerCore

/// One published value of a relational-coordination report (a tie, a group aggregate or a network aggregate):
/// its scores, or why they are withheld.
///
/// Cells resting on fewer than *k* respondents are withheld (*primary suppression*), and so are enough other ties and
/// aggregates that no withheld value, and no count below *k*, can be derived by any linear combination of the
/// figures the report shows, respondent counts included (*complementary suppression*; see the article "Relational
/// coordination scoring method"). A withheld cell shows neither its scores nor its *n*.
public struct RelationalCoordinationCell: Sendable, Hashable, Codable {
    /// Whether the cell's values are shown.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Shown.
        case published
        /// Withheld: fewer than *k* respondents, or a measure with fewer than *k* observations.
        case suppressedBelowMinimum = "suppressed-below-minimum"
        /// Withheld so that another withheld value cannot be recovered from the totals.
        case suppressedComplementary = "suppressed-complementary"
        /// Nobody rated this tie under the missing-answer policy; there is nothing to show or to protect.
        case noResponses = "no-responses"

        /// Whether the cell is withheld for privacy.
        public var isSuppressed: Bool { self == .suppressedBelowMinimum || self == .suppressedComplementary }
    }

    /// Whether the values are shown.
    public let status: Status
    /// The scores, present exactly when ``status`` is ``Status/published``.
    public let scores: RelationalCoordinationScores?
    /// The number of distinct respondents behind the cell, present exactly when the cell is published.
    public let respondentCount: Int?

    /// Creates a cell.
    /// - Throws: `ValidationError` when scores and respondent count are not given exactly for a published cell.
    public init(status: Status, scores: RelationalCoordinationScores?, respondentCount: Int?) throws(ValidationError) {
        guard (status == .published) == (scores != nil), (status == .published) == (respondentCount != nil) else {
            throw ValidationError(
                field: "scores", code: "rc.cell.inconsistent",
                rule: "A cell shows scores and respondent count exactly when it is published",
                offendingValue: status.rawValue)
        }
        if let respondentCount, respondentCount < 1 {
            throw ValidationError(
                field: "respondentCount", code: "rc.cell.empty", rule: "A published cell has respondents",
                offendingValue: String(respondentCount))
        }
        self.status = status
        self.scores = scores
        self.respondentCount = respondentCount
    }

    /// The RC index, when published.
    public var index: RelationalCoordinationStatistic? { scores?.index }

    private enum CodingKeys: String, CodingKey {
        case status
        case scores
        case respondentCount
    }

    /// Decodes a cell through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let status = try container.decode(Status.self, forKey: .status)
        let scores = try container.decodeIfPresent(RelationalCoordinationScores.self, forKey: .scores)
        let respondents = try container.decodeIfPresent(Int.self, forKey: .respondentCount)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(status: status, scores: scores, respondentCount: respondents)
        }
    }
}
