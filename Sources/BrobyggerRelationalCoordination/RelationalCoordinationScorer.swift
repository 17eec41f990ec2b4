import BrobyggerCore

/// Scores a round of a relational-coordination survey into a ``RelationalCoordinationReport``.
///
/// The scorer reads each response once. Each rating is decoded from its packed option positions through a flat
/// score table (instrument version × dimension × position), and its ten measures (seven dimensions, the index,
/// two sub-indices) are added to flat per-tie accumulators of count, sum and sum of squares. Group and network
/// aggregates are sums of tie accumulators, so they cost nothing per answer. Suppression then runs on the
/// workgroup-squared matrix and every aggregate and respondent count built from it, until no withheld figure and no
/// count below *k* can be derived by any linear combination of the published figures. See the article "Relational
/// coordination scoring method" for the definitions, the suppression audit and a worked example.
public struct RelationalCoordinationScorer: Sendable {
    /// The survey design responses are scored against.
    public let survey: RelationalCoordinationSurvey
    /// The local choices: *k*, missing-answer policy, bands.
    public let configuration: RelationalCoordinationConfiguration
    /// Whether complementary suppression runs. Only tests switch it off, to show an attack that it prevents.
    var complementarySuppression = true

    static let measureCount = 10
    static let indexMeasure = 7
    static let communicationMeasure = 8
    static let relationshipMeasure = 9

    private let groupIDs: [RelationalCoordinationWorkgroup.ID]
    private let groupIndex: [RelationalCoordinationWorkgroup.ID: Int]
    private let planned: [Bool]
    private let scoreTable: [UInt8]

    /// Creates a scorer for `survey` with `configuration`.
    public init(survey: RelationalCoordinationSurvey, configuration: RelationalCoordinationConfiguration = .standard) {
        self.survey = survey
        self.configuration = configuration
        let ids = survey.workgroups.map(\.id)
        self.groupIDs = ids
        self.groupIndex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var planned = [Bool](repeating: false, count: ids.count * ids.count)
        for (r, rater) in ids.enumerated() {
            for (t, rated) in ids.enumerated() {
                planned[r * ids.count + t] = survey.ratingPlan.includes(
                    RelationalCoordinationTie(rater: rater, rated: rated))
            }
        }
        self.planned = planned
        var table = [UInt8](repeating: 0, count: 7 * 16)
        for item in survey.instrument.items {
            for (offset, option) in item.options.enumerated() {
                table[item.dimension.position * 16 + offset + 1] = UInt8(option.score)
            }
        }
        self.scoreTable = table
    }

    /// Checks responses against the survey without scoring them: unknown round or workgroups, options the
    /// instrument does not have, ties outside the rating plan, and duplicate respondents or ratings.
    public func validate(_ responses: [RelationalCoordinationResponse]) -> ValidationReport {
        var report = ValidationReport()
        for round in survey.rounds {
            report.append(contentsOf: accumulate(responses, round: round.id).findings)
        }
        for (index, response) in responses.enumerated() where survey.round(response.round) == nil {
            report.append(
                Finding(
                    code: "rc.response.unknown-round", severity: .error,
                    path: FieldPath("responses").appending(index: index).appending("round"),
                    message: "The response belongs to a round the survey does not have", source: Self.dataSource))
        }
        return report
    }

    /// Scores the responses given in `round`; responses from other rounds are ignored.
    /// - Throws: `ValidationError` with code `rc.scorer.unknown-round` when the survey has no such round.
    public func score(_ responses: [RelationalCoordinationResponse], round: RelationalCoordinationRound.ID)
        throws(ValidationError) -> RelationalCoordinationReport
    {
        guard let roundValue = survey.round(round) else {
            throw ValidationError(
                field: "round", code: "rc.scorer.unknown-round", rule: "A survey is scored for one of its rounds",
                offendingValue: round.description)
        }
        let accumulator = accumulate(responses, round: round)
        return makeReport(accumulator, round: roundValue)
    }

    // MARK: - Accumulation

    static let dataSource = SourceCitation.practice(
        "Relational coordination survey: one questionnaire per respondent and round, about the planned ties")

