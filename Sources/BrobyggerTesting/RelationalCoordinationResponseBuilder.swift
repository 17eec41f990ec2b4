import BrobyggerCore
import BrobyggerRelationalCoordination

/// Builds relational-coordination responses from *scores* rather than option positions, for tests and examples.
///
/// Real responses record the chosen option; this builder finds, for each score, the option the survey's
/// instrument scores that way (for the frequency item, score 5 is the middle option "just right"), so a test can
/// be written with the numbers it expects.
public struct RelationalCoordinationResponseBuilder: Sendable {
    /// The survey whose instrument maps scores to options.
    public let survey: RelationalCoordinationSurvey
    private let positionOfScore: [[Int?]]

    /// Creates a builder for `survey`.
    public init(survey: RelationalCoordinationSurvey) {
        self.survey = survey
        positionOfScore = survey.instrument.items.map { item in
            (0...5).map { score in item.options.firstIndex { $0.score == score }.map { $0 + 1 } }
        }
    }

    /// The answers giving `scores` (one per dimension in dimension order, `nil` = unanswered).
    /// - Precondition: every score is one the instrument's item can give.
    public func answers(scores: [Int?]) -> RelationalCoordinationAnswers {
        precondition(scores.count == 7, "Seven scores, one per dimension")
        let positions = scores.enumerated().map { index, score in
            score.map { score in
                guard (0...5).contains(score), let position = positionOfScore[index][score] else {
                    preconditionFailure("No option of item \(index + 1) scores \(score)")
                }
                return position
            }
        }
        return try! RelationalCoordinationAnswers(positions: positions)
    }

    /// A response from `respondent` in workgroup `group` and `round`, rating each listed group with the scores.
    public func response(
        respondent: String,
        group: RelationalCoordinationWorkgroup.ID,
        round: RelationalCoordinationRound.ID,
        ratings: [(rated: RelationalCoordinationWorkgroup.ID, scores: [Int?])]
    ) -> RelationalCoordinationResponse {
        RelationalCoordinationResponse(
            respondent: try! RelationalCoordinationRespondent(pseudonym: respondent), workgroup: group, round: round,
            ratings: ratings.map { RelationalCoordinationRating(rated: $0.rated, answers: answers(scores: $0.scores)) })
    }
}
