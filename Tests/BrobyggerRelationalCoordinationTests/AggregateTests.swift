import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Testing

/// Two groups rating both groups with uniform answers, so every aggregate can be checked by hand.
@Suite struct AggregateTests {
    let fixture = TwoGroupFixture { _ in .everyGroupRatesEveryGroup(includingOwnGroup: true) }

    func responses() -> [RelationalCoordinationResponse] {
        // (respondent, group, score given to facility staff, score given to nurses), the same on all seven items.
        let rows: [(String, RelationalCoordinationWorkgroup.ID, Int, Int)] = [
            ("a1", fixture.facility, 4, 3), ("a2", fixture.facility, 5, 2), ("a3", fixture.facility, 3, 4),
            ("b1", fixture.nurses, 2, 5), ("b2", fixture.nurses, 3, 4), ("b3", fixture.nurses, 4, 5),
        ]
        return rows.map { row in
            fixture.builder.response(
                respondent: row.0, group: row.1, round: fixture.round,
                ratings: [
                    (fixture.facility, [Int?](repeating: row.2, count: 7)),
                    (fixture.nurses, [Int?](repeating: row.3, count: 7)),
                ])
        }
    }

    func report(includeWithin: Bool = false) throws -> RelationalCoordinationReport {
        let configuration = try RelationalCoordinationConfiguration(
            minimumCellSize: 3, networkIncludesWithinGroupTies: includeWithin)
        return try RelationalCoordinationScorer(survey: fixture.survey, configuration: configuration)
            .score(responses(), round: fixture.round)
    }

    @Test func tiesAreMeansOfTheRatersRatings() throws {
        let report = try report()
        #expect(close(report.tie(from: fixture.facility, to: fixture.facility)?.cell.index?.mean, 4))
        #expect(close(report.tie(from: fixture.facility, to: fixture.nurses)?.cell.index?.mean, 3))
        #expect(close(report.tie(from: fixture.nurses, to: fixture.facility)?.cell.index?.mean, 3))
        #expect(close(report.tie(from: fixture.nurses, to: fixture.nurses)?.cell.index?.mean, 14.0 / 3.0))
        #expect(report.tie(from: fixture.nurses, to: fixture.nurses)?.cell.index?.band == .strong)
        #expect(report.tie(from: fixture.facility, to: fixture.nurses)?.cell.index?.band == .weak)
    }

    @Test func groupAggregatesLeaveOutTheDiagonal() throws {
        let report = try report()
        let nurses = try #require(report.group(fixture.nurses))
        #expect(close(nurses.ratedByOthers.index?.mean, 3))
        #expect(close(nurses.ratingOthers.index?.mean, 3))
        #expect(close(nurses.withinGroup?.index?.mean, 14.0 / 3.0))
        #expect(nurses.respondentCount == 3)
    }

    @Test func withinAndBetweenPoolTheDiagonalAndTheRest() throws {
        let report = try report()
        // Within: 4, 5, 3, 5, 4, 5 → 13/3, SD √(10/3 / 5). Between: 3, 2, 4, 2, 3, 4 → 3, SD √(4/5).
        #expect(close(report.withinGroup.index?.mean, 13.0 / 3.0))
        #expect(close(report.withinGroup.index?.standardDeviation, (2.0 / 3.0).squareRoot()))
        #expect(close(report.betweenGroup.index?.mean, 3))
        #expect(close(report.betweenGroup.index?.standardDeviation, 0.8.squareRoot()))
        #expect(report.betweenGroup.respondentCount == 6)
        #expect(report.network == report.betweenGroup)
    }

    @Test func theNetworkCanIncludeTheWithinGroupTies() throws {
        let report = try report(includeWithin: true)
        #expect(close(report.network.index?.mean, 44.0 / 12.0))
        #expect(report.network.index?.n == 12)
    }

    @Test func alphaIsOneWhenEveryRatingGivesTheSameScoreToAllItems() throws {
        // Each item equals x, so Σ var(item) = 7·var(x) and var(total) = 49·var(x): α = 7/6 · (1 − 1/7) = 1.
        let reliability = try report().reliability
        #expect(reliability.completeCases == 12)
        #expect(close(reliability.cronbachAlpha, 1))
    }
}
