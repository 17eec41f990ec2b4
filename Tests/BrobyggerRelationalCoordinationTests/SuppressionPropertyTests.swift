import BrobyggerCore
import BrobyggerTesting
import Testing

@testable import BrobyggerRelationalCoordination

/// A reader who knows how the report is built and tries to work out withheld cells from what it shows.
///
/// Written independently of the suppression code: it knows only the published report and the definition of each
/// aggregate (a group's column or row without the diagonal, the diagonal, everything off it, the network).
struct SuppressionAttacker {
    struct Line {
        let cells: [Int]
        let cell: RelationalCoordinationCell
    }

    let groupCount: Int
    let cells: [RelationalCoordinationCell?]
    let lines: [Line]
    let k: Int

    init(report: RelationalCoordinationReport) {
        let ids = report.workgroups.map(\.id)
        let g = ids.count
        groupCount = g
        k = report.configuration.minimumCellSize
        var cells = [RelationalCoordinationCell?](repeating: nil, count: g * g)
        for r in 0..<g {
            for t in 0..<g { cells[r * g + t] = report.tie(from: ids[r], to: ids[t])?.cell }
        }
        self.cells = cells
        let planned = (0..<(g * g)).filter { cells[$0] != nil }
        var lines: [Line] = []
        for (i, group) in report.groups.enumerated() {
            lines.append(Line(cells: planned.filter { $0 % g == i && $0 / g != i }, cell: group.ratedByOthers))
            lines.append(Line(cells: planned.filter { $0 / g == i && $0 % g != i }, cell: group.ratingOthers))
        }
        let diagonal = planned.filter { $0 / g == $0 % g }
        let off = planned.filter { $0 / g != $0 % g }
        lines.append(Line(cells: diagonal, cell: report.withinGroup))
        lines.append(Line(cells: off, cell: report.betweenGroup))
        lines.append(
            Line(
                cells: report.configuration.networkIncludesWithinGroupTies ? diagonal + off : off,
                cell: report.network))
        self.lines = lines
    }

    var unknown: [Int] { cells.indices.filter { cells[$0]?.status.isSuppressed == true } }

    /// Sum of index scores (mean × n) and n of a published cell.
    static func total(_ cell: RelationalCoordinationCell) -> (sum: Double, n: Int)? {
        cell.index.map { ($0.mean * Double($0.n), $0.n) }
    }

    /// Repeated subtraction: any published total with exactly one unknown cell gives that cell away.
    func peel() -> [Int: (sum: Double, n: Int)] {
        var recovered: [Int: (sum: Double, n: Int)] = [:]
        var progress = true
        while progress {
            progress = false
            for line in lines {
                guard let total = Self.total(line.cell) else { continue }
                var sum = total.sum
                var n = total.n
                var missing: [Int] = []
                for c in line.cells {
                    if let value = recovered[c] {
                        sum -= value.sum
                        n -= value.n
                    } else if let cell = cells[c], let known = Self.total(cell) {
                        sum -= known.sum
                        n -= known.n
                    } else if cells[c]?.status.isSuppressed == true {
                        missing.append(c)
                    }
                }
                if missing.count == 1 {
                    recovered[missing[0]] = (sum, n)
                    progress = true
                }
            }
        }
        return recovered
    }

    /// Linear algebra: withheld cells whose value the published totals determine (unit vector in the row space).
    func determined() -> [Int] {
        let unknown = unknown
        var matrix: [[Double]] = lines.compactMap { line in
            guard line.cell.status == .published else { return nil }
            let row = unknown.map { line.cells.contains($0) ? 1.0 : 0.0 }
            return row.contains(1) ? row : nil
        }
        var rank = 0
        var pivotColumns: [Int] = []
        for column in unknown.indices where rank < matrix.count {
            guard let pivot = (rank..<matrix.count).first(where: { abs(matrix[$0][column]) > 1e-9 }) else { continue }
            matrix.swapAt(rank, pivot)
            let scale = matrix[rank][column]
            matrix[rank] = matrix[rank].map { $0 / scale }
            for i in matrix.indices where i != rank {
                let factor = matrix[i][column]
                if factor != 0 { matrix[i] = zip(matrix[i], matrix[rank]).map { $0 - factor * $1 } }
            }
            pivotColumns.append(column)
            rank += 1
        }
        return pivotColumns.enumerated().compactMap { row, column in
            matrix[row].enumerated().allSatisfy { $0.offset == column || abs($0.element) < 1e-9 }
                ? unknown[column] : nil
        }
    }

    /// Published totals whose withheld part is smaller than k for some measure: subtraction would show the mean of
    /// fewer than k people.
    func smallRemainders() -> [Int] {
        lines.indices.filter { l in
            guard let scores = lines[l].cell.scores else { return false }
            let measures: [(RelationalCoordinationScores) -> Int] =
                [{ $0.index.n }, { $0.communication.n }, { $0.relationship.n }]
                + (0..<7).map { d in { $0.dimensions[d].n } }
            return measures.contains { measure in
                let remainder = lines[l].cells.reduce(measure(scores)) { partial, c in
                    partial - (cells[c]?.scores.map(measure) ?? 0)
                }
                return remainder > 0 && remainder < k
            }
        }
    }
}

