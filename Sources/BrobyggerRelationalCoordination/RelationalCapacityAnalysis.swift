import BrobyggerCore

/// The relational capacity of a resident's network over time: per relation and per dimension on each occasion.
///
/// The analysis "quantifies the network's relational capacity in specific areas (contribution, knowledge sharing,
/// mutual knowledge, respect …) and between the participating actors", so it shows whether particular relations
/// are strong or need attention (VIVE 2023, afsnit 3.2.2). Each mean is the plain mean of the scores given; every value
/// carries its *n*. The survey is not anonymous by design (the actors rate their own relations in a small
/// network), so no cells are withheld: share the analysis only within the network and its leaders.
public struct RelationalCapacityAnalysis: Sendable, Hashable, Codable {
    /// A mean score with the number of scores behind it.
    public struct Mean: Sendable, Hashable, Codable {
        /// The number of scores.
        public let n: Int
        /// Their mean.
        public let mean: Double
    }

    /// One relation on one occasion.
    public struct PairResult: Sendable, Hashable, Codable {
        /// The relation.
        public let pair: RelationalCapacityPair
        /// The mean of each dimension, in dimension order; `nil` where nobody scored it.
        public let dimensions: [Mean?]
        /// The mean over all scores of the relation.
        public let overall: Mean?

        /// The mean for `dimension`.
        public subscript(dimension: RelationalCapacityDimension) -> Mean? {
            dimensions[RelationalCapacityDimension.allCases.firstIndex(of: dimension)!]
        }
    }

    /// One occasion.
    public struct Occasion: Sendable, Hashable, Codable {
        /// The day.
        public let date: CalendarDate
        /// How many actors answered.
        public let respondents: Int
        /// Every relation of the network, in the network's pair order.
        public let pairs: [PairResult]
        /// The whole network per dimension, in dimension order.
        public let dimensions: [Mean?]

        /// The result for `pair`.
        public func result(for pair: RelationalCapacityPair) -> PairResult? {
            pairs.first { $0.pair == pair }
        }
    }

    /// One point of a time series.
    public struct Point: Sendable, Hashable, Codable {
        /// The occasion.
        public let date: CalendarDate
        /// The value then, if any.
        public let value: Mean?
    }

    /// The network analysed.
    public let network: RelationalCapacityNetwork
    /// The occasions in date order.
    public let occasions: [Occasion]
    /// Problems found in the assessments; affected scores are left out.
    public let dataQuality: ValidationReport

    private static let source = SourceCitation.practice(
        "Relational capacity (Hornstrup & Storch): short repeated survey on the relations of one citizen's network")

    /// Analyses `assessments` of `network`.
    ///
    /// Left out, with a finding: assessments by someone outside the network, a second assessment by the same actor
    /// on the same day, relations with an actor outside the network, and scores outside the network's scale.
    public init(network: RelationalCapacityNetwork, assessments: [RelationalCapacityAssessment]) {
        self.network = network
        let pairs = network.pairs
        let dimensionCount = RelationalCapacityDimension.allCases.count
        var findings: [Finding] = []
        var byDate: [CalendarDate: [Int]] = [:]
        var seen = Set<String>()
        for (index, assessment) in assessments.enumerated() {
            let path = FieldPath("assessments").appending(index: index)
            guard network.actor(assessment.respondent) != nil else {
                findings.append(
                    Finding(
                        code: "rcap.assessment.unknown-respondent", severity: .error,
                        path: path.appending("respondent"),
                        message: "The respondent is not an actor of the network; assessment left out",
                        source: Self.source))
                continue
            }
            guard seen.insert("\(assessment.respondent)|\(assessment.date)").inserted else {
                findings.append(
                    Finding(
                        code: "rcap.assessment.duplicate", severity: .error, path: path.appending("respondent"),
                        message: "A second assessment by the same actor on the same day; only the first counts",
                        source: Self.source))
                continue
            }
            byDate[assessment.date, default: []].append(index)
        }
        var occasions: [Occasion] = []
        for date in byDate.keys.sorted() {
            var sums = [[Double]](repeating: [Double](repeating: 0, count: dimensionCount), count: pairs.count)
            var counts = [[Int]](repeating: [Int](repeating: 0, count: dimensionCount), count: pairs.count)
            for index in byDate[date]! {
                for (ratingIndex, rating) in assessments[index].ratings.enumerated() {
                    let path = FieldPath("assessments").appending(index: index).appending("ratings")
                        .appending(index: ratingIndex)
                    guard let p = pairs.firstIndex(of: rating.pair) else {
                        findings.append(
                            Finding(
                                code: "rcap.rating.unknown-actor", severity: .error, path: path.appending("pair"),
                                message: "The relation names an actor outside the network; rating left out",
                                source: Self.source))
                        continue
                    }
                    for score in rating.scores {
                        guard (network.scaleMinimum...network.scaleMaximum).contains(score.value) else {
                            findings.append(
                                Finding(
                                    code: "rcap.rating.score-out-of-range", severity: .error,
                                    path: path.appending("scores").appending(score.dimension.rawValue),
                                    message:
                                        "Score \(score.value) is outside the scale \(network.scaleMinimum)–\(network.scaleMaximum); left out",
                                    source: Self.source))
                            continue
                        }
                        let d = RelationalCapacityDimension.allCases.firstIndex(of: score.dimension)!
                        sums[p][d] += Double(score.value)
                        counts[p][d] += 1
                    }
                }
            }
            func mean(_ sum: Double, _ n: Int) -> Mean? { n > 0 ? Mean(n: n, mean: sum / Double(n)) : nil }
            let pairResults = pairs.indices.map { p in
                PairResult(
                    pair: pairs[p], dimensions: (0..<dimensionCount).map { mean(sums[p][$0], counts[p][$0]) },
                    overall: mean(sums[p].reduce(0, +), counts[p].reduce(0, +)))
            }
            let dimensions = (0..<dimensionCount).map { d in
                mean(sums.reduce(0) { $0 + $1[d] }, counts.reduce(0) { $0 + $1[d] })
            }
            occasions.append(
                Occasion(date: date, respondents: byDate[date]!.count, pairs: pairResults, dimensions: dimensions))
        }
        self.occasions = occasions
        self.dataQuality = ValidationReport(findings)
    }

    /// The series of one relation's dimension (or, with `nil`, its overall mean) over the occasions.
    public func series(for pair: RelationalCapacityPair, dimension: RelationalCapacityDimension? = nil) -> [Point] {
        occasions.map { occasion in
            let result = occasion.result(for: pair)
            return Point(date: occasion.date, value: dimension.map { result?[$0] } ?? result?.overall)
        }
    }
}
