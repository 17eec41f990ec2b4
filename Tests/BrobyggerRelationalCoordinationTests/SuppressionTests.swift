import BrobyggerCore
import BrobyggerTesting
import Testing

@testable import BrobyggerRelationalCoordination

/// A survey whose tie cells have exactly the sizes asked for: each respondent rates one group only.
struct CellSizeFixture {
    let survey: RelationalCoordinationSurvey
    let groups: [RelationalCoordinationWorkgroup.ID]
    let round: RelationalCoordinationRound.ID
    let responses: [RelationalCoordinationResponse]

    init(groupCount: Int, includeOwnGroup: Bool, sizes: [Int: Int], defaultSize: Int) {
        var design = RelationalCoordinationSurveyBuilder(seed: 11)
        let names = ["A", "B", "C", "D", "E", "F"]
        let groups = (0..<groupCount).map { design.addWorkgroup("Group \(names[$0])") }
        let round = design.addRound("Round", opens: "2026-03-02", closes: "2026-03-20")
        design.ratingPlan = .everyGroupRatesEveryGroup(includingOwnGroup: includeOwnGroup)
        let survey = try! design.build()
        let builder = RelationalCoordinationResponseBuilder(survey: survey)
        var responses: [RelationalCoordinationResponse] = []
        var serial = 0
        for r in 0..<groupCount {
            for t in 0..<groupCount where includeOwnGroup || r != t {
                for i in 0..<(sizes[r * groupCount + t] ?? defaultSize) {
                    serial += 1
                    let score = 1 + (serial * 7 + i) % 5
                    responses.append(
                        builder.response(
                            respondent: "p\(serial)", group: groups[r], round: round,
                            ratings: [(groups[t], [score, 5 - score / 2, 3, 4, score, 2 + score / 2, 4])]))
                }
            }
        }
        self.survey = survey
        self.groups = groups
        self.round = round
        self.responses = responses
    }

    func report(k: Int = 5, complementary: Bool = true) throws -> RelationalCoordinationReport {
        var scorer = RelationalCoordinationScorer(
            survey: survey, configuration: try RelationalCoordinationConfiguration(minimumCellSize: k))
        scorer.complementarySuppression = complementary
        return try scorer.score(responses, round: round)
    }

    func status(_ report: RelationalCoordinationReport, _ r: Int, _ t: Int) -> RelationalCoordinationCell.Status? {
        report.tie(from: groups[r], to: groups[t])?.cell.status
    }
}

@Suite struct SuppressionTests {
    @Test(arguments: [0, 1, 2])
    func minimumCellSizeBelowThreeIsRejectedWithATypedError(k: Int) {
        #expect(throws: ValidationError.self) { try RelationalCoordinationConfiguration(minimumCellSize: k) }
        do {
            _ = try RelationalCoordinationConfiguration(minimumCellSize: k)
        } catch {
            #expect(error.code == "rc.configuration.minimum-cell-size-too-small")
            #expect(error.field == "minimumCellSize")
        }
    }

    @Test(arguments: [3, 5, 10])
    func minimumCellSizeOfThreeOrMoreIsAccepted(k: Int) throws {
        #expect(try RelationalCoordinationConfiguration(minimumCellSize: k).minimumCellSize == k)
    }

    @Test func aSmallCellInAThreeGroupNetworkTakesEveryOtherTieWithIt() throws {
        // Off-diagonal ties only: A→C has 3 respondents, all others 10. Every row and column has just two ties, so
        // protecting A→C from subtraction needs a partner in each line, and the partners need partners in turn.
        let fixture = CellSizeFixture(groupCount: 3, includeOwnGroup: false, sizes: [0 * 3 + 2: 3], defaultSize: 10)
        let report = try fixture.report()
        #expect(fixture.status(report, 0, 2) == .suppressedBelowMinimum)
        for (r, t) in [(0, 1), (1, 0), (1, 2), (2, 0), (2, 1)] {
            #expect(fixture.status(report, r, t) == .suppressedComplementary)
        }
        // Each line's withheld part holds at least 13 respondents, so the lines themselves may be shown.
        for group in report.groups {
            #expect(group.ratedByOthers.status == .published)
            #expect(group.ratingOthers.status == .published)
        }
        #expect(report.betweenGroup.index?.n == 53)
        #expect(report.suppression.primaryTies == 1)
        #expect(report.suppression.complementaryTies == 5)
    }

    @Test func aSmallWithinGroupTieIsProtectedByAnotherWithinGroupTie() throws {
        // A rates itself with 3 respondents; the within-group total would give it away given B→B.
        let fixture = CellSizeFixture(groupCount: 2, includeOwnGroup: true, sizes: [0: 3], defaultSize: 10)
        let report = try fixture.report()
        #expect(fixture.status(report, 0, 0) == .suppressedBelowMinimum)
        #expect(fixture.status(report, 1, 1) == .suppressedComplementary)
        #expect(fixture.status(report, 0, 1) == .published)
        #expect(fixture.status(report, 1, 0) == .published)
        #expect(report.withinGroup.status == .published)
        #expect(report.withinGroup.index?.n == 13)
        #expect(report.group(fixture.groups[0])?.withinGroup?.status == .suppressedBelowMinimum)
    }