/// Random small surveys: uneven groups, respondents rating only some groups, missing answers.
func randomSurvey(seed: UInt64) -> (
    RelationalCoordinationScorer, [RelationalCoordinationResponse], RelationalCoordinationRound.ID
) {
    var random = RelationalCoordinationRandomSource(seed: seed)
    let g = 3 + Int(random.next() % 5)
    let includeOwn = random.next() % 2 == 0
    let k = 3 + Int(random.next() % 4)
    var design = RelationalCoordinationSurveyBuilder(seed: random.next())
    let groups = (0..<g).map { design.addWorkgroup("Group \($0 + 1)") }
    let round = design.addRound("Round", opens: "2026-03-02", closes: "2026-03-20")
    design.ratingPlan = .everyGroupRatesEveryGroup(includingOwnGroup: includeOwn)
    let survey = try! design.build()
    let builder = RelationalCoordinationResponseBuilder(survey: survey)
    var responses: [RelationalCoordinationResponse] = []
    for r in 0..<g {
        let size = Int(random.next() % 14)
        let rateProbability = 0.4 + 0.6 * random.unit()
        for person in 0..<size {
            var ratings: [(rated: RelationalCoordinationWorkgroup.ID, scores: [Int?])] = []
            for t in 0..<g where (includeOwn || t != r) && random.unit() < rateProbability {
                let scores: [Int?] = (0..<7).map { _ in random.unit() < 0.1 ? nil : 1 + Int(random.next() % 5) }
                ratings.append((groups[t], scores))
            }
            responses.append(
                builder.response(respondent: "g\(r)-\(person)", group: groups[r], round: round, ratings: ratings))
        }
    }
    let configuration = try! RelationalCoordinationConfiguration(
        minimumCellSize: k, networkIncludesWithinGroupTies: random.next() % 2 == 0)
    return (RelationalCoordinationScorer(survey: survey, configuration: configuration), responses, round)
}

@Suite struct SuppressionPropertyTests {
    static let seeds: [UInt64] = Array(1...300)

    @Test func noWithheldCellCanBeRecoveredFromThePublishedReport() throws {
        var withheldSeen = 0
        var publishedSeen = 0
        for seed in Self.seeds {
            let (scorer, responses, round) = randomSurvey(seed: seed)
            let report = try scorer.score(responses, round: round)
            let attacker = SuppressionAttacker(report: report)
            withheldSeen += attacker.unknown.count
            publishedSeen += report.ties.count { $0.cell.status == .published }
            #expect(attacker.peel().isEmpty, "seed \(seed): subtraction recovers a withheld cell")
            #expect(attacker.determined().isEmpty, "seed \(seed): the published totals determine a withheld cell")
            #expect(attacker.smallRemainders().isEmpty, "seed \(seed): a total minus its shown cells covers < k")
        }
        // The generator must actually produce withheld cells, or the property says nothing.
        #expect(withheldSeen > 1000)
        #expect(publishedSeen > 500)
    }

    @Test func everythingPublishedRestsOnAtLeastKObservations() throws {
        for seed in Self.seeds {
            let (scorer, responses, round) = randomSurvey(seed: seed)
            let report = try scorer.score(responses, round: round)
            let k = report.configuration.minimumCellSize
            let cells =
                report.ties.map(\.cell) + report.groups.flatMap { [$0.ratedByOthers, $0.ratingOthers] }
                + [report.withinGroup, report.betweenGroup, report.network]
            for scores in cells.compactMap(\.scores) {
                let counts =
                    [scores.index.n, scores.communication.n, scores.relationship.n] + scores.dimensions.map(\.n)
                #expect(counts.allSatisfy { $0 >= k }, "seed \(seed)")
            }
            for group in report.groups {
                if let count = group.respondentCount { #expect(count >= k) }
            }
        }
    }

    @Test func theAttackSucceedsWhenOnlyPrimarySuppressionIsApplied() throws {
        // The negative control: the same attacker against primary suppression alone recovers cells, exactly.
        var recoveredCells = 0
        for seed in Self.seeds {
            var (scorer, responses, round) = randomSurvey(seed: seed)
            scorer.complementarySuppression = false
            let report = try scorer.score(responses, round: round)
            let recovered = SuppressionAttacker(report: report).peel()
            guard !recovered.isEmpty else { continue }
            let truth = scorer.accumulate(responses, round: round)
            for (cell, value) in recovered {
                let n = truth.counts[cell * RelationalCoordinationScorer.measureCount + 7]
                let sum = 3 * Double(n) + truth.sums[cell * RelationalCoordinationScorer.measureCount + 7]
                #expect(value.n == n, "seed \(seed)")
                #expect(close(value.sum, sum, tolerance: 1e-6), "seed \(seed)")
            }
            recoveredCells += recovered.count
        }
        #expect(recoveredCells > 100)
    }
}
