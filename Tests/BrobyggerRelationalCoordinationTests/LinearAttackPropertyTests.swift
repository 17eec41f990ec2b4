import BrobyggerCore
import BrobyggerTesting
import Testing

@testable import BrobyggerRelationalCoordination

/// A random survey with several small workgroups: some groups of 1–4 members, some empty, uneven answering,
/// missing items, every kind of rating plan, k from 3 to 6 (often the default 5).
struct SmallGroupSurvey {
    var scorer: RelationalCoordinationScorer
    let responses: [RelationalCoordinationResponse]
    let rounds: [RelationalCoordinationRound.ID]

    init(seed: UInt64) {
        var random = RelationalCoordinationRandomSource(seed: seed &* 7919 &+ 17)
        let g = 2 + Int(random.next() % 5)
        var design = RelationalCoordinationSurveyBuilder(seed: random.next())
        let groups = (0..<g).map { design.addWorkgroup("Group \($0 + 1)") }
        let rounds = [
            design.addRound("Before", opens: "2026-03-02", closes: "2026-03-20"),
            design.addRound("After", opens: "2026-09-01", closes: "2026-09-18"),
        ]
        switch random.next() % 3 {
        case 0: design.ratingPlan = .everyGroupRatesEveryGroup(includingOwnGroup: true)
        case 1: design.ratingPlan = .everyGroupRatesEveryGroup(includingOwnGroup: false)
        default:
            var ties: [RelationalCoordinationTie] = []
            for r in groups {
                for t in groups where random.unit() < 0.7 { ties.append(RelationalCoordinationTie(rater: r, rated: t)) }
            }
            if ties.isEmpty { ties.append(RelationalCoordinationTie(rater: groups[0], rated: groups[1])) }
            design.ratingPlan = .explicit(ties)
        }
        let survey = try! design.build()
        let builder = RelationalCoordinationResponseBuilder(survey: survey)
        var responses: [RelationalCoordinationResponse] = []
        for round in rounds {
            for r in 0..<g {
                let small = random.unit() < 0.45
                let size = small ? Int(random.next() % 5) : 5 + Int(random.next() % 9)
                let rateProbability = 0.5 + 0.5 * random.unit()
                for person in 0..<size {
                    var ratings: [(rated: RelationalCoordinationWorkgroup.ID, scores: [Int?])] = []
                    for t in 0..<g where random.unit() < rateProbability {
                        let tie = RelationalCoordinationTie(rater: groups[r], rated: groups[t])
                        guard survey.ratingPlan.includes(tie) else { continue }
                        let scores: [Int?] = (0..<7).map { _ in
                            random.unit() < 0.08 ? nil : 1 + Int(random.next() % 5)
                        }
                        ratings.append((groups[t], scores))
                    }
                    responses.append(
                        builder.response(
                            respondent: "\(round)-g\(r)-\(person)", group: groups[r], round: round, ratings: ratings))
                }
            }
        }
        let k = random.unit() < 0.5 ? 5 : 3 + Int(random.next() % 4)
        let configuration = try! RelationalCoordinationConfiguration(
            minimumCellSize: k, networkIncludesWithinGroupTies: random.next() % 2 == 0)
        scorer = RelationalCoordinationScorer(survey: survey, configuration: configuration)
        self.responses = responses
        self.rounds = rounds
    }
}

@Suite struct LinearAttackPropertyTests {
    static let seeds: [UInt64] = Array(1...400)

    struct Tally {
        var surveys = 0
        var reports = 0
        var withheldQuantities = 0
        var candidateSets = 0
        var determined: [String] = []
        var smallSets: [String] = []
    }

    static func attack(complementary: Bool) throws -> Tally {
        var tally = Tally()
        for seed in seeds {
            var survey = SmallGroupSurvey(seed: seed)
            survey.scorer.complementarySuppression = complementary
            tally.surveys += 1
            for round in survey.rounds {
                let report = try survey.scorer.score(survey.responses, round: round)
                let truth = survey.scorer.accumulate(survey.responses, round: round)
                let attacker = LinearAttacker(report: report, truth: truth)
                tally.reports += 1
                tally.withheldQuantities += attacker.protected.count
                tally.determined += attacker.determined().map { "seed \(seed) round \(round): \($0)" }
                tally.smallSets += attacker.smallDerivedSets(checked: &tally.candidateSets).map {
                    "seed \(seed) round \(round): \($0)"
                }
            }
        }
        return tally
    }

    @Test func noWithheldQuantityCanBeDerivedFromEverythingTheReportPublishes() throws {
        let tally = try Self.attack(complementary: true)
        #expect(tally.determined.count == 0, "withheld quantities determined, e.g. \(tally.determined.prefix(5))")
        #expect(tally.smallSets.count == 0, "derived totals below k, e.g. \(tally.smallSets.prefix(5))")
        // The generator must produce plenty of withheld quantities, or the property says nothing.
        #expect(tally.withheldQuantities > 5000)
        print(
            "Linear attack: \(tally.surveys) surveys, \(tally.reports) reports, \(tally.withheldQuantities) withheld "
                + "quantities, \(tally.candidateSets) candidate sets; \(tally.determined.count) determined, "
                + "\(tally.smallSets.count) small derived sets")
    }

    @Test func theLinearAttackFindsLeaksWhenOnlyPrimarySuppressionIsApplied() throws {
        // The negative control: the same attacker, unchanged, against primary suppression alone.
        let tally = try Self.attack(complementary: false)
        #expect(tally.determined.count > 100)
        #expect(tally.smallSets.count > 10)
    }
}
