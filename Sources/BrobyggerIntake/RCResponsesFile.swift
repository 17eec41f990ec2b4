import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// Reads relational-coordination answers from `rc_responses.csv`, in the long layout
/// (`round,respondent,respondent_group,rated_group,dimension,answer`) or the wide one (one column per dimension),
/// and derives the survey they belong to: the workgroups and rounds named in the file, every group rating every
/// group, and the standard seven-item instrument.
public struct RCResponsesFile {
    /// The file's dimension codes.
    public static let dimensions: [(String, RelationalCoordinationDimension)] = [
        ("frequent", .frequentCommunication), ("timely", .timelyCommunication), ("accurate", .accurateCommunication),
        ("problem_solving", .problemSolvingCommunication), ("shared_goals", .sharedGoals),
        ("shared_knowledge", .sharedKnowledge), ("mutual_respect", .mutualRespect),
    ]
    /// The long layout's header.
    public static let longHeader = ["round", "respondent", "respondent_group", "rated_group", "dimension", "answer"]
    /// The wide layout's header.
    public static let wideHeader = ["round", "respondent", "respondent_group", "rated_group"] + dimensions.map(\.0)

    /// The survey the file describes.
    public var survey: RelationalCoordinationSurvey
    /// The responses, one per respondent and round.
    public var responses: [RelationalCoordinationResponse]
    /// The rounds in the order the file first names them.
    public var rounds: [RelationalCoordinationRound.ID]

    private struct Key: Hashable {
        var round: String
        var respondent: String
    }

    /// The identifier of the round labelled `label` in the survey named `survey`.
    public static func roundID(_ label: String, survey: String) -> RelationalCoordinationRound.ID {
        StableIdentifier.make(survey + "\n" + label, kind: "rc-round")
    }

    /// The identifier of the survey named `survey`.
    public static func surveyID(_ survey: String) -> RelationalCoordinationSurvey.ID {
        StableIdentifier.make(survey, kind: "rc-survey")
    }

    /// Reads `table` as answers to the survey named `surveyName` (default: the file name).
    ///
    /// The file carries no dates: a round is dated by `roundDates` when it is known (a stored round keeps its
    /// dates), else it opens and closes `today`.
    public static func read(
        _ table: CSVTable, today: CalendarDate, surveyName: String? = nil,
        roundDates: [RelationalCoordinationRound.ID: (opens: CalendarDate, closes: CalendarDate)] = [:]
    ) throws(InputProblems) -> RCResponsesFile {
        let surveyName = surveyName ?? table.file
        let isLong = table.header.contains("dimension")
        let columns: CSVColumns
        do {
            columns =
                isLong
                ? try CSVColumns(table, required: longHeader)
                : try CSVColumns(table, required: wideHeader)
        } catch {
            throw InputProblems(problems: [error])
        }
        let instrument = RelationalCoordinationInstrument.standard
        var problems: [InputProblem] = []
        var groupNames: [String] = []
        var roundNames: [String] = []
        var respondentGroup: [Key: (group: String, line: Int)] = [:]
        var answers: [Key: [String: [RelationalCoordinationDimension: Int]]] = [:]
        var order: [Key] = []
        var ratedOrder: [Key: [String]] = [:]

        func position(_ score: Int, _ dimension: RelationalCoordinationDimension) -> Int? {
            (1...5).first { instrument.score(ofPosition: $0, for: dimension) == score }
        }
        for record in table.records {
            var row = RowReader(columns, record)
            let round = row.required("round") { $0 }
            let respondent = row.required("respondent") { text throws in
                try RelationalCoordinationRespondent(pseudonym: text).pseudonym
            }
            let group = row.required("respondent_group") { $0 }
            let rated = row.required("rated_group") { $0 }
            var scores: [RelationalCoordinationDimension: Int] = [:]
            func answer(_ column: String, _ dimension: RelationalCoordinationDimension) {
                if let score = row.optional(
                    column,
                    { text throws -> Int in
                        guard let score = Int(text), (1...5).contains(score), position(score, dimension) != nil else {
                            throw RowRule("an answer is a score 1–5 (empty = not answered)")
                        }
                        return score
                    })
                {
                    scores[dimension] = score
                }
            }
            if isLong {
                if let dimension = row.code("dimension", dimensions) { answer("answer", dimension) }
            } else {
                for (column, dimension) in dimensions { answer(column, dimension) }
            }
            guard let round, let respondent, let group, let rated else {
                problems += row.problems
                continue
            }
            let key = Key(round: round, respondent: respondent)
            if let earlier = respondentGroup[key], earlier.group != group {
                row.fail(
                    "respondent_group",
                    "the respondent answered as '\(earlier.group)' on line \(earlier.line) in the same round")
            }
            for (dimension, _) in scores where answers[key]?[rated]?[dimension] != nil {
                row.fail(nil, "the respondent already rated '\(rated)' on \(dimension.rawValue) in this round")
            }
            guard row.isValid else {
                problems += row.problems
                continue
            }
            if !roundNames.contains(round) { roundNames.append(round) }
            for name in [group, rated] where !groupNames.contains(name) { groupNames.append(name) }
            if respondentGroup[key] == nil {
                respondentGroup[key] = (group, record.line)
                order.append(key)
            }
            if answers[key]?[rated] == nil { ratedOrder[key, default: []].append(rated) }
            answers[key, default: [:]][rated, default: [:]].merge(scores) { _, new in new }
        }
        guard problems.isEmpty else { throw InputProblems(problems: problems) }
        func groupID(_ name: String) -> RelationalCoordinationWorkgroup.ID {
            StableIdentifier.make(name, kind: "rc-workgroup")
        }
        func roundID(_ name: String) -> RelationalCoordinationRound.ID { Self.roundID(name, survey: surveyName) }
        do throws(ValidationError) {
            let workgroups = try groupNames.map { name throws(ValidationError) in
                try RelationalCoordinationWorkgroup(id: groupID(name), name: name)
            }
            let rounds = try roundNames.map { name throws(ValidationError) in
                let dates = roundDates[roundID(name)] ?? (today, today)
                return try RelationalCoordinationRound(
                    id: roundID(name), label: name, opens: dates.opens, closes: dates.closes)
            }
            let survey = try RelationalCoordinationSurvey(
                id: surveyID(surveyName), focalWorkProcess: "Samarbejdet om beboerne (\(surveyName))",
                workgroups: workgroups, rounds: rounds)
            var responses: [RelationalCoordinationResponse] = []
            for key in order {
                guard let group = respondentGroup[key]?.group else { continue }
                var ratings: [RelationalCoordinationRating] = []
                for rated in ratedOrder[key] ?? [] {
                    let scores = answers[key]?[rated] ?? [:]
                    let positions = RelationalCoordinationDimension.allCases.map { dimension in
                        scores[dimension].flatMap { position($0, dimension) }
                    }
                    ratings.append(
                        RelationalCoordinationRating(
                            rated: groupID(rated), answers: try RelationalCoordinationAnswers(positions: positions)))
                }
                responses.append(
                    RelationalCoordinationResponse(
                        respondent: try RelationalCoordinationRespondent(pseudonym: key.respondent),
                        workgroup: groupID(group), round: roundID(key.round), ratings: ratings))
            }
            return RCResponsesFile(survey: survey, responses: responses, rounds: roundNames.map(roundID))
        } catch {
            throw InputProblems(problems: [
                InputProblem(file: table.file, line: nil, field: nil, rule: "\(error.rule) [\(error.code)]")
            ])
        }
    }
}