    @Test func twoSmallCellsInOneLineAreNotEnoughWhenTogetherTheyAreFewerThanK() throws {
        // Column B: A→B has 1 respondent, C→B 2, D→B 10. Both small cells are withheld, but the column total minus
        // D→B would show the mean of just 3 respondents, so D→B is withheld too.
        let fixture = CellSizeFixture(
            groupCount: 4, includeOwnGroup: false, sizes: [0 * 4 + 1: 1, 2 * 4 + 1: 2], defaultSize: 10)
        let report = try fixture.report()
        #expect(fixture.status(report, 0, 1) == .suppressedBelowMinimum)
        #expect(fixture.status(report, 2, 1) == .suppressedBelowMinimum)
        #expect(fixture.status(report, 3, 1) == .suppressedComplementary)
        #expect(report.group(fixture.groups[1])?.ratedByOthers.status == .published)
    }

    @Test func withoutComplementarySuppressionTheSmallCellCanBeRecoveredBySubtraction() throws {
        // The control for the tests above: with primary suppression alone, column C minus B→C gives A→C exactly.
        let fixture = CellSizeFixture(groupCount: 3, includeOwnGroup: false, sizes: [2: 3], defaultSize: 10)
        let report = try fixture.report(complementary: false)
        #expect(fixture.status(report, 0, 2) == .suppressedBelowMinimum)
        let column = try #require(report.group(fixture.groups[2])?.ratedByOthers.index)
        let sibling = try #require(report.tie(from: fixture.groups[1], to: fixture.groups[2])?.cell.index)
        let recoveredN = column.n - sibling.n
        let recoveredMean = (column.mean * Double(column.n) - sibling.mean * Double(sibling.n)) / Double(recoveredN)
        let truth = try fixture.report(k: 3).tie(from: fixture.groups[0], to: fixture.groups[2])?.cell.index
        #expect(recoveredN == 3)
        #expect(close(recoveredMean, try #require(truth).mean, tolerance: 1e-9))
    }

    /// Three groups, no within-group ties; group A has two members, who both rate B and C; B and C have ten members
    /// each, who rate the two other groups.
    static func smallGroupSurvey() throws -> (
        RelationalCoordinationScorer, [RelationalCoordinationResponse], RelationalCoordinationRound.ID,
        [RelationalCoordinationWorkgroup.ID]
    ) {
        var design = RelationalCoordinationSurveyBuilder(seed: 5)
        let groups = ["A", "B", "C"].map { design.addWorkgroup("Group \($0)") }
        let round = design.addRound("Round", opens: "2026-03-02", closes: "2026-03-20")
        design.ratingPlan = .everyGroupRatesEveryGroup(includingOwnGroup: false)
        let survey = try design.build()
        let builder = RelationalCoordinationResponseBuilder(survey: survey)
        var responses: [RelationalCoordinationResponse] = []
        for (r, size) in [2, 10, 10].enumerated() {
            for person in 0..<size {
                let ratings = groups.indices.filter { $0 != r }.map { t in
                    (rated: groups[t], scores: (0..<7).map { d -> Int? in 1 + (person * 3 + d + r + t) % 5 })
                }
                responses.append(
                    builder.response(respondent: "\(r)-\(person)", group: groups[r], round: round, ratings: ratings))
            }
        }
        return (RelationalCoordinationScorer(survey: survey), responses, round, groups)
    }

    @Test func aSmallGroupsRatingOfTheOthersCannotBeRecoveredFromTheOtherGroupsRowsAndTheTotal() throws {
        // Issue 17 item 3. A's two members make A → B and A → C and A's "rating others" aggregate primary
        // suppressions. Before the fix, B's and C's "rating others" aggregates and the between-group total were all
        // published, so between − B − C gave A's mean rating of the others over 4 ratings, and the between-group
        // respondent count minus B's and C's gave A's 2 respondents.
        let (scorer, responses, round, groups) = try Self.smallGroupSurvey()
        let report = try scorer.score(responses, round: round)
        let a = try #require(report.group(groups[0]))
        #expect(a.ratingOthers.status == .suppressedBelowMinimum)
        #expect(a.respondentCount == nil)
        let rows = groups.dropFirst().compactMap { report.group($0)?.ratingOthers }
        let totals = [report.betweenGroup, report.network]
        #expect(
            !(rows.allSatisfy { $0.status == .published } && totals.contains { $0.status == .published }),
            "B's and C's rows and a between-group total are all shown: A's row is their difference")
        // The general check: nothing withheld is determined, no derived total rests on fewer than k.
        let attacker = LinearAttacker(report: report, truth: scorer.accumulate(responses, round: round))
        var checked = 0
        #expect(attacker.determined().isEmpty)
        #expect(attacker.smallDerivedSets(checked: &checked).isEmpty)
    }

    @Test func aSurveyWithLargeCellsWithholdsNothing() throws {
        let synthetic = RelationalCoordinationSurveyGenerator(respondents: 300, workgroups: 5, seed: 3).generate()
        let report = try RelationalCoordinationScorer(survey: synthetic.survey)
            .score(synthetic.responses, round: synthetic.survey.rounds[0].id)
        #expect(report.suppression.isEmpty)
        #expect(report.ties.allSatisfy { $0.cell.status == .published })
    }
}