    /// Per-tie sums for one round, plus the reliability sums and findings.
    struct Accumulator {
        let groupCount: Int
        var counts: [Int]
        var sums: [Double]
        var squares: [Double]
        var outgoingRespondents: [Int]
        var groupRespondents: [Int]
        var betweenRespondents = 0
        var anyRespondents = 0
        var itemSums = [Double](repeating: 0, count: 7)
        var itemSquares = [Double](repeating: 0, count: 7)
        var totalSum = 0.0
        var totalSquares = 0.0
        var completeCases = 0
        var belowPolicy = 0
        var findings = ValidationReport()

        init(groupCount: Int) {
            self.groupCount = groupCount
            let size = groupCount * groupCount * RelationalCoordinationScorer.measureCount
            counts = [Int](repeating: 0, count: size)
            sums = [Double](repeating: 0, count: size)
            squares = [Double](repeating: 0, count: size)
            outgoingRespondents = [Int](repeating: 0, count: groupCount)
            groupRespondents = [Int](repeating: 0, count: groupCount)
        }
    }

    /// The path of a response, or of one of its ratings; built only when a finding needs it.
    private static func path(_ response: Int, rating: Int? = nil) -> FieldPath {
        let path = FieldPath("responses").appending(index: response)
        return rating.map { path.appending("ratings").appending(index: $0) } ?? path
    }

    private func index(of id: RelationalCoordinationWorkgroup.ID) -> Int? {
        if groupIDs.count <= 16 {
            for (i, candidate) in groupIDs.enumerated() where candidate == id { return i }
            return nil
        }
        return groupIndex[id]
    }

