import BrobyggerCore

/// A respondent's answers about one workgroup.
public struct RelationalCoordinationRating: Sendable, Hashable, Codable {
    /// The workgroup the answers are about.
    public let rated: RelationalCoordinationWorkgroup.ID
    /// The chosen options, one per dimension.
    public let answers: RelationalCoordinationAnswers

    /// Creates a rating.
    public init(rated: RelationalCoordinationWorkgroup.ID, answers: RelationalCoordinationAnswers) {
        self.rated = rated
        self.answers = answers
    }
}
