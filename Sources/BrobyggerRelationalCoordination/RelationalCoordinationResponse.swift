import BrobyggerCore

/// One respondent's completed questionnaire in one round: who answered (pseudonymously), their workgroup, and
/// their answers about each workgroup they were asked about.
///
/// Whether the groups and options exist in the survey is checked against the survey when it is scored or
/// validated (``RelationalCoordinationScorer/validate(_:)``), because a response may be recorded before the
/// design is final.
public struct RelationalCoordinationResponse: Sendable, Hashable, Codable {
    /// The respondent's pseudonym.
    public let respondent: RelationalCoordinationRespondent
    /// The workgroup the respondent belongs to.
    public let workgroup: RelationalCoordinationWorkgroup.ID
    /// The round the response was given in.
    public let round: RelationalCoordinationRound.ID
    /// The answers about each rated workgroup; a group not listed was not rated.
    public let ratings: [RelationalCoordinationRating]

    /// Creates a response.
    public init(
        respondent: RelationalCoordinationRespondent,
        workgroup: RelationalCoordinationWorkgroup.ID,
        round: RelationalCoordinationRound.ID,
        ratings: [RelationalCoordinationRating]
    ) {
        self.respondent = respondent
        self.workgroup = workgroup
        self.round = round
        self.ratings = ratings
    }
}