    func accumulate(_ responses: [RelationalCoordinationResponse], round: RelationalCoordinationRound.ID)
        -> Accumulator
    {
        let g = groupIDs.count
        let m = Self.measureCount
        var acc = Accumulator(groupCount: g)
        let policy = configuration.missingAnswerPolicy
        let minimumAll = policy.minimumAnsweredItems
        let minimumCommunication = policy.minimumAnsweredCommunicationItems
        let minimumRelationship = policy.minimumAnsweredRelationshipItems
        var seen = Set<RelationalCoordinationRespondent>()
        seen.reserveCapacity(responses.count)
        var ratedSeen = [Bool](repeating: false, count: g)
        var findings: [Finding] = []
        var cellCounts = acc.counts
        var cellSums = acc.sums
        var cellSquares = acc.squares
        var itemSums = [Double](repeating: 0, count: 7)
        var itemSquares = [Double](repeating: 0, count: 7)
        var totalSum = 0.0
        var totalSquares = 0.0
        var completeCases = 0
        var belowPolicy = 0
        var groupRespondents = acc.groupRespondents
        var outgoingRespondents = acc.outgoingRespondents
        var betweenRespondents = 0
        var anyRespondents = 0

        scoreTable.withUnsafeBufferPointer { table in
            cellCounts.withUnsafeMutableBufferPointer { counts in
                cellSums.withUnsafeMutableBufferPointer { sums in
                    cellSquares.withUnsafeMutableBufferPointer { squares in
                        for (responseIndex, response) in responses.enumerated() where response.round == round {
                            guard let r = index(of: response.workgroup) else {
                                findings.append(
                                    Finding(
                                        code: "rc.response.unknown-workgroup", severity: .error,
                                        path: Self.path(responseIndex).appending("workgroup"),
                                        message:
                                            "The respondent's workgroup is not part of the survey; response left out",
                                        source: Self.dataSource))
                                continue
                            }
                            guard seen.insert(response.respondent).inserted else {
                                findings.append(
                                    Finding(
                                        code: "rc.response.duplicate-respondent", severity: .error,
                                        path: Self.path(responseIndex).appending("respondent"),
                                        message:
                                            "A second response from the same respondent in this round; only the first counts",
                                        source: Self.dataSource))
                                continue
                            }
                            for i in 0..<g { ratedSeen[i] = false }
                            var countedOff = false
                            var countedAny = false
                            for (ratingIndex, rating) in response.ratings.enumerated() {
                                guard let t = index(of: rating.rated) else {
                                    findings.append(
                                        Finding(
                                            code: "rc.response.unknown-rated-workgroup", severity: .error,
                                            path: Self.path(responseIndex, rating: ratingIndex).appending("rated"),
                                            message: "The rated workgroup is not part of the survey; rating left out",
                                            source: Self.dataSource))
                                    continue
                                }
                                guard !ratedSeen[t] else {
                                    findings.append(
                                        Finding(
                                            code: "rc.response.duplicate-rating", severity: .error,
                                            path: Self.path(responseIndex, rating: ratingIndex).appending("rated"),
                                            message:
                                                "The same workgroup is rated twice in one response; only the first counts",
                                            source: Self.dataSource))
                                    continue
                                }
                                ratedSeen[t] = true
                                let cell = r * g + t
                                guard planned[cell] else {
                                    findings.append(
                                        Finding(
                                            code: "rc.response.tie-not-in-plan", severity: .warning,
                                            path: Self.path(responseIndex, rating: ratingIndex).appending("rated"),
                                            message:
                                                "The rating plan does not ask this group about that group; rating left out",
                                            source: Self.dataSource))
                                    continue
                                }
                                // First pass: validate and sum.
                                var packed = rating.answers.packed
                                var answered = 0
                                var communicationAnswered = 0
                                var relationshipAnswered = 0
                                var communicationSum = 0
                                var relationshipSum = 0
                                var invalidDimension = -1
                                for d in 0..<7 {
                                    let position = Int(packed & 0xF)
                                    packed >>= 4
                                    if position == 0 { continue }
                                    let score = Int(table[d &* 16 &+ position])
                                    if score == 0 {
                                        invalidDimension = d
                                        break
                                    }
                                    answered += 1
                                    if d < 4 {
                                        communicationAnswered += 1
                                        communicationSum += score
                                    } else {
                                        relationshipAnswered += 1
                                        relationshipSum += score
                                    }
                                }
                                if invalidDimension >= 0 {
                                    let dimension = RelationalCoordinationDimension.allCases[invalidDimension]
                                    findings.append(
                                        Finding(
                                            code: "rc.response.unknown-option", severity: .error,
                                            path: Self.path(responseIndex, rating: ratingIndex).appending("answers")
                                                .appending(dimension.rawValue),
                                            message:
                                                "The chosen option is not an option of the instrument's item, so it has no score; rating left out",
                                            source: Self.dataSource))
                                    continue
                                }
                                guard answered >= minimumAll else {
                                    belowPolicy += 1
                                    continue
                                }
                                countedAny = true
                                if r != t { countedOff = true }
                                let base = cell &* m
                                // Second pass: the seven dimensions.
                                packed = rating.answers.packed
                                var complete = answered == 7
                                var total = 0.0
                                for d in 0..<7 {
                                    let position = Int(packed & 0xF)
                                    packed >>= 4
                                    if position == 0 {
                                        complete = false
                                        continue
                                    }
                                    let score = Double(table[d &* 16 &+ position])
                                    let x = score - 3
                                    counts[base &+ d] &+= 1
                                    sums[base &+ d] += x
                                    squares[base &+ d] += x * x
                                    total += score
                                }
                                let indexValue = Double(communicationSum + relationshipSum) / Double(answered) - 3
                                counts[base &+ 7] &+= 1
                                sums[base &+ 7] += indexValue
                                squares[base &+ 7] += indexValue * indexValue
                                if communicationAnswered >= minimumCommunication {
                                    let x = Double(communicationSum) / Double(communicationAnswered) - 3
                                    counts[base &+ 8] &+= 1
                                    sums[base &+ 8] += x
                                    squares[base &+ 8] += x * x
                                }
                                if relationshipAnswered >= minimumRelationship {
                                    let x = Double(relationshipSum) / Double(relationshipAnswered) - 3
                                    counts[base &+ 9] &+= 1
                                    sums[base &+ 9] += x
                                    squares[base &+ 9] += x * x
                                }
                                if complete {
                                    packed = rating.answers.packed
                                    for d in 0..<7 {
                                        let score = Double(table[d &* 16 &+ Int(packed & 0xF)])
                                        packed >>= 4
                                        itemSums[d] += score
                                        itemSquares[d] += score * score
                                    }
                                    totalSum += total
                                    totalSquares += total * total
                                    completeCases += 1
                                }
                            }
                            groupRespondents[r] += 1
                            if countedOff {
                                outgoingRespondents[r] += 1
                                betweenRespondents += 1
                            }
                            if countedAny { anyRespondents += 1 }
                        }
                    }
                }
            }
        }
        acc.counts = cellCounts
        acc.sums = cellSums
        acc.squares = cellSquares
        acc.itemSums = itemSums
        acc.itemSquares = itemSquares
        acc.totalSum = totalSum
        acc.totalSquares = totalSquares
        acc.completeCases = completeCases
        acc.belowPolicy = belowPolicy
        acc.groupRespondents = groupRespondents
        acc.outgoingRespondents = outgoingRespondents
        acc.betweenRespondents = betweenRespondents
        acc.anyRespondents = anyRespondents
        if acc.belowPolicy > 0 {
            findings.append(
                Finding(
                    code: "rc.response.below-missing-answer-threshold", severity: .information, path: "responses",
                    message:
                        "\(acc.belowPolicy) rating(s) in round \(survey.round(round)?.label ?? round.description) answered fewer than \(minimumAll) of 7 items and do not count",
                    source: .configuration(
                        "RelationalCoordinationMissingAnswerPolicy.minimumAnsweredItems", default: "4")))
        }
        acc.findings = ValidationReport(findings)
        return acc
    }

