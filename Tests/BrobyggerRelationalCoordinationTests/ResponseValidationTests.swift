import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Foundation
import Testing

@Suite struct ResponseValidationTests {
    let fixture = TwoGroupFixture { _ in .everyGroupRatesEveryGroup(includingOwnGroup: false) }
    let full: [Int?] = [4, 4, 4, 4, 4, 4, 4]

    func scorer() throws -> RelationalCoordinationScorer {
        RelationalCoordinationScorer(
            survey: fixture.survey, configuration: try RelationalCoordinationConfiguration(minimumCellSize: 3))
    }

    func valid(_ name: String) -> RelationalCoordinationResponse {
        fixture.builder.response(
            respondent: name, group: fixture.facility, round: fixture.round, ratings: [(fixture.nurses, full)])
    }

    @Test func aResponseFromAnUnknownWorkgroupIsReportedAndLeftOut() throws {
        let stranger = RelationalCoordinationWorkgroup.ID(rawValue: UUID())
        let responses =
            [valid("a1"), valid("a2"), valid("a3")] + [
                fixture.builder.response(
                    respondent: "x", group: stranger, round: fixture.round, ratings: [(fixture.nurses, full)])
            ]
        let report = try scorer().score(responses, round: fixture.round)
        let finding = try #require(report.dataQuality.findings(withCode: "rc.response.unknown-workgroup").first)
        #expect(finding.severity == .error)
        #expect(finding.path == "responses[3].workgroup")
        #expect(report.tie(from: fixture.facility, to: fixture.nurses)?.cell.index?.n == 3)
    }

    @Test func aSecondResponseFromTheSameRespondentInARoundCountsOnce() throws {
        let responses = [valid("a1"), valid("a2"), valid("a3"), valid("a2")]
        let report = try scorer().score(responses, round: fixture.round)
        #expect(
            report.dataQuality.findings(withCode: "rc.response.duplicate-respondent").map(\.path) == [
                "responses[3].respondent"
            ])
        #expect(report.tie(from: fixture.facility, to: fixture.nurses)?.cell.index?.n == 3)
    }

    @Test func anOptionTheInstrumentDoesNotHaveIsAnErrorAndTheRatingIsLeftOut() throws {
        // Position 6 on a five-option item has no score: the answer is out of range.
        let bad = RelationalCoordinationResponse(
            respondent: try RelationalCoordinationRespondent(pseudonym: "a4"), workgroup: fixture.facility,
            round: fixture.round,
            ratings: [
                RelationalCoordinationRating(
                    rated: fixture.nurses, answers: try RelationalCoordinationAnswers(positions: [3, 3, 3, 3, 6, 3, 3]))
            ])
        let report = try scorer().score([valid("a1"), valid("a2"), valid("a3"), bad], round: fixture.round)
        let finding = try #require(report.dataQuality.findings(withCode: "rc.response.unknown-option").first)
        #expect(finding.path == "responses[3].ratings[0].answers.shared-goals")
        #expect(report.tie(from: fixture.facility, to: fixture.nurses)?.cell.index?.n == 3)
    }

    @Test func ratingsOutsideThePlanUnknownGroupsAndRepeatsAreReported() throws {
        let response = fixture.builder.response(
            respondent: "a4", group: fixture.facility, round: fixture.round,
            ratings: [
                (fixture.facility, full), (fixture.nurses, full), (fixture.nurses, full),
                (RelationalCoordinationWorkgroup.ID(rawValue: UUID()), full),
            ])
        let report = try scorer().validate([response])
        #expect(report.findings(withCode: "rc.response.tie-not-in-plan").first?.severity == .warning)
        #expect(report.findings(withCode: "rc.response.duplicate-rating").count == 1)
        #expect(report.findings(withCode: "rc.response.unknown-rated-workgroup").count == 1)
    }

    @Test func aResponseToAnUnknownRoundIsReportedAndScoringAnUnknownRoundThrows() throws {
        let other = RelationalCoordinationRound.ID(rawValue: UUID())
        let response = fixture.builder.response(
            respondent: "a1", group: fixture.facility, round: other, ratings: [(fixture.nurses, full)])
        #expect(try scorer().validate([response]).findings(withCode: "rc.response.unknown-round").count == 1)
        #expect(throws: ValidationError.self) { try scorer().score([response], round: other) }
    }

    @Test func responsesFromOtherRoundsAreIgnoredWhenScoringARound() throws {
        let synthetic = RelationalCoordinationSurveyGenerator(respondents: 40, workgroups: 3, rounds: 2).generate()
        let scorer = RelationalCoordinationScorer(survey: synthetic.survey)
        let first = try scorer.score(synthetic.responses, round: synthetic.survey.rounds[0].id)
        let alone = try scorer.score(
            synthetic.responses.filter { $0.round == synthetic.survey.rounds[0].id },
            round: synthetic.survey.rounds[0].id)
        #expect(first == alone)
        #expect(first.dataQuality.findings(withCode: "rc.response.duplicate-respondent").isEmpty)
    }
}
