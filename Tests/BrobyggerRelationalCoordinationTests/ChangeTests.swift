import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Testing

@Suite struct ChangeTests {
    /// Five facility staff rate the nurses 3 on every item before and 4 after (one gives mutual respect 5 after);
    /// `nurseCount` nurses rate the facility staff 4 throughout.
    func reports(nurseCount: Int = 5) throws -> (
        RelationalCoordinationReport, RelationalCoordinationReport,
        (facility: RelationalCoordinationWorkgroup.ID, nurses: RelationalCoordinationWorkgroup.ID)
    ) {
        var design = RelationalCoordinationSurveyBuilder(seed: 21)
        let facility = design.addWorkgroup("Facility staff")
        let nurses = design.addWorkgroup("Outreach team nurses")
        let before = design.addRound("Before", opens: "2026-02-02", closes: "2026-02-13")
        let after = design.addRound("After", opens: "2026-09-07", closes: "2026-09-18")
        design.ratingPlan = .everyGroupRatesEveryGroup(includingOwnGroup: false)
        let survey = try design.build()
        let builder = RelationalCoordinationResponseBuilder(survey: survey)
        var responses: [RelationalCoordinationResponse] = []
        for i in 0..<5 {
            let up: [Int?] = [4, 4, 4, 4, 4, 4, i == 0 ? 5 : 4]
            responses.append(
                builder.response(
                    respondent: "f\(i)", group: facility, round: before, ratings: [(nurses, [3, 3, 3, 3, 3, 3, 3])]))
            responses.append(
                builder.response(respondent: "f\(i)", group: facility, round: after, ratings: [(nurses, up)]))
        }
        for i in 0..<nurseCount {
            for round in [before, after] {
                responses.append(
                    builder.response(
                        respondent: "n\(i)", group: nurses, round: round, ratings: [(facility, [4, 4, 4, 4, 4, 4, 4])]))
            }
        }
        let scorer = RelationalCoordinationScorer(survey: survey)
        return (
            try scorer.score(responses, round: before), try scorer.score(responses, round: after), (facility, nurses)
        )
    }

    @Test func theChangePerTieAndDimensionIsAfterMinusBefore() throws {
        let (before, after, ids) = try reports()
        let change = try RelationalCoordinationChange(from: before, to: after)
        let tie = try #require(change.tie(from: ids.facility, to: ids.nurses))
        #expect(tie.isComparable)
        // Before: every respondent index 3. After: 4, 4, 4, 4 and one 29/7 → mean (16 + 29/7)/5 = 141/35.
        #expect(close(tie.index?.difference, 141.0 / 35.0 - 3))
        #expect(tie.index?.bandChanged == true)
        #expect(close(tie[.timelyCommunication]?.difference, 1))
        #expect(close(tie[.mutualRespect]?.difference, 1.2))
        #expect(tie.index?.standardError != nil)
    }

    @Test func aWithheldTieStaysWithheldInTheChange() throws {
        // Two nurses: their tie is withheld, and so is its only partner in the between-group total.
        let (before, after, ids) = try reports(nurseCount: 2)
        let change = try RelationalCoordinationChange(from: before, to: after)
        let small = try #require(change.tie(from: ids.nurses, to: ids.facility))
        #expect(!small.isComparable)
        #expect(small.beforeStatus == .suppressedBelowMinimum)
        #expect(small.index == nil && small.dimensions.isEmpty)
        let partner = try #require(change.tie(from: ids.facility, to: ids.nurses))
        #expect(partner.afterStatus == .suppressedComplementary)
        #expect(!partner.isComparable)
        // The between-group total of seven people can be compared.
        #expect(change.betweenGroup.isComparable)
    }

    @Test func changeIsOnlyMeasuredBetweenTwoRoundsOfOneSurvey() throws {
        let (before, _, _) = try reports()
        #expect(throws: ValidationError.self) { try RelationalCoordinationChange(from: before, to: before) }
        let other = RelationalCoordinationSurveyGenerator(respondents: 30, workgroups: 2).generate()
        let otherReport = try RelationalCoordinationScorer(survey: other.survey)
            .score(other.responses, round: other.survey.rounds[0].id)
        #expect(throws: ValidationError.self) { try RelationalCoordinationChange(from: before, to: otherReport) }
    }
}
