import BrobyggerCore
import BrobyggerTesting
import Testing

@testable import BrobyggerRelationalCoordination

/// Reproduces the worked example of the article "Relational coordination scoring method", computed by hand there.
@Suite struct RelationalCoordinationWorkedExampleTests {
    let fixture = TwoGroupFixture { .explicit([RelationalCoordinationTie(rater: $0.0, rated: $0.1)]) }

    func report() throws -> RelationalCoordinationReport {
        let responses = TwoGroupFixture.articleScores.enumerated().map { index, scores in
            fixture.builder.response(
                respondent: "a\(index + 1)", group: fixture.facility, round: fixture.round,
                ratings: [(fixture.nurses, scores)])
        }
        let configuration = try RelationalCoordinationConfiguration(minimumCellSize: 3)
        return try RelationalCoordinationScorer(survey: fixture.survey, configuration: configuration)
            .score(responses, round: fixture.round)
    }

    @Test func frequencyAnswersAreStoredAsOptionsAndScoredThroughTheScoreMap() throws {
        let answers = TwoGroupFixture.articleScores.map { fixture.builder.answers(scores: $0) }
        // "just right" is shown third, "not enough" second, "too often" fourth.
        #expect(answers.map { $0[.frequentCommunication] } == [3, 2, 4, 3])
        let scores = answers.map {
            RelationalCoordinationInstrument.standard.score(
                ofPosition: $0[.frequentCommunication]!, for: .frequentCommunication)
        }
        #expect(scores == [5, 3, 4, 5])
    }

    @Test func tieIndexAndSubIndicesMatchTheHandComputation() throws {
        let tie = try #require(try report().tie(from: fixture.facility, to: fixture.nurses))
        let scores = try #require(tie.cell.scores)
        #expect(tie.cell.status == .published)
        #expect(tie.cell.respondentCount == 4)
        // Respondent indices 29/7, 21/6, 22/7, 32/7; mean 215/56.
        #expect(scores.index.n == 4)
        #expect(close(scores.index.mean, 215.0 / 56.0))
        #expect(close(scores.index.standardDeviation, 0.639874, tolerance: 1e-6))
        #expect(scores.index.band == .moderate)
        // Communication: 4, 3.5, 3, 4.5 → 3.75. Relationship: 13/3, 7/2, 10/3, 14/3 → 95/24.
        #expect(close(scores.communication.mean, 3.75))
        #expect(close(scores.communication.standardDeviation, 0.645497, tolerance: 1e-6))
        #expect(close(scores.relationship.mean, 95.0 / 24.0))
        #expect(scores.relationship.band == .moderate)
    }

    @Test(arguments: [
        (RelationalCoordinationDimension.frequentCommunication, 4, 4.25, RelationalCoordinationBand.strong),
        (.timelyCommunication, 4, 3.75, .moderate),
        (.accurateCommunication, 4, 3.75, .moderate),
        (.problemSolvingCommunication, 4, 3.25, .weak),
        (.sharedGoals, 3, 11.0 / 3.0, .moderate),
        (.sharedKnowledge, 4, 3.75, .moderate),
        (.mutualRespect, 4, 4.5, .strong),
    ])
    func dimensionMeansMatchTheHandComputation(
        dimension: RelationalCoordinationDimension, n: Int, mean: Double, band: RelationalCoordinationBand
    ) throws {
        let scores = try #require(try report().tie(from: fixture.facility, to: fixture.nurses)?.cell.scores)
        #expect(scores[dimension].n == n)
        #expect(close(scores[dimension].mean, mean))
        #expect(scores[dimension].band == band)
    }

    @Test func cronbachAlphaOverTheThreeCompleteRatingsIs77Over79() throws {
        let reliability = try report().reliability
        #expect(reliability.completeCases == 3)
        #expect(close(reliability.cronbachAlpha, 77.0 / 79.0))
    }

    @Test func aggregatesOfASingleTieEqualTheTie() throws {
        let report = try report()
        #expect(close(report.network.index?.mean, 215.0 / 56.0))
        #expect(report.withinGroup.status == .noResponses)
        #expect(close(report.group(fixture.nurses)?.ratedByOthers.index?.mean, 215.0 / 56.0))
        #expect(report.group(fixture.nurses)?.ratingOthers.status == .noResponses)
        #expect(report.suppression.isEmpty)
    }

    @Test func aStricterMissingAnswerPolicyDropsThePartlyAnsweredRating() throws {
        let responses = TwoGroupFixture.articleScores.enumerated().map { index, scores in
            fixture.builder.response(
                respondent: "a\(index + 1)", group: fixture.facility, round: fixture.round,
                ratings: [(fixture.nurses, scores)])
        }
        let configuration = try RelationalCoordinationConfiguration(
            minimumCellSize: 3, missingAnswerPolicy: .completeCasesOnly)
        let report = try RelationalCoordinationScorer(survey: fixture.survey, configuration: configuration)
            .score(responses, round: fixture.round)
        let scores = try #require(report.tie(from: fixture.facility, to: fixture.nurses)?.cell.scores)
        #expect(scores.index.n == 3)
        #expect(close(scores.index.mean, (29.0 + 22.0 + 32.0) / 21.0))
        #expect(report.dataQuality.findings(withCode: "rc.response.below-missing-answer-threshold").count == 1)
    }
}