    // MARK: - Report

    private func makeReport(_ acc: Accumulator, round: RelationalCoordinationRound) -> RelationalCoordinationReport {
        let g = groupIDs.count
        let m = Self.measureCount
        let bands = configuration.bands
        let k = configuration.minimumCellSize

        // Lines: 0..<g ratedByOthers (columns), g..<2g ratingOthers (rows), then within, between, network.
        var lines: [[Int]] = []
        var lineRespondents: [Int] = []
        for t in 0..<g {
            let cells = (0..<g).filter { $0 != t && planned[$0 * g + t] }.map { $0 * g + t }
            lines.append(cells)
            lineRespondents.append(cells.reduce(0) { $0 + acc.counts[$1 * m + Self.indexMeasure] })
        }
        for r in 0..<g {
            lines.append((0..<g).filter { $0 != r && planned[r * g + $0] }.map { r * g + $0 })
            lineRespondents.append(acc.outgoingRespondents[r])
        }
        let diagonal = (0..<g).filter { planned[$0 * g + $0] }.map { $0 * g + $0 }
        let offDiagonal = (0..<(g * g)).filter { planned[$0] && $0 / g != $0 % g }
        lines.append(diagonal)
        lineRespondents.append(diagonal.reduce(0) { $0 + acc.counts[$1 * m + Self.indexMeasure] })
        lines.append(offDiagonal)
        lineRespondents.append(acc.betweenRespondents)
        if configuration.networkIncludesWithinGroupTies {
            lines.append(diagonal + offDiagonal)
            lineRespondents.append(acc.anyRespondents)
        } else {
            lines.append(offDiagonal)
            lineRespondents.append(acc.betweenRespondents)
        }

        // Respondent variables: each group's members with a counted rating of another group (0..<g), then the
        // respondents with any counted rating (g). Columns and the diagonal count their ties' respondents.
        var lineTerms: [[Int]?] = Array(repeating: nil, count: g) + (0..<g).map { [$0] }
        lineTerms.append(nil)
        lineTerms.append(Array(0..<g))
        lineTerms.append(configuration.networkIncludesWithinGroupTies ? [g] : Array(0..<g))
        var identities: [(variable: Int, cell: Int)] = []
        for r in 0..<g {
            let answered = lines[g + r].filter { acc.counts[$0 * m + Self.indexMeasure] > 0 }
            if answered.count == 1 { identities.append((r, answered[0])) }
        }
        var suppression = RelationalCoordinationSuppression(
            cellCount: g * g, measureCount: m, counts: acc.counts, respondentMeasure: Self.indexMeasure,
            lines: lines, lineRespondents: lineRespondents, lineTerms: lineTerms,
            variableValues: acc.outgoingRespondents + [acc.anyRespondents], identities: identities, k: k)
        if complementarySuppression { suppression.applyComplementary() }

        func scores(counts: [Int], sums: [Double], squares: [Double]) -> RelationalCoordinationScores {
            let stats = (0..<m).map {
                RelationalCoordinationStatistic(
                    count: counts[$0], centredSum: sums[$0], centredSumOfSquares: squares[$0], bands: bands)
            }
            return try! RelationalCoordinationScores(
                index: stats[Self.indexMeasure], communication: stats[Self.communicationMeasure],
                relationship: stats[Self.relationshipMeasure], dimensions: Array(stats[0..<7]))
        }

        func cell(cells: [Int], status: RelationalCoordinationCell.Status, respondents: Int)
            -> RelationalCoordinationCell
        {
            guard status == .published else {
                return try! RelationalCoordinationCell(status: status, scores: nil, respondentCount: nil)
            }
            var counts = [Int](repeating: 0, count: m)
            var sums = [Double](repeating: 0, count: m)
            var squares = [Double](repeating: 0, count: m)
            for c in cells {
                for j in 0..<m {
                    counts[j] += acc.counts[c * m + j]
                    sums[j] += acc.sums[c * m + j]
                    squares[j] += acc.squares[c * m + j]
                }
            }
            return try! RelationalCoordinationCell(
                status: .published, scores: scores(counts: counts, sums: sums, squares: squares),
                respondentCount: respondents)
        }

        func tieCell(_ c: Int) -> RelationalCoordinationCell {
            cell(cells: [c], status: suppression.cellStatus[c], respondents: acc.counts[c * m + Self.indexMeasure])
        }
        func lineCell(_ l: Int) -> RelationalCoordinationCell {
            cell(cells: lines[l], status: suppression.lineStatus[l], respondents: lineRespondents[l])
        }

        var ties: [RelationalCoordinationTieResult] = []
        for r in 0..<g {
            for t in 0..<g where planned[r * g + t] {
                ties.append(
                    RelationalCoordinationTieResult(
                        tie: RelationalCoordinationTie(rater: groupIDs[r], rated: groupIDs[t]), cell: tieCell(r * g + t)
                    )
                )
            }
        }
        let groups = (0..<g).map { i in
            RelationalCoordinationGroupResult(
                workgroup: groupIDs[i], ratedByOthers: lineCell(i), ratingOthers: lineCell(g + i),
                withinGroup: planned[i * g + i] ? tieCell(i * g + i) : nil,
                respondentCount: acc.groupRespondents[i] >= k ? acc.groupRespondents[i] : nil)
        }

        var alpha: Double? = nil
        let n = Double(acc.completeCases)
        if acc.completeCases >= max(k, 2) {
            let itemVariance = (0..<7).reduce(0.0) { partial, d in
                partial + (acc.itemSquares[d] - acc.itemSums[d] * acc.itemSums[d] / n) / (n - 1)
            }
            let totalVariance = (acc.totalSquares - acc.totalSum * acc.totalSum / n) / (n - 1)
            if totalVariance > 1e-12 { alpha = 7.0 / 6.0 * (1 - itemVariance / totalVariance) }
        }

        let tieStatuses = ties.map(\.cell.status)
        let lineStatuses = suppression.lineStatus
        let summary = RelationalCoordinationSuppressionSummary(
            primaryTies: tieStatuses.count { $0 == .suppressedBelowMinimum },
            complementaryTies: tieStatuses.count { $0 == .suppressedComplementary },
            primaryAggregates: lineStatuses.count { $0 == .suppressedBelowMinimum },
            complementaryAggregates: lineStatuses.count { $0 == .suppressedComplementary })

        return RelationalCoordinationReport(
            surveyID: survey.id, focalWorkProcess: survey.focalWorkProcess, round: round,
            workgroups: survey.workgroups, instrumentID: survey.instrument.id,
            instrumentVersion: survey.instrument.version, configuration: configuration, ties: ties, groups: groups,
            withinGroup: lineCell(2 * g), betweenGroup: lineCell(2 * g + 1), network: lineCell(2 * g + 2),
            reliability: try! RelationalCoordinationReliability(completeCases: acc.completeCases, cronbachAlpha: alpha),
            suppression: summary, dataQuality: acc.findings)
    }
}
