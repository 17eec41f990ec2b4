import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Testing

@Suite struct GeneratorTests {
    @Test func theSameParametersGiveTheSameSurvey() {
        let a = RelationalCoordinationSurveyGenerator(respondents: 50, workgroups: 4, rounds: 2, seed: 42).generate()
        let b = RelationalCoordinationSurveyGenerator(respondents: 50, workgroups: 4, rounds: 2, seed: 42).generate()
        let c = RelationalCoordinationSurveyGenerator(respondents: 50, workgroups: 4, rounds: 2, seed: 43).generate()
        #expect(a.survey == b.survey && a.responses == b.responses)
        #expect(a.responses != c.responses)
    }

    @Test(arguments: [0.0, 0.1, 0.3])
    func theMissingAnswerRateIsHonoured(rate: Double) {
        let synthetic = RelationalCoordinationSurveyGenerator(
            respondents: 400, workgroups: 3, missingAnswerRate: rate, seed: 1
        ).generate()
        let asked = 400 * 3 * 7
        let missing = 1 - Double(synthetic.answeredItemCount) / Double(asked)
        #expect(abs(missing - rate) < 0.02)
    }

    @Test func theBenchmarkSurveyHasTheAgreedShape() throws {
        let synthetic = RelationalCoordinationSurveyGenerator.benchmark.generate()
        #expect(synthetic.responses.count == 5000)
        #expect(synthetic.survey.workgroups.count == 12)
        #expect(synthetic.responses.allSatisfy { $0.ratings.count == 12 })
        // 5,000 respondents × 12 rated groups × 7 items.
        #expect(synthetic.answeredItemCount == 420_000)
        let report = try RelationalCoordinationScorer(survey: synthetic.survey)
            .score(synthetic.responses, round: synthetic.survey.rounds[0].id)
        #expect(report.dataQuality.isClean)
        #expect(report.suppression.isEmpty)
        #expect(report.reliability.completeCases == 60_000)
    }

    @Test func laterRoundsImprove() throws {
        let synthetic = RelationalCoordinationSurveyGenerator(respondents: 300, workgroups: 4, rounds: 2, seed: 8)
            .generate()
        let scorer = RelationalCoordinationScorer(survey: synthetic.survey)
        let first = try scorer.score(synthetic.responses, round: synthetic.survey.rounds[0].id)
        let second = try scorer.score(synthetic.responses, round: synthetic.survey.rounds[1].id)
        let change = try RelationalCoordinationChange(from: first, to: second)
        #expect((change.network.index?.difference ?? 0) > 0.05)
        #expect(synthetic.survey.rounds[1].opens == synthetic.survey.rounds[0].opens.adding(days: 182))
    }
}
