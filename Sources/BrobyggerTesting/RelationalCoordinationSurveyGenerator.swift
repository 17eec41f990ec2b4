import BrobyggerCore
import BrobyggerRelationalCoordination
import Foundation

/// A synthetic survey: the design and every response in every round.
public struct RelationalCoordinationSyntheticSurvey: Sendable {
    /// The design.
    public let survey: RelationalCoordinationSurvey
    /// The responses of all rounds.
    public let responses: [RelationalCoordinationResponse]

    /// The number of answered items over all responses.
    public var answeredItemCount: Int {
        responses.reduce(0) { $0 + $1.ratings.reduce(0) { $0 + $1.answers.answeredCount } }
    }
}

/// Generates deterministic synthetic relational-coordination surveys of any size.
///
/// Each tie gets a latent mean between 2.6 and 4.6 (within-group ties 0.3 higher, as found by Hustoft et al.
/// 2018), every later round adds ``roundImprovement``, and each answer is the latent mean plus noise, rounded and
/// clamped to 1–5, recorded as the option the instrument scores that way. Each item is left unanswered with
/// probability ``missingAnswerRate``. Respondents are spread over the groups with weights that vary by
/// ``groupSizeVariation``. The same parameters always give the same survey.
public struct RelationalCoordinationSurveyGenerator: Sendable {
    /// The number of respondents (each answers in every round).
    public var respondents: Int
    /// The number of workgroups.
    public var workgroups: Int
    /// The number of rounds.
    public var rounds: Int
    /// The probability that an item is left unanswered.
    public var missingAnswerRate: Double
    /// The seed.
    public var seed: UInt64
    /// How unequal the group sizes are: 0 gives roughly equal groups, 1.5 gives some very small groups.
    public var groupSizeVariation: Double = 0
    /// The increase of every latent tie mean per round.
    public var roundImprovement: Double = 0.15
    /// The standard deviation of answers around the latent tie mean.
    public var answerNoise: Double = 0.8
    /// Whether groups rate themselves too.
    public var includeOwnGroup = true

    /// Creates a generator; the defaults give a small survey of 60 respondents in 4 groups, one round and 5 %
    /// missing answers.
    public init(
        respondents: Int = 60, workgroups: Int = 4, rounds: Int = 1, missingAnswerRate: Double = 0.05,
        seed: UInt64 = 1
    ) {
        self.respondents = respondents
        self.workgroups = workgroups
        self.rounds = rounds
        self.missingAnswerRate = missingAnswerRate
        self.seed = seed
    }

    /// The survey the benchmarks use: 5,000 respondents in 12 workgroups, each rating all 12 on all seven items
    /// (420,000 answers), one round. Set ``missingAnswerRate`` to exercise the missing-answer policy as well.
    public static let benchmark = RelationalCoordinationSurveyGenerator(
        respondents: 5000, workgroups: 12, rounds: 1, missingAnswerRate: 0, seed: 2026)

    private static let groupNames: [(String, RelationalCoordinationWorkgroup.Role)] = [
        ("Ward staff", .wardStaff), ("Outreach team nurses", .outreachTeamNurses),
        ("Outreach team doctors", .outreachTeamDoctors), ("Facility staff", .facilityStaff),
        ("Municipal case workers", .municipalCaseWorkers), ("General practitioners", .generalPractitioners),
        ("Addiction treatment", .addictionTreatment), ("Residents", .residents),
    ]

    /// Generates the survey.
    public func generate() -> RelationalCoordinationSyntheticSurvey {
        precondition(workgroups >= 2 && respondents >= 0 && rounds >= 1, "At least two groups and one round")
        var random = RelationalCoordinationRandomSource(seed: seed)
        var builder = RelationalCoordinationSurveyBuilder(
            focalWorkProcess: "Discharge of botilbud residents from the psychiatric ward", seed: random.next())
        builder.ratingPlan = .everyGroupRatesEveryGroup(includingOwnGroup: includeOwnGroup)
        let groupIDs = (0..<workgroups).map { i in
            let (name, role) = Self.groupNames[i % Self.groupNames.count]
            let suffix = i < Self.groupNames.count ? "" : " \(i / Self.groupNames.count + 1)"
            return builder.addWorkgroup(name + suffix, role: role)
        }
        var roundIDs: [RelationalCoordinationRound.ID] = []
        let start = try! CalendarDate(iso8601: "2026-03-02")
        for r in 0..<rounds {
            let opens = start.adding(days: 182 * r)
            let closes = opens.adding(days: 20)
            roundIDs.append(builder.addRound("Round \(r + 1)", opens: opens.iso8601, closes: closes.iso8601))
        }
        let survey = try! builder.build()

        let g = workgroups
        var latent = [Double](repeating: 0, count: g * g)
        for i in 0..<(g * g) {
            latent[i] = 2.6 + 2.0 * random.unit() + (i / g == i % g ? 0.3 : 0)
        }
        var weights = (0..<g).map { _ in exp(groupSizeVariation * random.normal(mean: 0, standardDeviation: 1)) }
        let totalWeight = weights.reduce(0, +)
        var cumulative = 0.0
        for i in 0..<g {
            cumulative += weights[i] / totalWeight
            weights[i] = cumulative
        }
        let membership = (0..<respondents).map { _ in
            let u = random.unit()
            return weights.firstIndex { u < $0 } ?? (g - 1)
        }
        var positionOfScore = [[Int]](repeating: [Int](repeating: 0, count: 6), count: 7)
        for item in survey.instrument.items {
            for score in 1...5 {
                positionOfScore[item.dimension.position][score] =
                    (item.options.firstIndex { $0.score == score } ?? 0) + 1
            }
        }
        let pseudonyms = (0..<respondents).map {
            try! RelationalCoordinationRespondent(pseudonym: "respondent-\(String($0 + 1))")
        }
        var responses: [RelationalCoordinationResponse] = []
        responses.reserveCapacity(respondents * rounds)
        for (r, roundID) in roundIDs.enumerated() {
            let shift = roundImprovement * Double(r)
            for person in 0..<respondents {
                let rater = membership[person]
                var ratings: [RelationalCoordinationRating] = []
                ratings.reserveCapacity(g)
                for rated in 0..<g where includeOwnGroup || rated != rater {
                    let mean = latent[rater * g + rated] + shift
                    var positions = [Int?](repeating: nil, count: 7)
                    for d in 0..<7 where random.unit() >= missingAnswerRate {
                        let score = Int(random.normal(mean: mean, standardDeviation: answerNoise).rounded())
                        positions[d] = positionOfScore[d][min(5, max(1, score))]
                    }
                    ratings.append(
                        RelationalCoordinationRating(
                            rated: groupIDs[rated], answers: try! RelationalCoordinationAnswers(positions: positions)))
                }
                responses.append(
                    RelationalCoordinationResponse(
                        respondent: pseudonyms[person], workgroup: groupIDs[rater], round: roundID, ratings: ratings))
            }
        }
        return RelationalCoordinationSyntheticSurvey(survey: survey, responses: responses)
    }
}
